import { Command, CommanderError } from 'commander';
import { parseCommand } from './commands/parse';
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
