import { Command, CommanderError } from 'commander';
import { feedListCommand, feedNewCommand, feedRevokeCommand } from './commands/feeds';
import { assignCommand, inboxCommand } from './commands/inbox';
import { parseCommand } from './commands/parse';
import { listCommand, newCommand, pmCommand, PM_ACTIONS, showCommand } from './commands/projects';
import { demoCommand, simulateCommand } from './commands/simulate';
import { timelineCommand } from './commands/timeline';
import { EXIT, UsageError } from './errors';
import { dashboardCommand } from './commands/dashboard';
import { processIo, type CliIo } from './io';
import { API_ENV, chooseStaffClient } from './choose-client';
import type { StaffClient } from './staff-client';
import { DEFAULT_PROCESS_ID, MODULES, PROCESS_IDS } from '../shared/processes/registry';

function program(io: CliIo): Command {
  const root = new Command('integrations')
    .description('Run integration projects by email: timelines, projects, mail.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: () => undefined })
    .option(
      '--api <url>',
      `new, list, show, pm, inbox, assign, feed: the deployed staff API, requests signed with your AWS credentials (default: $${API_ENV}; neither: the local runtime)`,
    );

  // The staff API of this run, chosen once: the deployed one (--api or INTEGRATIONS_API) or the local runtime.
  let chosen: Promise<StaffClient> | undefined;
  const staff = (): Promise<StaffClient> => {
    chosen ??= chooseStaffClient(root.opts<{ api?: string }>().api);
    return chosen;
  };

  root
    .command('timeline')
    .description('the timeline computed backwards from a launch date')
    .requiredOption(
      '--process <process>',
      `process: ${MODULES.filter((m) => m.definition.rules.kind === 'launch-timeline')
        .map((m) => m.id)
        .join(', ')}`,
    )
    .requiredOption('--launch <date>', 'launch date, YYYY-MM-DD')
    .option('--today <date>', 'today, YYYY-MM-DD (default: the real today in the time zone)')
    .option('--time-zone <zone>', 'IANA time zone of the project', 'America/New_York')
    .option('--holidays <calendar>', 'holiday calendar: country or country-state', 'US')
    .option('--json', 'print one JSON object', false)
    .action((options: unknown) => timelineCommand(options, io));

  root
    .command('parse')
    .description('read mail the way the system does: kind, reply text, intent with its confidence and reasons, dates, contacts, items')
    .argument('<files...>', 'raw .eml files, or folders of them')
    .option('--step <step>', 'read as a reply to this step, as its reply key names it (e.g. plan, work-order, client-testing)')
    .option('--reference-date <date>', "read relative dates against this day, YYYY-MM-DD (default: the mail's Date)")
    .option('--json', 'print one JSON object per mail, one per line', false)
    .action((files: string[], options: unknown) => parseCommand(files, options, io));

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
    .option('--process <process>', PROCESS_IDS.join(' or '), DEFAULT_PROCESS_ID)
    .option('--json', 'print the projects as one JSON object', false)
    .action((options: unknown) => demoCommand(options, io));

  const create = root
    .command('new')
    .description(`create a project (on the local runtime, or the deployed API with --api) of a process: ${PROCESS_IDS.join(', ')}`)
    .option('--process <process>', PROCESS_IDS.join(' or '), DEFAULT_PROCESS_ID)
    .requiredOption('--client <name>', 'the client')
    .requiredOption('--title <title>', 'what is integrated');
  // Each process adds the options it needs; a flag two processes share is declared once.
  const flags = new Set<string>();
  for (const module of MODULES) {
    for (const option of module.cli.options) {
      if (flags.has(option.flag)) continue;
      flags.add(option.flag);
      create.option(option.flag, option.description);
    }
  }
  create
    .option('--time-zone <zone>', 'the project time zone (default America/New_York)')
    .action(async (options: unknown) => newCommand(options, io, await staff()));

  root
    .command('list')
    .description('active projects at a glance')
    .action(async () => listCommand(io, await staff()));

  root
    .command('show')
    .description("a project's phase, timeline, ledger, open items and mail log")
    .argument('<project>', 'e.g. INT-1001')
    .option('--json', 'print one JSON object', false)
    .action(async (id: string, options: unknown) => showCommand(id, options, io, await staff()));

  root
    .command('pm')
    .description(`record a staff action: ${PM_ACTIONS.join(', ')}`)
    .argument('<project>', 'e.g. INT-1001')
    .argument('<action>', 'the action')
    .option('--milestone <id>', 'reschedule: kickoffDue, requirementsDue, developmentDue, clientTestingDue or launch')
    .option('--date <date>', 'reschedule: the new date, YYYY-MM-DD (the launch: every date not yet passed is planned again from it)')
    .option('--only', 'reschedule: move this milestone alone (by default every later one moves by the same days)')
    .option('--note <text>', 'reschedule: why, for the ledger; not-feasible, send-work-order, send-schedule, certification-failed, configuration: the text')
    .option('--at <local time>', 'schedule-idi: YYYY-MM-DDTHH:MM in the project time zone')
    .option('--minutes <n>', 'schedule-idi: length (default 60)')
    .option('--file <path>', 'test-credentials, production-credentials: a file holding the credentials')
    .option('--review-id <id>', 'approve, decline: the reply waiting for your decision, e.g. RV-1 (default: the latest open one)')
    .option('--by <address>', 'who acts (default: the project PM, or the TC of a Paytronix project)')
    .action(async (id: string, action: string, options: unknown) => pmCommand(id, action, options, io, await staff()));

  root
    .command('inbox')
    .description('mail that found no project, newest first: id, received, from, subject')
    .option('--json', 'print the mail as one JSON array', false)
    .action(async (options: unknown) => inboxCommand(options, io, await staff()));

  root
    .command('assign')
    .description('give a mail of the inbox to a project: it is read there as a reply from its sender')
    .argument('<mail>', 'e.g. MAIL-3F9A2C81D07B (see integrations inbox)')
    .argument('<project>', 'e.g. INT-1001')
    .option('--by <address>', 'who assigns it (default: the project PM, or the TC of a Paytronix project)')
    .action(async (mail: string, project: string, options: unknown) => assignCommand(mail, project, options, io, await staff()));

  root
    .command('dashboard')
    .description('the PM’s view of the deployed stack in your browser: served on 127.0.0.1, every request signed with your AWS credentials')
    .option('--port <n>', 'the local port (default 4790; 0: any free one)')
    .option('--as <address>', 'open "Needs you" for this staff address')
    .action(async (options: { port?: string; as?: string }) => dashboardCommand({ ...options, api: root.opts<{ api?: string }>().api }, io));

  const feed = root.command('feed').description('calendar feeds: an iCalendar address per project or per PM, to subscribe to in Outlook or Google Calendar');
  feed
    .command('new')
    .description('make a feed and print its address (shown once: it is not kept)')
    .option('--project <project>', 'the feed of one project, e.g. INT-1001')
    .option('--pm <address>', 'the feed of every active project where this address is staff')
    .option('--by <address>', 'who makes it (default: the project PM, or the PM)')
    .action(async (options: unknown) => feedNewCommand(options, io, await staff()));
  feed
    .command('list')
    .description('the feeds, newest first: id, of what, created, by, active or revoked')
    .option('--project <project>', 'only the feeds of this project')
    .option('--pm <address>', 'only the feeds of this PM')
    .option('--json', 'print the feeds as one JSON array', false)
    .action(async (options: unknown) => feedListCommand(options, io, await staff()));
  feed
    .command('revoke')
    .description('revoke a feed: its address answers 404 from now on')
    .argument('<feed>', 'e.g. FEED-3F9A2C81D07B (see integrations feed list)')
    .option('--by <address>', 'who revokes it')
    .action(async (id: string, options: unknown) => feedRevokeCommand(id, options, io, await staff()));

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
