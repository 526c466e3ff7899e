import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { Scenario, type ScenarioStep } from '../../local/scenario';
import { simulate, type SimulationResult } from '../../local/simulate';

export const POC = 'pat.doe@acme-events.example';
export const PM = 'sam.lee@gocadmium.example';

/** The demo project, created Mon 2027-01-04 09:00 New York. */
export const ACME = {
  key: 'acme',
  process: 'cadmium' as const,
  title: 'Registration sync',
  client: 'Acme Events',
  poc: { name: 'Pat Doe', email: POC },
  pm: { name: 'Sam Lee', email: PM },
};

type Step = ScenarioStep extends infer S ? (S extends { type: infer T } ? Omit<S, 'at'> & { type: T } : never) : never;

/** Steps up to the project plan being sent on Fri 2027-02-26 (launch 2027-04-19). */
export const UNTIL_PLAN: [string, Step][] = [
  ['2027-01-04T16:00:00Z', { type: 'staff', project: 'acme', command: { action: 'contract-reviewed' } }],
  [
    '2027-01-05T15:10:00Z',
    { type: 'reply', project: 'acme', from: POC, text: 'Details are correct. We would like to go live on April 19, 2027.', attachments: [], autoReply: false },
  ],
  ['2027-02-26T17:00:00Z', { type: 'staff', project: 'acme', command: { action: 'kickoff-held' } }],
];

export function scenario(steps: [string, Step][], end: string): Scenario {
  return Scenario.parse({ start: '2027-01-04T14:00:00Z', end, projects: [ACME], steps: steps.map(([at, step]) => ({ at, ...step })) });
}

export interface Run {
  readonly result: SimulationResult;
  readonly dataDir: string;
  readonly project: SimulationResult['projects'][number];
  /** Text parts of the outbox notices made from `template`, oldest first. */
  notices(template: string): Promise<string[]>;
}

/** Runs a scenario through the local runtime, keeping its data folder to read the outbox. */
export async function run(scenarioToRun: Scenario): Promise<Run> {
  const dataDir = await mkdtemp(join(tmpdir(), 'scenario-'));
  const result = await simulate(scenarioToRun, import.meta.dirname, { dataDir });
  const project = result.projects[0];
  if (!project) throw new Error('the scenario created no project');
  return {
    result,
    dataDir,
    project,
    async notices(template: string) {
      const subjects = new Set(project.mail.filter((m) => m.template === template).map((m) => m.subject));
      const texts: string[] = [];
      for (const file of (await readdir(join(dataDir, 'outbox'))).sort()) {
        const mail = await simpleParser(await readFile(join(dataDir, 'outbox', file)));
        if (subjects.has(mail.subject ?? '')) texts.push(mail.text ?? '');
      }
      return texts;
    },
  };
}

export function templates(run: Run, direction: 'out' = 'out'): string[] {
  return run.project.mail.filter((m) => m.direction === direction).map((m) => m.template ?? '');
}
