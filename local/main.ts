/**
 * `npm start`: the whole system on this machine, on the real clock, until Ctrl-C. Data lives in
 * .local-data/ (override with INTEGRATIONS_DATA_DIR); ports with SMTP_PORT and CONTROL_PORT.
 */
import { writeFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { realClock } from './clock';
import { startControl } from './control';
import { LocalRuntime } from './runtime';

const Env = z.object({
  INTEGRATIONS_DATA_DIR: z.string().default('.local-data'),
  SMTP_PORT: z.coerce.number().int().min(0).max(65535).default(2525),
  CONTROL_PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  /** dynalite (or any DynamoDB) listening elsewhere, instead of dynalite inside this process. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  /**
   * Fault injection for the reliability tests: `after-decision-write:<probability>` kills this process
   * (SIGKILL) with that probability after a decision and its outbox are written, before the notices go.
   */
  INTEGRATIONS_FAULT: z
    .string()
    .regex(/^after-decision-write:(0|1|0?\.\d+)$/)
    .transform((value) => Number(value.split(':')[1]))
    .optional(),
});
const env = Env.parse(process.env);

/** Dies without warning, as a crash would, with the given probability. */
function killAt(probability: number): () => void {
  return () => {
    if (Math.random() < probability) process.kill(process.pid, 'SIGKILL');
  };
}
const dataDir = resolve(env.INTEGRATIONS_DATA_DIR);
const runtime = await LocalRuntime.start({
  dataDir,
  clock: realClock(),
  digests: true,
  smtpPort: env.SMTP_PORT,
  ...(env.DYNAMODB_ENDPOINT ? { dynamoEndpoint: env.DYNAMODB_ENDPOINT } : {}),
  ...(env.INTEGRATIONS_FAULT !== undefined ? { faults: { afterDecisionWrite: killAt(env.INTEGRATIONS_FAULT) } } : {}),
});
const control = await startControl(runtime, env.CONTROL_PORT);
await writeFile(join(dataDir, 'runtime.json'), JSON.stringify({ pid: process.pid, smtpPort: runtime.smtpPort, controlPort: control.port }, null, 2));
runtime.events.on('mail-out', (e) => console.log(`${e.at}  out  ${e.mail.to.join(', ')}  ${e.mail.subject}`));
runtime.events.on('mail-in', (e) =>
  console.log(`${e.at}  in   ${e.result.projectId ?? '-'}  ${e.result.readAs}${e.result.reason ? ` (${e.result.reason})` : ''}`),
);
runtime.events.on('digest', (e) => {
  for (const d of e.run.sent) console.log(`${e.at}  digest  ${d.to}  ${d.items} items for ${d.date}`);
});
runtime.events.on('execution-failed', (e) => console.log(`execution of ${e.projectId} failed: ${e.error}`));

console.log(`Integrations is running on the local runtime (data in ${dataDir}).
  Mail in:   SMTP 127.0.0.1:${runtime.smtpPort}, to ${runtime.ports.config.serviceAddress} (replies keep their Reply-To key)
  Mail out:  .eml files in ${runtime.outboxDir}
  New project:  npx integrations new --client "Acme Events" --title "Registration sync" \\
                  --poc "Pat Doe <pat@acme.example>" --pm "Sam Lee <sam@gocadmium.example>"
  Then:      npx integrations list | show INT-1001 | pm INT-1001 contract-reviewed
  Dashboard: http://127.0.0.1:${control.port}/ui  (every project at a glance; "Needs you" at /ui/needs-you)
Stop with Ctrl-C; every active project resumes from its record on the next start.`);

const stop = async () => {
  await control.close();
  await runtime.stop();
  await rm(join(dataDir, 'runtime.json'), { force: true });
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
