import { z } from 'zod';
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
  io.out(`Simulated ${loaded.scenario.start.slice(0, 10)} to ${loaded.scenario.end.slice(0, 10)} in ${(result.wallMs / 1000).toFixed(1)} s of wall time${result.restarts ? `, ${result.restarts} restart(s)` : ''}.`);
}
