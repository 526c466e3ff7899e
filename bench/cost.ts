/**
 * `npm run cost`: what a project costs on AWS, from counts measured on the local runtime running the
 * demo lifecycle. Prints one JSON object and the table; `-- --write-readme` puts the table in the README.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadScenario } from '../local/scenario';
import { simulate } from '../local/simulate';
import { costTable, projectCost, withCostTable } from './cost-model';

const root = join(import.meta.dirname, '..');
const { scenario, baseDir } = await loadScenario(join(root, 'scenarios', 'demo-cadmium.json'));
const result = await simulate(scenario, baseDir);
const project = result.projects[0];
if (!project) throw new Error('the demo created no project');
const counts = { transitions: project.transitions, metrics: result.metrics };
const cost = projectCost(counts);
const table = costTable(cost, counts);
console.log(JSON.stringify({ counts, costPerProjectUsd: cost }, null, 2));
console.log(`\n${table}`);
if (process.argv.includes('--write-readme')) {
  const file = join(root, 'README.md');
  await writeFile(file, withCostTable(await readFile(file, 'utf8'), table));
  console.log('\nREADME.md updated.');
}
