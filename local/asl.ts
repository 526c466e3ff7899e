import { App } from 'aws-cdk-lib';
import { IntegrationsStack } from '../infra/stack';
import type { ProcessId } from '../shared/processes/definition';

/** The ARN the local runtime gives a task function: its handler id, so the runner can find the code. */
export function localFunctionArn(handlerId: string): string {
  return `arn:aws:lambda:us-east-1:000000000000:function:${handlerId}`;
}

type Template = { Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }> };

export interface SynthesizedWorkflows {
  /** The synthesized CloudFormation template, as CDK wrote it. */
  readonly template: Template;
  /** Plain ASL per state machine logical id, with function ARNs resolved to local ones. */
  readonly definitions: Record<string, Record<string, unknown>>;
}

/**
 * Synthesizes the same stack `cdk synth` does (bundling skipped: the local runtime runs the
 * handlers' source) and turns each state machine's DefinitionString into plain ASL (docs/decisions.md#one-definition).
 */
export function synthesizeWorkflows(): SynthesizedWorkflows {
  // Synthesis takes seconds; the stack's source cannot change while a process runs.
  cached ??= synthesize();
  return cached;
}

let cached: SynthesizedWorkflows | undefined;

function synthesize(): SynthesizedWorkflows {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  new IntegrationsStack(app, 'Local');
  const template = app.synth().getStackByName('Local').template as Template;
  return { template, definitions: definitionsOf(template) };
}

/** Each state machine's ASL in a template, intrinsics resolved against the template's own functions. */
export function definitionsOf(template: Template): Record<string, Record<string, unknown>> {
  const handlerIds = new Map<string, string>();
  for (const [logicalId, resource] of Object.entries(template.Resources)) {
    if (resource.Type !== 'AWS::Lambda::Function') continue;
    const variables = (resource.Properties?.['Environment'] as { Variables?: Record<string, unknown> } | undefined)?.Variables;
    const handlerId = variables?.['HANDLER_ID'];
    if (typeof handlerId === 'string') handlerIds.set(logicalId, handlerId);
  }
  const resolve = (value: unknown): string => {
    if (typeof value === 'string') return value;
    if (value && typeof value === 'object') {
      if ('Fn::Join' in value) {
        const [separator, parts] = value['Fn::Join'] as [string, unknown[]];
        return parts.map(resolve).join(separator);
      }
      if ('Fn::GetAtt' in value) {
        const [logicalId] = value['Fn::GetAtt'] as [string, string];
        const handlerId = handlerIds.get(logicalId);
        if (!handlerId) throw new Error(`the state machine refers to ${logicalId}, which is not a task function`);
        return localFunctionArn(handlerId);
      }
      if ('Ref' in value) return String(value['Ref']);
    }
    throw new Error(`cannot resolve ${JSON.stringify(value)} in a state machine definition`);
  };
  const definitions: Record<string, Record<string, unknown>> = {};
  for (const [logicalId, resource] of Object.entries(template.Resources)) {
    if (resource.Type !== 'AWS::StepFunctions::StateMachine') continue;
    definitions[logicalId] = JSON.parse(resolve(resource.Properties?.['DefinitionString']));
  }
  return definitions;
}

/** A process's workflow ASL exactly as the local runtime runs it (the state machine named after it). */
export function processDefinition(process: ProcessId): Record<string, unknown> {
  const { definitions, template } = synthesizeWorkflows();
  const logicalId = Object.entries(template.Resources).find(
    ([, r]) => r.Type === 'AWS::StepFunctions::StateMachine' && JSON.stringify(r.Properties?.['StateMachineName'] ?? '').includes(`-${process}`),
  )?.[0];
  const definition = logicalId ? definitions[logicalId] : undefined;
  if (!definition) throw new Error(`the stack synthesized no ${process} state machine`);
  return definition;
}
