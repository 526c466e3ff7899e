import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { ProjectTable } from './constructs/project-table';

/** The system's stack. It grows one construct per concern (inbound mail, notifier, workflows). */
export class IntegrationsStack extends Stack {
  readonly projects: ProjectTable;

  constructor(scope: Construct, id: string, props: StackProps = {}) {
    super(scope, id, props);
    this.projects = new ProjectTable(this, 'Projects');
    new CfnOutput(this, 'ProjectTableName', { value: this.projects.table.tableName });
  }
}
