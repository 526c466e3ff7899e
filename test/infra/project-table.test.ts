import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { IntegrationsStack } from '../../infra/stack';
import { createTableInput } from '../../shared/project/table-definition';

const template = Template.fromStack(new IntegrationsStack(new App({ context: { 'aws:cdk:bundling-stacks': [] } }), 'Test'));

describe('the project table as CDK synthesizes it', () => {
  it('has the same keys and indexes as the table the local runtime creates', () => {
    const local = createTableInput('local');
    const [table] = Object.values(template.findResources('AWS::DynamoDB::GlobalTable'));
    const props = table?.['Properties'];
    expect(props['KeySchema']).toEqual(local.KeySchema);
    expect([...props['AttributeDefinitions']].sort((a, b) => a.AttributeName.localeCompare(b.AttributeName))).toEqual(
      [...(local.AttributeDefinitions ?? [])].sort((a, b) => (a.AttributeName ?? '').localeCompare(b.AttributeName ?? '')),
    );
    expect(props['GlobalSecondaryIndexes'].map((i: { IndexName: string; KeySchema: unknown }) => ({ IndexName: i.IndexName, KeySchema: i.KeySchema }))).toEqual(
      local.GlobalSecondaryIndexes?.map((i) => ({ IndexName: i.IndexName, KeySchema: i.KeySchema })),
    );
  });

  it('keeps records safe: point-in-time recovery, deletion protection, retained on stack delete, encrypted', () => {
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        SSESpecification: { SSEEnabled: true },
        Replicas: [Match.objectLike({ DeletionProtectionEnabled: true, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } })],
      }),
    });
  });

  it('defines no time-to-live and no streams, which the design does not rely on', () => {
    const props = Object.values(template.findResources('AWS::DynamoDB::GlobalTable'))[0]?.['Properties'];
    expect(props['TimeToLiveSpecification']).toBeUndefined();
    expect(props['StreamSpecification']).toBeUndefined();
  });
});
