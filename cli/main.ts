import { Command, CommanderError } from 'commander';
import { parseCommand } from './commands/parse';
import { listCommand, newCommand, pmCommand, showCommand } from './commands/projects';
import { demoCommand, simulateCommand } from './commands/simulate';
import { timelineCommand } from './commands/timeline';
import { EXIT, UsageError } from './errors';
import { processIo, type CliIo } from './io';

function program(io: CliIo): Command {
  const root = new Command('integrations')
    .description('Run integration projects by email: timelines, projects, mail.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: () => undefined });

  root
    .command('timeline')
    .description('the timeline computed backwards from a launch date')
    .requiredOption('--process <process>', 'process: cadmium')
    .requiredOption('--launch <date>', 'launch date, YYYY-MM-DD')
    .option('--today <date>', 'today, YYYY-MM-DD (default: the real today in the time zone)')
    .option('--time-zone <zone>', 'IANA time zone of the project', 'America/New_York')
    .option('--holidays <calendar>', 'holiday calendar: country or country-state', 'US')
    .option('--json', 'print one JSON object', false)
    .action((options: unknown) => timelineCommand(options, io));

  root
    .command('parse')
    .description('read one mail the way the system does: kind, reply text, intent, dates, contacts')
    .argument('<file>', 'a raw .eml file')
    .option('--reference-date <date>', 'read relative dates against this day, YYYY-MM-DD (default: the mail\'s Date)')
    .option('--json', 'print one JSON object', false)
    .action((file: string, options: unknown) => parseCommand(file, options, io));

  root
    .command('simulate')
    .description('run a scenario on the simulated clock through the local runtime (docs/scenarios.md)')
    .argument('<scenario>', 'a scenario .json file')
    .option('--json', 'print the projects as one JSON object', false)
    .option('--data-dir <dir>', 'keep the runtime data here (default: a temporary folder)')
    .action((file: string, options: unknown) => simulateCommand(file, options, io));

  root
    .command('demo')
    .description("run a process's demo scenario (scenarios/demo-<process>.json) on the simulated clock")
    .option('--process <process>', 'cadmium or paytronix', 'cadmium')
    .option('--json', 'print the projects as one JSON object', false)
    .action((options: unknown) => demoCommand(options, io));

  root
    .command('new')
    .description('create a project from a contract (on the running local runtime)')
    .requiredOption('--client <name>', 'the client')
    .requiredOption('--title <title>', 'what is integrated')
    .requiredOption('--poc <person>', 'the client POC, "Name <address>"')
    .requiredOption('--pm <person>', 'the integration PM, "Name <address>"')
    .option('--time-zone <zone>', 'the project time zone (default America/New_York)')
    .action((options: unknown) => newCommand(options, io));

  root.command('list').description('active projects at a glance').action(() => listCommand(io));

  root
    .command('show')
    .description("a project's phase, timeline, ledger, open items and mail log")
    .argument('<project>', 'e.g. INT-1001')
    .option('--json', 'print one JSON object', false)
    .action((id: string, options: unknown) => showCommand(id, options, io));

  root
    .command('pm')
    .description('record a staff action: contract-reviewed, kickoff-held, resend-plan, submitted-for-development, review-complete, development-complete, qa-complete, reschedule')
    .argument('<project>', 'e.g. INT-1001')
    .argument('<action>', 'the action')
    .option('--milestone <id>', 'reschedule: kickoffDue, requirementsDue, developmentDue, clientTestingDue or launch')
    .option('--date <date>', 'reschedule: the new date, YYYY-MM-DD')
    .option('--note <text>', 'reschedule: why, for the ledger')
    .option('--by <address>', 'who acts (default: the project PM)')
    .action((id: string, action: string, options: unknown) => pmCommand(id, action, options, io));

  return root;
}

/**
 * Runs the CLI and returns its exit code. A user's mistake is one line on stderr and exit code 2;
 * anything else is a bug and keeps its stack for the report.
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  try {
    await program(io).parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are "errors" to commander but successes to the user.
      if (error.exitCode === 0) return EXIT.ok;
      io.err(`integrations: ${error.message.replace(/^error: /, '')}`);
      return EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.err(`integrations: ${error.message}`);
      return EXIT.usage;
    }
    throw error;
  }
}
