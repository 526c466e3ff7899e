import { DateTime } from 'luxon';
import { paytronix, type PaytronixRules } from '../../process';
import type { CertificationRound, Party, Project } from '../../project/schemas';
import { action, list, para, quote, steps, type Block } from '../blocks';
import { clip, day, dayOf, oneLine, plural } from '../format';
import { activeParty, clientName, HOW_TO_ACT, mailBlocks, processOf, projectLine, title, type Build } from '../sections';
import type { NoticeContext, PaytronixTemplateId } from '../types';

/*
 * The Paytronix process (process-paytronix.md). The client side is the client and the integrator;
 * staff are the technical consultant (TC) and the integrations team. Every number of the process
 * (rounds included, business days, monitoring) is read from the process definition.
 */

// ---------------------------------------------------------------------------------------------
// Record helpers

/** The process rules; a record of another process (tests, old rows) falls back to Paytronix's own. */
function rules(project: Project): PaytronixRules {
  for (const candidate of [processOf(project)?.rules, paytronix.rules]) {
    if (candidate?.kind === 'staged-certification') return candidate;
  }
  throw new Error('the Paytronix process definition has no staged-certification rules');
}

const vendor = (project: Project): string => oneLine(processOf(project)?.vendor ?? '') || 'Paytronix';
const tz = (project: Project): string => project.timeZone ?? 'UTC';

/** A short client name for subjects, so the point of the subject still shows. */
const who = (project: Project): string => clip(clientName(project), 30);
const short = (project: Project): string => clip(title(project), 40);

/** "Loyalty website for Acme Dining": which project, in every notice. */
const named = (project: Project): string => `${title(project)} for ${clientName(project)}`;

const ROLE_LABELS: Readonly<Record<string, string>> = {
  'technical-consultant': 'technical consultant',
  sales: 'sales representative',
  'integrations-team': 'integrations team',
  client: 'client',
  integrator: 'integrator',
};
const roleLabel = (role: string): string => ROLE_LABELS[role] ?? oneLine(role);

const activeParties = (project: Project): Party[] => (project.parties ?? []).filter((party) => party.active !== false);
const partyLabel = (party: Party): string => `${oneLine(party.name)} (${roleLabel(party.role)})`;

/** A person in a decision: their name from the parties when known, else their address. */
function decider(project: Project, email: string, role: string): string {
  const party = (project.parties ?? []).find((p) => p.email === email.toLowerCase());
  return `${party ? oneLine(party.name) : oneLine(email)} (${roleLabel(role)})`;
}

type ApprovalSubject = 'work-order' | 'schedule';
const latestApproval = (project: Project, subject: ApprovalSubject) =>
  [...(project.approvals ?? [])].reverse().find((approval) => approval.subject === subject);

/** The round a certification notice is about: the one given, else the latest on the record. */
function roundOf(context: NoticeContext): CertificationRound | undefined {
  const rounds = context.project.certificationRounds ?? [];
  return context.extras?.round ?? rounds[rounds.length - 1];
}

const roundName = (round: CertificationRound | undefined): string => (round ? `round ${round.number}` : 'the round');

function tcLine(project: Project): Block[] {
  const tc = activeParty(project, 'technical-consultant');
  return tc ? [para(`Your technical consultant is ${oneLine(tc.name)} (${oneLine(tc.email)}).`)] : [];
}

function reminderLead(context: NoticeContext, what: string): string {
  const number = context.extras?.reminderNumber;
  return number && number > 1 ? `This is reminder ${number}: ${what}` : `A reminder: ${what}`;
}

/** Text a person wrote for the notice (a work order, a schedule, feedback), shown as they wrote it. */
function written(text: string | undefined, missing: string): Block {
  return text && text.trim() !== '' ? quote(text) : para(missing);
}

/** "Tue 2027-01-12, 15:00 to 16:00 (America/New_York time)", or undefined if the IDI is not set. */
function idiWhen(project: Project): string | undefined {
  const idi = project.idi;
  if (!idi) return undefined;
  const zone = tz(project);
  const start = DateTime.fromISO(idi.start).setZone(zone);
  const date = dayOf(idi.start, zone);
  if (!start.isValid || !date) return undefined;
  const end = start.plus({ minutes: idi.minutes });
  return `${date}, ${start.toFormat('HH:mm')} to ${end.toFormat('HH:mm')} (${oneLine(zone)} time)`;
}

// ---------------------------------------------------------------------------------------------
// Staff commands: the first line of a reply, or the same action on the command line

const cli = (project: Project, command: string): string => `npx integrations pm ${project.id} ${command}`;

const COMMANDS = {
  feasible: ['If the flow is feasible', 'FEASIBLE', 'feasible'],
  notFeasible: ['If it is not feasible (put the reason on the lines below the command)', 'NOT FEASIBLE', 'not-feasible --note "why"'],
  idiHeld: ['Once the IDI has been held', 'IDI HELD', 'idi-held'],
  workOrder: [
    'When the work order is ready (its responsibilities and costs on the lines below the command)',
    'SEND WORK ORDER',
    'send-work-order --note "responsibilities and costs"',
  ],
  schedule: ['When the schedule is ready (the schedule on the lines below the command)', 'SEND SCHEDULE', 'send-schedule --note "the schedule"'],
  welcome: ['Once the test-server credentials are stored and every earlier step is done', 'SEND WELCOME', 'send-welcome'],
  testCards: ['When the integrator has its test cards', 'TEST CARDS SENT', 'test-cards-sent'],
  testUser: ['When the integrator has a user on the test server', 'TEST USER CREATED', 'test-user-created'],
  certified: ['If the round passes', 'CERTIFIED', 'certified'],
  failed: ['If the round fails (put the feedback on the lines below the command)', 'FAILED', 'certification-failed --note "feedback"'],
  configuration: [
    'When you have checked (the differences on the lines below the command, or NONE)',
    'CONFIGURATION',
    'configuration --note "the differences, or NONE"',
  ],
  live: ['When the integration is live on production', 'LIVE', 'live'],
} as const satisfies Record<string, readonly [string, string, string]>;

type Command = keyof typeof COMMANDS;

function cmd(project: Project, name: Command, when?: string): Block {
  const [defaultWhen, reply, command] = COMMANDS[name];
  return action(when ?? defaultWhen, reply, cli(project, command));
}

/** The IDI command takes a local date and time; the placeholder shows the form, the text an example. */
function idiCommand(project: Project): Block {
  return action(
    `Once agreed (the day and start time in ${oneLine(tz(project))} time in place of YYYY-MM-DD HH:MM, e.g. IDI 2027-01-12 15:00)`,
    'IDI YYYY-MM-DD HH:MM',
    cli(project, 'schedule-idi --at YYYY-MM-DDTHH:MM'),
  );
}

/** Credentials are never taken by mail: only the command line, from a file. */
function credentialsBlocks(project: Project, kind: 'test-credentials' | 'production-credentials'): Block[] {
  return [
    para('Credentials are never sent to the system by mail. Use the command line:'),
    steps([
      'Save the credentials in a file on your own computer (here credentials.txt).',
      'Run the command below; the system seals them and never logs them.',
      'Delete the file.',
    ]),
    para(cli(project, `${kind} --file credentials.txt`)),
  ];
}

/** The commands of the current stage, for a reminder that does not know the exact step. */
function stageCommands(project: Project): Block[] {
  switch (project.phase) {
    case 'discovery':
      return [cmd(project, 'feasible'), cmd(project, 'notFeasible')];
    case 'requirements': {
      if (!project.idi) return [idiCommand(project)];
      const workOrder = latestApproval(project, 'work-order');
      if (!workOrder) return [cmd(project, 'idiHeld'), cmd(project, 'workOrder')];
      if (!latestApproval(project, 'schedule')) return [cmd(project, 'schedule')];
      return [...credentialsBlocks(project, 'test-credentials'), cmd(project, 'welcome')];
    }
    case 'development':
      return [cmd(project, 'testCards'), cmd(project, 'testUser')];
    case 'certification':
      return [cmd(project, 'certified'), cmd(project, 'failed')];
    case 'launch':
      return [cmd(project, 'configuration'), ...credentialsBlocks(project, 'production-credentials'), cmd(project, 'live')];
    default:
      return [];
  }
}

function approvalBlocks(project: Project, subject: ApprovalSubject): Block[] {
  const approval = latestApproval(project, subject);
  if (!approval) return [];
  const people = approval.decisions.map((d) => decider(project, d.email, d.role));
  const lead = approval.mode === 'all' ? 'Everyone listed must approve:' : 'One approval from any of these is enough:';
  return [para(lead), list(people)];
}

function decisionsBlocks(project: Project, subject: ApprovalSubject): Block[] {
  const approval = latestApproval(project, subject);
  if (!approval) return [];
  return [
    para(`Answers so far (version ${approval.revision}):`),
    list(approval.decisions.map((d) => `${decider(project, d.email, d.role)}: ${d.decision}`)),
  ];
}

function staffQuote(context: NoticeContext, intro: string): Block[] {
  const text = context.extras?.quotedText;
  return [...mailBlocks(context), ...(text ? [para(intro), quote(text)] : [])];
}

/** The name of whoever sent the mail, from the parties when known; for a subject. */
function senderName(context: NoticeContext): string | undefined {
  const from = context.extras?.mail?.from;
  if (!from) return undefined;
  const party = (context.project.parties ?? []).find((p) => p.email === from.toLowerCase());
  return clip(party ? party.name : from, 30) || undefined;
}

const APPROVE = para('Reply APPROVED, or tell us what to change.');

function readyBlocks(project: Project): Block[] {
  const cert = rules(project).certification;
  return [
    para(
      'When development, QA and testing are complete, reply READY FOR CERTIFICATION and attach or include everything we need to access and test the integration:',
    ),
    list([
      'where to find it (web address, app build or download)',
      'the logins and test cards to use',
      'any setup steps or settings we need to know',
    ]),
    para(
      `We then book the next available certification slot and tell you the dates. A round ends no earlier than ` +
        `${plural(cert.minimumBusinessDaysAfterMaterials, 'business day')} after we have all the testing material.`,
    ),
  ];
}

// ---------------------------------------------------------------------------------------------
// The templates

export const paytronixTemplates: Record<PaytronixTemplateId, Build> = {
  // 1. discovery
  'discovery-evaluation': ({ project }) => ({
    subject: `Evaluate the integration for ${who(project)}`,
    blocks: [
      para(`Please evaluate the high-level flow of ${named(project)}: is it feasible?`),
      projectLine(project),
      para('Goals and scope, as the technical consultant recorded them:'),
      written(project.scope, 'No scope is recorded yet; ask the technical consultant before deciding.'),
      para('If it is feasible, the project goes on to the IDI. If not, every party is told and the project ends.'),
      HOW_TO_ACT,
      cmd(project, 'feasible'),
      cmd(project, 'notFeasible'),
    ],
  }),

  'not-feasible': (context) => ({
    subject: `Integration not feasible: ${short(context.project)}`,
    blocks: [
      para(`Our integrations team evaluated ${named(context.project)} and found that it is not feasible as planned.`),
      para('Why:'),
      written(context.extras?.note, 'Your technical consultant will explain the reasons.'),
      para('The project ends here, and there is nothing you need to do. If you would like to discuss another approach, reply to this mail.'),
      ...tcLine(context.project),
    ],
  }),

  // 2. requirements
  'idi-needed': ({ project }) => ({
    subject: `Schedule the IDI for ${who(project)}`,
    blocks: [
      para(`${named(project)} is feasible. Please schedule the Integration Deployment Interview (IDI).`),
      projectLine(project),
      para('Invite the client, the integrator, the sales representative and a member of the integrations team:'),
      list(activeParties(project).length > 0 ? activeParties(project).map(partyLabel) : ['No parties are recorded yet.']),
      para('When you record the date and time, every party gets a calendar invitation.'),
      HOW_TO_ACT,
      idiCommand(project),
      cmd(project, 'idiHeld', 'After the IDI has been held'),
    ],
  }),

  'idi-invitation': ({ project }) => {
    const when = idiWhen(project);
    const parties = activeParties(project).map(partyLabel);
    return {
      subject: `Invitation: IDI for ${clip(title(project), 30)}${project.idi ? ` on ${dayOf(project.idi.start, tz(project)) ?? ''}` : ''}`,
      blocks: [
        para(`Please join the Integration Deployment Interview (IDI) for ${named(project)}.`),
        list([
          `When: ${when ?? 'the date and time follow in a separate invitation'}`,
          ...(project.idi ? [`Length: ${plural(project.idi.minutes, 'minute')}`] : []),
          ...(parties.length > 0 ? [`With: ${parties.join(', ')}`] : []),
        ]),
        para('The calendar invitation is attached: open it to add the meeting to your calendar.'),
        para('In the IDI we go through how the integration will work. Afterwards the work order (responsibilities and costs) is sent for approval.'),
        para('If the time does not work for you, reply to this mail with times that do.'),
        ...tcLine(project),
      ],
    };
  },

  'work-order-needed': ({ project }) => ({
    subject: `Send the work order for ${who(project)}`,
    blocks: [
      para(`The IDI for ${named(project)} was held. Next, the work order goes to the client side for approval.`),
      projectLine(project),
      para('Write its responsibilities and costs below the command line. Nothing goes on until the work order is approved.'),
      HOW_TO_ACT,
      cmd(project, 'workOrder'),
    ],
  }),

  'work-order': ({ project }) => {
    const approval = latestApproval(project, 'work-order');
    const revision = approval?.revision ?? 1;
    return {
      subject: revision > 1 ? `Revised work order (version ${revision}) for approval` : 'Work order for your approval',
      blocks: [
        para(`Here is the work order for ${named(project)}: who does what, and what it costs.`),
        written(approval?.summary, 'The work order itself follows in a separate mail from your technical consultant.'),
        ...approvalBlocks(project, 'work-order'),
        APPROVE,
        para('Nothing goes on until the work order is approved.'),
        ...tcLine(project),
      ],
    };
  },

  'work-order-declined': (context) => ({
    subject: `${who(context.project)} asked to change the work order`,
    blocks: [
      para(`The client side asked for changes to the work order for ${named(context.project)}.`),
      projectLine(context.project),
      ...staffQuote(context, 'They wrote:'),
      para('Revise the work order, then send it again; it goes back for approval.'),
      HOW_TO_ACT,
      cmd(context.project, 'workOrder', 'After revising (the revised responsibilities and costs on the lines below the command)'),
    ],
  }),

  'schedule-needed': ({ project }) => ({
    subject: `Send the schedule for ${who(project)}`,
    blocks: [
      para(`The work order for ${named(project)} is approved. Please create the schedule and send it.`),
      projectLine(project),
      para('Every party must approve it:'),
      list(activeParties(project).length > 0 ? activeParties(project).map(partyLabel) : ['No parties are recorded yet.']),
      para('The system tracks each approval and reminds those who have not answered.'),
      HOW_TO_ACT,
      cmd(project, 'schedule'),
    ],
  }),

  schedule: ({ project }) => {
    const approval = latestApproval(project, 'schedule');
    const revision = approval?.revision ?? 1;
    return {
      subject: revision > 1 ? `Revised schedule (version ${revision}) for approval` : 'Schedule for your approval',
      blocks: [
        para(`Here is the schedule for ${named(project)}. Every party must approve it before development starts.`),
        written(approval?.summary, 'The schedule itself follows in a separate mail from your technical consultant.'),
        ...approvalBlocks(project, 'schedule'),
        APPROVE,
        ...tcLine(project),
      ],
    };
  },

  'schedule-reminder': (context) => {
    const { project } = context;
    const approval = latestApproval(project, 'schedule');
    const pending = (approval?.decisions ?? []).filter((d) => d.decision === 'pending').map((d) => decider(project, d.email, d.role));
    return {
      subject: 'Reminder: please approve the schedule',
      blocks: [
        para(reminderLead(context, `the schedule for ${named(project)} still needs approval.`)),
        ...(pending.length > 0 ? [para('Still waiting for:'), list(pending)] : []),
        para('Every party must approve it before development starts. The schedule:'),
        written(approval?.summary, 'See the schedule mail from your technical consultant.'),
        APPROVE,
      ],
    };
  },

  'schedule-declined': (context) => {
    const { project } = context;
    const sender = senderName(context);
    return {
      subject: `${sender ?? 'A party'} asked to change the schedule`,
      blocks: [
        para(`A party asked for changes to the schedule for ${named(project)} before approving it.`),
        projectLine(project),
        ...staffQuote(context, 'They wrote:'),
        ...decisionsBlocks(project, 'schedule'),
        para('Revise the schedule and send it again; every party is asked to approve the new version.'),
        HOW_TO_ACT,
        cmd(project, 'schedule', 'After revising (the revised schedule on the lines below the command)'),
      ],
    };
  },

  welcome: (context) => {
    const { project } = context;
    const credentials = context.extras?.credentials;
    return {
      subject: `Welcome: test server for ${short(project)}`,
      blocks: [
        para(`Welcome to the development of ${named(project)}! The work order and the schedule are approved, so building can start.`),
        ...(credentials && credentials.trim() !== ''
          ? [
              para('Your credentials for the test server:'),
              quote(credentials),
              para(
                'Keep them private: share them only with the people building the integration, and never post them in tickets, chat or code. These are for the test server only; production credentials come after certification.',
              ),
            ]
          : [para('Your test-server credentials follow in a separate mail. Keep them private when they arrive.')]),
        para('Next:'),
        steps([
          'Build and test the integration against the test server.',
          'Send technical questions by replying to this mail; our integrations team answers.',
          'Your technical consultant makes sure you have test cards and a user on the test server.',
          'When the integrator\'s own QA is complete, reply "QA complete".',
        ]),
        ...tcLine(project),
      ],
    };
  },

  'test-credentials-needed': (context) => {
    const { project } = context;
    const missing = (context.extras?.gateMissing ?? []).map(oneLine).filter(Boolean);
    return {
      subject: `Test-server credentials needed for ${who(project)}`,
      blocks: [
        para(`The welcome mail for ${named(project)} carries the test-server credentials. Please give them to the system.`),
        projectLine(project),
        ...credentialsBlocks(project, 'test-credentials'),
        ...(missing.length > 0
          ? [para('The welcome mail also waits for:'), list(missing)]
          : [para('Every other step before the welcome mail is complete.')]),
        para('The welcome goes only to verified client and integrator addresses. If a step is missing, the system refuses and says why.'),
        HOW_TO_ACT,
        cmd(project, 'welcome'),
      ],
    };
  },

  // 3. development
  'development-checklist': ({ project }) => {
    const integrator = activeParty(project, 'integrator');
    return {
      subject: `Test cards and test user for ${who(project)}`,
      blocks: [
        para(`Development of ${named(project)} has started. Please make sure the integrator has what it needs:`),
        list(['test cards', 'a user on the test server']),
        ...(integrator ? [para(`Integrator: ${oneLine(integrator.name)} (${oneLine(integrator.email)}).`)] : []),
        projectLine(project),
        HOW_TO_ACT,
        cmd(project, 'testCards'),
        cmd(project, 'testUser'),
      ],
    };
  },

  'development-started': ({ project }) => {
    const cycle = project.testingCycle ?? 1;
    return {
      subject: cycle > 1 ? `Development again (cycle ${cycle}): ${short(project)}` : `Development started: ${short(project)}`,
      blocks: [
        para(`The integrator can now build and test ${named(project)}${cycle > 1 ? ` (development cycle ${cycle})` : ''}.`),
        steps([
          'Build and test against the test server, with the credentials from the welcome mail.',
          `Send technical questions by replying to this mail; the ${vendor(project)} integrations team answers.`,
          'Your technical consultant makes sure you have test cards and a user on the test server.',
          'When the integrator\'s own QA is complete, reply "QA complete". The client then tests every use case.',
        ]),
        ...tcLine(project),
      ],
    };
  },

  'client-qa': ({ project }) => ({
    subject: `Please test and approve: ${short(project)}`,
    blocks: [
      para(`The integrator has finished its own QA of ${named(project)}. Now the client tests it:`),
      list(['Test every use case.', 'Check every error message and every success message.']),
      para(
        'Reply APPROVED when everything works and every message is right, or describe the changes needed: what you did, what you expected, and what happened.',
      ),
      para('Changes send the integration back to development, and these QA steps repeat. After approval comes certification.'),
      ...tcLine(project),
    ],
  }),

  'qa-changes-needed': (context) => ({
    subject: `Back to development: ${short(context.project)}`,
    blocks: [
      para(`The client asked for changes after testing ${named(context.project)}, so it goes back to development.`),
      ...(context.extras?.quotedText ? [para('The changes asked for:'), quote(context.extras.quotedText)] : []),
      para('Next:'),
      steps([
        'The integrator makes the changes.',
        'When its own QA is complete again, the integrator replies "QA complete".',
        'The client then tests every use case and checks every message again.',
      ]),
      ...tcLine(context.project),
    ],
  }),

  // 4. certification
  'certification-ready-request': ({ project }) => ({
    subject: `Ready for certification? ${short(project)}`,
    blocks: [
      para(`The client approved ${named(project)} after testing. The next step is certification by the ${vendor(project)} integrations team.`),
      ...readyBlocks(project),
      para(
        `${plural(rules(project).certification.roundsIncludedBeforeFees, 'certification round')} are included; additional fees apply to any further round.`,
      ),
      ...tcLine(project),
    ],
  }),

  'certification-booked': (context) => {
    const { project } = context;
    const round = roundOf(context);
    const days = rules(project).certification.minimumBusinessDaysAfterMaterials;
    return {
      subject: `Certification ${roundName(round)} booked${round?.slotStartsOn ? `: starts ${day(round.slotStartsOn)}` : ''}`,
      blocks: [
        para(`Certification ${roundName(round)} for ${named(project)} is booked in the next available slot.`),
        list([`Starts: ${day(round?.slotStartsOn)}`, `Ends: no earlier than ${day(round?.earliestEndOn)}`]),
        para(
          `Why that end: a round ends no earlier than ${plural(days, 'business day')} after the last testing material arrived, ` +
            `and the last material arrived on ${day(round?.materialsCompleteOn)}.`,
        ),
        para(
          'Nothing is needed from you until then. If you send more testing material, the earliest end moves. We will tell you the outcome: certified, or changes needed with feedback.',
        ),
        ...tcLine(project),
      ],
    };
  },

  'materials-received': (context) => {
    const { project } = context;
    const round = roundOf(context);
    const days = rules(project).certification.minimumBusinessDaysAfterMaterials;
    return {
      subject: `Testing material received: ${roundName(round)} ends ${day(round?.earliestEndOn)} or later`,
      blocks: [
        para(`Thank you: we received more testing material for certification ${roundName(round)} of ${named(project)}.`),
        para(
          `The round now ends no earlier than ${day(round?.earliestEndOn)}: ${plural(days, 'business day')} after the last material, ` +
            `which arrived on ${day(round?.materialsCompleteOn)}.`,
        ),
        para('Nothing else is needed from you now. We will tell you the outcome.'),
      ],
    };
  },

  'certification-fees': (context) => {
    const { project } = context;
    const round = roundOf(context);
    const included = rules(project).certification.roundsIncludedBeforeFees;
    const tc = activeParty(project, 'technical-consultant');
    const sales = activeParty(project, 'sales');
    const contacts = [tc ? `${oneLine(tc.name)} (technical consultant)` : undefined, sales ? `${oneLine(sales.name)} (sales)` : undefined].filter(
      (value): value is string => value !== undefined,
    );
    return {
      subject: `Certification ${roundName(round)}: additional fees apply`,
      blocks: [
        para(
          `Certification ${roundName(round)} for ${named(project)} is beyond the ${plural(included, 'round')} included, so additional fees apply.`,
        ),
        ...(round?.slotStartsOn ? [para(`The round goes ahead as booked: it starts ${day(round.slotStartsOn)}.`)] : []),
        para(
          contacts.length > 0
            ? `${contacts.join(' or ')} will contact you about the fees. Reply to this mail with any question.`
            : 'We will contact you about the fees. Reply to this mail with any question.',
        ),
      ],
    };
  },

  'certification-failed': (context) => {
    const { project } = context;
    const round = roundOf(context);
    const included = rules(project).certification.roundsIncludedBeforeFees;
    const feedback = context.extras?.note ?? round?.feedback;
    return {
      subject: `Certification ${roundName(round)}: changes needed`,
      blocks: [
        para(`Certification ${roundName(round)} for ${named(project)} did not pass. The integrations team's feedback:`),
        written(feedback, 'The feedback follows in a separate mail from the integrations team.'),
        para('The integration goes back to development. Next:'),
        steps([
          'Make the changes and test them again.',
          'Reply READY FOR CERTIFICATION with everything we need to access and test the integration.',
          'We then book the next round and tell you the dates.',
        ]),
        ...(round
          ? [
              para(
                round.number >= included
                  ? `That was round ${round.number}; ${plural(included, 'round')} are included, so additional fees apply to the next one.`
                  : `That was round ${round.number} of the ${plural(included, 'round')} included; additional fees apply after that.`,
              ),
            ]
          : []),
        ...tcLine(project),
      ],
    };
  },

  certified: (context) => {
    const round = roundOf(context);
    return {
      subject: `Certified: ${short(context.project)}`,
      blocks: [
        para(`Congratulations: ${named(context.project)} passed certification${round ? ` in round ${round.number}` : ''}.`),
        para('Next is launch preparation:'),
        steps([
          'Your technical consultant checks the differences between the test and production servers and sends any configuration change to everyone.',
          'The integrations team then sends the production credentials.',
          'The integration goes live, and we monitor it together.',
        ]),
        para('Nothing is needed from you right now.'),
        ...tcLine(context.project),
      ],
    };
  },

  // 5. launch and monitoring
  'configuration-check': ({ project }) => ({
    subject: `Check production configuration for ${who(project)}`,
    blocks: [
      para(`${named(project)} is certified. Please verify the differences between the test and production servers.`),
      projectLine(project),
      para('Any differences you write are sent to every party; then the integrations team is asked for the production credentials.'),
      HOW_TO_ACT,
      cmd(project, 'configuration'),
    ],
  }),

  'configuration-differences': (context) => {
    const note = context.extras?.note;
    const none = !note || /^\s*none\.?\s*$/i.test(note);
    return {
      subject: `Production configuration for ${short(context.project)}`,
      blocks: [
        para(`Before go-live, your technical consultant checked the differences between the test and production servers for ${named(context.project)}.`),
        ...(none
          ? [para('There are no configuration differences: the production setup is the same as the test setup.')]
          : [quote(note), para('Please make these changes in your production setup before going live.')]),
        para('The production credentials follow in a separate mail from the integrations team. Reply to this mail with any question.'),
        ...tcLine(context.project),
      ],
    };
  },

  'production-credentials-needed': ({ project }) => {
    const clientSide = activeParties(project).filter((p) => p.role === 'client' || p.role === 'integrator');
    return {
      subject: `Production credentials needed for ${who(project)}`,
      blocks: [
        para(`${named(project)} is certified and its configuration is checked. Please give the production credentials to the system.`),
        projectLine(project),
        ...credentialsBlocks(project, 'production-credentials'),
        para('The system mails them only to verified client and integrator addresses:'),
        list(
          clientSide.length > 0
            ? clientSide.map((p) => `${partyLabel(p)}: ${p.verified ? 'verified' : 'not verified, will not receive them'}`)
            : ['No client or integrator is recorded yet.'],
        ),
      ],
    };
  },

  'production-credentials': (context) => {
    const credentials = context.extras?.credentials;
    return {
      subject: `Production credentials for ${short(context.project)}`,
      blocks: [
        para(`${named(context.project)} is certified and ready for production.`),
        ...(credentials && credentials.trim() !== ''
          ? [
              para('Your production credentials:'),
              quote(credentials),
              para(
                'Keep them private: share them only with the people who set up the integration, and never post them in tickets, chat or code. Tell us at once if you think they have leaked.',
              ),
            ]
          : [para('Your production credentials follow in a separate mail. Keep them private when they arrive.')]),
        para('Next: set the integration up on production, with any configuration changes we sent, and reply to this mail when it is live or if something does not work.'),
        ...tcLine(context.project),
      ],
    };
  },

  'go-live-ready': ({ project }) => {
    const { monitoringDays, checkInEveryDays } = rules(project);
    return {
      subject: `Go-live for ${who(project)}`,
      blocks: [
        para(`The production credentials for ${named(project)} have been sent. Please confirm when the integration is live.`),
        projectLine(project),
        para(
          `Recording it starts the ${plural(monitoringDays, 'day')} of monitoring, with a check-in to every party every ${plural(checkInEveryDays, 'day')}.`,
        ),
        HOW_TO_ACT,
        cmd(project, 'live'),
      ],
    };
  },

  'went-live': ({ project }) => {
    const { monitoringDays, checkInEveryDays } = rules(project);
    return {
      subject: `Live: ${short(project)}`,
      blocks: [
        para(`${named(project)} is live. Thank you all for your work.`),
        para(
          `For the next ${plural(monitoringDays, 'day')} we all monitor it, and we check in every ${plural(checkInEveryDays, 'day')}.`,
        ),
        para('If anything goes wrong, reply to this mail at once with what happened, when, and example IDs (transactions, members, cards).'),
        ...tcLine(project),
      ],
    };
  },

  'monitoring-check-in': ({ project }) => ({
    subject: `Check-in: how is ${short(project)} going?`,
    blocks: [
      para(
        `We are checking in on ${named(project)} during its ${plural(rules(project).monitoringDays, 'day')} of monitoring after go-live.`,
      ),
      para(
        'Is everything working? Reply to this mail with any problem: what happened, when, and example IDs. If all is well, no reply is needed.',
      ),
      ...tcLine(project),
    ],
  }),

  'project-closed': ({ project }) => ({
    subject: `Project closed: ${short(project)}`,
    blocks: [
      para(
        `The ${plural(rules(project).monitoringDays, 'day')} of monitoring for ${named(project)} are over, and the project is now closed. Thank you for working with us.`,
      ),
      para('Nothing more is needed from you. If something goes wrong later, reply to this mail or contact your technical consultant.'),
      ...tcLine(project),
    ],
  }),

  // any step
  'step-reminder': (context) => {
    const { project } = context;
    const step = oneLine(context.extras?.stepLabel ?? '') || 'the next step';
    const waitingFor = oneLine(context.extras?.waitingFor ?? '');
    const number = context.extras?.reminderNumber;
    const actions = stageCommands(project);
    return {
      subject: `Reminder: ${clip(step, 30)} for ${clip(clientName(project), 24)}`,
      blocks: [
        para(
          `${number ? `Reminder ${number}` : 'A reminder'}: ${named(project)} is still waiting for ${step}${waitingFor ? ` (from ${waitingFor})` : ''}.`,
        ),
        projectLine(project),
        ...(actions.length > 0
          ? [para(`If the step is done, record it. The commands of the current stage (${oneLine(project.phase ?? '')}):`), HOW_TO_ACT, ...actions]
          : [para('Please check the project and record the step when it is done.')]),
      ],
    };
  },

  'reply-reminder': (context) => {
    const { project } = context;
    const step = oneLine(context.extras?.stepLabel ?? '');
    const waitingFor = oneLine(context.extras?.waitingFor ?? '');
    const open = (['work-order', 'schedule'] as const).some((subject) =>
      latestApproval(project, subject)?.decisions.some((d) => d.decision === 'pending'),
    );
    return {
      subject: step ? `Reminder: ${clip(step, 50)}` : 'Reminder: we are waiting for your reply',
      blocks: [
        para(reminderLead(context, `we are still waiting for your reply about ${step ? `${step} for ` : ''}${named(project)}.`)),
        ...(waitingFor ? [para(`Waiting for: ${waitingFor}.`)] : []),
        para(
          open
            ? 'Reply APPROVED, or tell us what to change.'
            : 'Please reply to this mail with your answer. If you need more time or have a question, tell us that too.',
        ),
        ...tcLine(project),
      ],
    };
  },
};
