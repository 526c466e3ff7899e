import { DateTime } from 'luxon';
import type { StagedCertificationRules } from '../../definition';
import { paytronix } from '../definition';
import type { CertificationRound, Party, Project } from '../../../project/schemas';
import { action, list, para, quote, steps, type Block } from '../../../notices/blocks';
import { clip, dayOf, oneLine, plural } from '../../../notices/format';
import { activeParty, clientName, title } from '../../../notices/sections';
import type { NoticeContext } from '../../../notices/types';

/*
 * The Paytronix process (docs/paytronix.md). The client side is the client and the integrator;
 * staff are the technical consultant (TC) and the integrations team. Every number of the process
 * (rounds included, business days, monitoring) is read from the process definition.
 */

// ---------------------------------------------------------------------------------------------
// Record helpers

/** The Paytronix rules; every number a notice shows comes from the process definition. */
export function rules(_project: Project): StagedCertificationRules {
  const candidate = paytronix.rules;
  if (candidate.kind === 'staged-certification') return candidate;
  throw new Error('the Paytronix process definition has no staged-certification rules');
}

export const vendor = (_project: Project): string => oneLine(paytronix.vendor) || 'Paytronix';
export const tz = (project: Project): string => project.timeZone ?? 'UTC';

/** A short client name for subjects, so the point of the subject still shows. */
export const who = (project: Project): string => clip(clientName(project), 30);
export const short = (project: Project): string => clip(title(project), 40);

/** "Loyalty website for Acme Dining": which project, in every notice. */
export const named = (project: Project): string => `${title(project)} for ${clientName(project)}`;

const ROLE_LABELS: Readonly<Record<string, string>> = {
  'technical-consultant': 'technical consultant',
  sales: 'sales representative',
  'integrations-team': 'integrations team',
  client: 'client',
  integrator: 'integrator',
};
export const roleLabel = (role: string): string => ROLE_LABELS[role] ?? oneLine(role);

export const activeParties = (project: Project): Party[] => (project.parties ?? []).filter((party) => party.active !== false);
export const partyLabel = (party: Party): string => `${oneLine(party.name)} (${roleLabel(party.role)})`;

/** A person in a decision: their name from the parties when known, else their address. */
export function decider(project: Project, email: string, role: string): string {
  const party = (project.parties ?? []).find((p) => p.email === email.toLowerCase());
  return `${party ? oneLine(party.name) : oneLine(email)} (${roleLabel(role)})`;
}

export type ApprovalSubject = 'work-order' | 'schedule';
export const latestApproval = (project: Project, subject: ApprovalSubject) =>
  [...(project.approvals ?? [])].reverse().find((approval) => approval.subject === subject);

/** The round a certification notice is about: the one given, else the latest on the record. */
export function roundOf(context: NoticeContext): CertificationRound | undefined {
  const rounds = context.project.certificationRounds ?? [];
  return context.extras?.round ?? rounds[rounds.length - 1];
}

export const roundName = (round: CertificationRound | undefined): string => (round ? `round ${round.number}` : 'the round');

export function tcLine(project: Project): Block[] {
  const tc = activeParty(project, 'technical-consultant');
  return tc ? [para(`Your technical consultant is ${oneLine(tc.name)} (${oneLine(tc.email)}).`)] : [];
}

/** `question-for-pm`: whom to answer, the active client and integrator by name, role and address. */
export function answerClientSide(project: Project): Block {
  const people = activeParties(project)
    .filter((party) => party.role === 'client' || party.role === 'integrator')
    .map((party) => `${oneLine(party.name)} (${roleLabel(party.role)}, ${oneLine(party.email)})`);
  const last = people.pop();
  if (last === undefined) return para('Please answer the client side directly.');
  return para(`Please answer ${people.length > 0 ? `${people.join(', ')} and ${last}` : last} directly.`);
}

export function reminderLead(context: NoticeContext, what: string): string {
  const number = context.extras?.reminderNumber;
  return number && number > 1 ? `This is reminder ${number}: ${what}` : `A reminder: ${what}`;
}

/** Text a person wrote for the notice (a work order, a schedule, feedback), shown as they wrote it. */
export function written(text: string | undefined, missing: string): Block {
  return text && text.trim() !== '' ? quote(text) : para(missing);
}

/** "Tue 2027-01-12, 15:00 to 16:00 (America/New_York time)", or undefined if the IDI is not set. */
export function idiWhen(project: Project): string | undefined {
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

export type Command = keyof typeof COMMANDS;

export function cmd(project: Project, name: Command, when?: string): Block {
  const [defaultWhen, reply, command] = COMMANDS[name];
  return action(when ?? defaultWhen, reply, cli(project, command));
}

/** The IDI command takes a local date and time; the placeholder shows the form, the text an example. */
export function idiCommand(project: Project): Block {
  return action(
    `Once agreed (the day and start time in ${oneLine(tz(project))} time in place of YYYY-MM-DD HH:MM, e.g. IDI 2027-01-12 15:00)`,
    'IDI YYYY-MM-DD HH:MM',
    cli(project, 'schedule-idi --at YYYY-MM-DDTHH:MM'),
  );
}

/** Credentials are never taken by mail: only the command line, from a file. */
export function credentialsBlocks(project: Project, kind: 'test-credentials' | 'production-credentials'): Block[] {
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
export function stageCommands(project: Project): Block[] {
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

export function approvalBlocks(project: Project, subject: ApprovalSubject): Block[] {
  const approval = latestApproval(project, subject);
  if (!approval) return [];
  const people = approval.decisions.map((d) => decider(project, d.email, d.role));
  const lead = approval.mode === 'all' ? 'Everyone listed must approve:' : 'One approval from any of these is enough:';
  return [para(lead), list(people)];
}

export function decisionsBlocks(project: Project, subject: ApprovalSubject): Block[] {
  const approval = latestApproval(project, subject);
  if (!approval) return [];
  return [para(`Answers so far (version ${approval.revision}):`), list(approval.decisions.map((d) => `${decider(project, d.email, d.role)}: ${d.decision}`))];
}

/** The name of whoever sent the mail, from the parties when known; for a subject. */
export function senderName(context: NoticeContext): string | undefined {
  const from = context.extras?.mail?.from;
  if (!from) return undefined;
  const party = (context.project.parties ?? []).find((p) => p.email === from.toLowerCase());
  return clip(party ? party.name : from, 30) || undefined;
}

export const APPROVE = para('Reply APPROVED, or tell us what to change.');

export function readyBlocks(project: Project): Block[] {
  const cert = rules(project).certification;
  return [
    para(
      'When development, QA and testing are complete, reply READY FOR CERTIFICATION and attach or include everything we need to access and test the integration:',
    ),
    list(['where to find it (web address, app build or download)', 'the logins and test cards to use', 'any setup steps or settings we need to know']),
    para(
      `We then book the next available certification slot and tell you the dates. A round ends no earlier than ` +
        `${plural(cert.minimumBusinessDaysAfterMaterials, 'business day')} after we have all the testing material.`,
    ),
  ];
}
