import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { PROCESS_IDS } from '../../shared/processes/registry';
import { InvalidScenarioError, loadScenario } from '../../local/scenario';
import { simulate } from '../../local/simulate';
import { UsageError } from '../errors';
import type { CliIo } from '../io';
import { story } from '../story';

const SimulateOptions = z.object({ json: z.boolean(), dataDir: z.string().optional() });

/** `integrations simulate SCENARIO.json`: a scenario on the simulated clock, through the real local path. */
export async function simulateCommand(file: string, raw: unknown, io: CliIo): Promise<void> {
  const options = SimulateOptions.parse(raw);
  let loaded;
  try {
    loaded = await loadScenario(file);
  } catch (error) {
    if (error instanceof InvalidScenarioError) throw new UsageError(error.message);
    throw error;
  }
  const result = await simulate(loaded.scenario, loaded.baseDir, { dataDir: options.dataDir, log: (line) => io.err(line) });
  if (options.json) {
    io.out(JSON.stringify(result, null, 2));
    return;
  }
  if (loaded.scenario.description) io.out(`${loaded.scenario.description}\n`);
  for (const project of result.projects) io.out(`${story(project)}\n`);
  if (result.inbox.length > 0) {
    io.out('Mail that found no project (the inbox), newest first:');
    for (const m of result.inbox) {
      const fate = m.assigned ? `assigned to ${m.assigned.projectId}: ${m.assigned.readAs ?? ''}` : 'waiting';
      io.out(`  ${m.mailId}  ${m.receivedAt.slice(0, 16)}  ${m.from}  ${m.subject || '(no subject)'}  — ${fate}`);
    }
    io.out('');
  }
  io.out(
    `Simulated ${loaded.scenario.start.slice(0, 10)} to ${loaded.scenario.end.slice(0, 10)} in ${(result.wallMs / 1000).toFixed(1)} s of wall time${result.restarts ? `, ${result.restarts} restart(s)` : ''}.`,
  );
}

const DemoOptions = z.object({ process: z.string(), json: z.boolean() });

/** `integrations demo [--process ID]`: the shipped demo scenario of a process, from contract to its end. */
export async function demoCommand(raw: unknown, io: CliIo): Promise<void> {
  const options = DemoOptions.parse(raw);
  if (!PROCESS_IDS.includes(options.process)) throw new UsageError(`unknown process "${options.process}" (known: ${PROCESS_IDS.join(', ')})`);
  const file = fileURLToPath(new URL(`../../scenarios/demo-${options.process}.json`, import.meta.url));
  await simulateCommand(file, { json: options.json }, io);
}
