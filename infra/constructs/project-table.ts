import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { PROJECT_TABLE } from '../../shared/project/table-definition';

export interface ProjectTableProps {
  /**
   * What happens to the table when the stack is deleted.
   * @default RemovalPolicy.RETAIN: project records outlive the stack
   */
  readonly removalPolicy?: RemovalPolicy;
  /**
   * Refuse DeleteTable until this is turned off.
   * @default true
   */
  readonly deletionProtection?: boolean;
}

/**
 * The single project table: records, mail log, Message-ID claims and counters, keyed as
 * docs/table-design.md describes. On-demand billing, point-in-time recovery, encrypted at rest.
 */
export class ProjectTable extends Construct {
  readonly table: TableV2;

  constructor(scope: Construct, id: string, props: ProjectTableProps = {}) {
    super(scope, id);
    const key = (name: string) => ({ name, type: AttributeType.STRING });
    this.table = new TableV2(this, 'Table', {
      partitionKey: key(PROJECT_TABLE.partitionKey),
      sortKey: key(PROJECT_TABLE.sortKey),
      billing: Billing.onDemand(),
      encryption: TableEncryptionV2.awsManagedKey(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: props.deletionProtection ?? true,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
      globalSecondaryIndexes: PROJECT_TABLE.indexes.map((index) => ({
        indexName: index.indexName,
        partitionKey: key(index.partitionKey),
        sortKey: key(index.sortKey),
      })),
    });
  }
}
