import { list, para, renderBlocks, type Block } from '../../notices/blocks';
import { processOf } from '../../processes/registry';
import type { Project, UnmatchedMail } from '../../project/schemas';
import { BusinessCalendar } from '../../timeline/calendar';
import { formatDay, instantOn, localDate, type IsoDate } from '../../timeline/dates';
import { deadlineEvent, overdueCount, sinceKey } from '../deadlines';
import type { LifecyclePorts } from '../ports';
import { currentStep } from '../steps';
import { composeNotice } from './compose';

/*
 * The daily digest (docs/workflow.md#reminders): one mail a business day to each PM (the staff
 * party of their projects: the PM, the TC), only when something is overdue, due today, waiting on
 * them, open, or unmatched, each line with the one command that acts on it. Assembled from two reads
 * (the active projects and the inbox), once per run for every PM: a scheduled batch, not a request path.
 */

/** The local hour from which a PM's digest may go out, on a business day of their projects' calendar. */
export const DIGEST_HOUR = 8;

/** What a digest line is about, in the order the mail lists them. */
export const DIGEST_KINDS = ['overdue', 'due-today', 'waiting-on-you', 'question', 'change-request', 'unmatched'] as const;
export type DigestKind = (typeof DIGEST_KINDS)[number];

/** One line of a digest: which project (none for an unmatched mail), what, since when, and the command that acts on it. */
export interface DigestItem {
  readonly kind: DigestKind;
  readonly projectId?: string;
  readonly client?: string;
  readonly what: string;
  /** When it began (the step's wait, the question, the mail's arrival): an instant. */
  readonly since: string;
  /** One line: the CLI command, and the reply form where there is one. */
  readonly command: string;
}

/** A PM's digest for a local date: the address, the date, and its items (empty: a quiet day, no mail). */
export interface Digest {
  readonly to: string;
  readonly date: IsoDate;
  readonly items: readonly DigestItem[];
}

/** What one run of {@link sendDigests} did, per PM address. */
export interface DigestRun {
  readonly sent: readonly { readonly to: string; readonly date: IsoDate; readonly items: number }[];
  /** PMs with nothing to list today: no mail. */
  readonly quiet: readonly string[];
  /** PMs whose digest of the day was already sent. */
  readonly already: readonly string[];
  /** PMs for whom it is not yet time (before 08:00 local, or not a business day). */
  readonly notNow: readonly string[];
}

/** The staff party that owns a project: the process's greeting role (the PM, the TC) if active, else its first active staff party. */
export function staffOwner(project: Project): string | undefined {
  const module = processOf(project);
  const active = project.parties.filter((p) => p.active && module.staffRoles.has(p.role));
  const owner = active.find((p) => p.role === module.greetingRole.staff) ?? active[0];
  return owner?.email.toLowerCase();
}

const words = (step: string, project: Project): string => processOf(project).stepWords(step)?.stepLabel ?? step.replace(/-/g, ' ');
const pm = (project: Project, args: string) => `npx integrations pm ${project.id} ${args}`;

/** The step a project waits on, as a digest line, when it is overdue, due today, or waiting on staff. */
function stepItem(project: Project, today: IsoDate, now: string, every: number): DigestItem | undefined {
  const step = currentStep(project);
  if (!step) return undefined;
  const module = processOf(project);
  const key = sinceKey(project, step, project.testingCycle);
  const since = project.progress[key]?.at;
  const command = module.staffCommand(project, step);
  let kind: DigestKind | undefined;
  if (since) {
    const event = deadlineEvent(project, step, since, project.reminders[key] ?? 0, every);
    const overdueSent = overdueCount(project, key) > 0;
    if (overdueSent || (event.overdue && event.at <= now)) kind = 'overdue';
    else if (event.overdue && localDate(event.at, project.timeZone) === today) kind = 'due-today';
  }
  if (!kind && command) kind = 'waiting-on-you';
  if (!kind) return undefined;
  const who = command ? '' : `, waiting on ${module.stepWords(step)?.waitingFor ?? 'the client side'}`;
  const what = `${kind === 'due-today' ? 'becomes overdue today' : kind === 'overdue' ? 'overdue' : 'waiting on you'}: ${words(step, project)}${who}`;
  return {
    kind,
    projectId: project.id,
    client: project.client.name,
    what,
    since: since ?? project.updatedAt,
    command: command
      ? `${pm(project, command.cli)}   (or reply ${command.reply})`
      : `npx integrations show ${project.id}   (chase it; the client is reminded too)`,
  };
}

/** The items of one project owned by the PM: its step, its open questions and change requests. */
function projectItems(project: Project, today: IsoDate, now: string, every: number): DigestItem[] {
  const about = { projectId: project.id, client: project.client.name };
  const show = `npx integrations show ${project.id}   (answer on the project's thread, [${project.id}] in the subject)`;
  const step = stepItem(project, today, now, every);
  return [
    ...(step ? [step] : []),
    ...project.questions
      .filter((q) => !q.answeredAt)
      .map((q) => ({
        kind: 'question' as const,
        ...about,
        what: `open question ${q.id} from ${q.askedBy}: ${oneLine(q.text)}`,
        since: q.askedAt,
        command: show,
      })),
    ...project.changeRequests
      .filter((c) => c.status === 'open')
      .map((c) => ({
        kind: 'change-request' as const,
        ...about,
        what: `open change request ${c.id}: ${oneLine(c.summary)}`,
        since: c.requestedAt,
        command: show,
      })),
  ];
}

/**
 * Unmatched mail goes to the PMs of its candidate projects when it has any (the sender is a party of
 * several), else to every PM: the inbox has no owner (the team address is optional), and mail that
 * found no project is most often a client of someone's project writing from a new address.
 */
function unmatchedItems(inbox: readonly UnmatchedMail[], owned: readonly Project[]): DigestItem[] {
  const ids = new Set(owned.map((p) => p.id));
  return inbox
    .filter((mail) => mail.candidates.length === 0 || mail.candidates.some((id) => ids.has(id)))
    .map((mail) => {
      const target = mail.candidates.find((id) => ids.has(id)) ?? 'INT-…';
      return {
        kind: 'unmatched' as const,
        what: `unmatched mail ${mail.mailId} from ${mail.from}: ${oneLine(mail.subject) || '(no subject)'}`,
        since: mail.receivedAt,
        command: `npx integrations assign ${mail.mailId} ${target}   (every mail waiting: npx integrations inbox)`,
      };
    });
}

const oneLine = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
};

/** Pure: the digest of `address` on `date` from what was read once (the active projects, the inbox). */
export function assembleDigest(
  address: string,
  date: IsoDate,
  now: string,
  data: { readonly projects: readonly Project[]; readonly inbox: readonly UnmatchedMail[] },
  every: number,
): Digest {
  const to = address.toLowerCase();
  const owned = data.projects.filter((p) => staffOwner(p) === to).sort((a, b) => a.id.localeCompare(b.id));
  const items = [...owned.flatMap((p) => projectItems(p, date, now, every)), ...unmatchedItems(data.inbox, owned)];
  const rank = (item: DigestItem) => DIGEST_KINDS.indexOf(item.kind);
  return { to, date, items: items.sort((a, b) => rank(a) - rank(b) || a.since.localeCompare(b.since)) };
}

/** The digest of a PM for a local date, read now (the active projects and the unmatched inbox). */
export async function digestFor(ports: LifecyclePorts, pmAddress: string, date: IsoDate): Promise<Digest> {
  const [projects, inbox] = await Promise.all([ports.store.listActive(), ports.store.listUnmatched()]);
  return assembleDigest(pmAddress, date, ports.clock.now(), { projects, inbox }, ports.config.overdueReminderEveryBusinessDays);
}

const HEADINGS: Readonly<Record<DigestKind, string>> = {
  overdue: 'Overdue',
  'due-today': 'Due today',
  'waiting-on-you': 'Waiting on you',
  question: 'Open questions',
  'change-request': 'Open change requests',
  unmatched: 'Mail that found no project',
};

/** The digest as blocks: a heading and one line per item, grouped by kind. */
export function digestBlocks(digest: Digest, zone: string, teamName: string): Block[] {
  const blocks: Block[] = [para(`Your integration projects on ${formatDay(digest.date)}: what needs you today, with the command that acts on each.`)];
  for (const kind of DIGEST_KINDS) {
    const items = digest.items.filter((i) => i.kind === kind);
    if (items.length === 0) continue;
    blocks.push(para(`${HEADINGS[kind]}:`));
    blocks.push(
      list(
        items.map((i) => {
          const project = i.projectId ? `${i.projectId} (${oneLine(i.client ?? '')}) ` : '';
          return `${project}${i.what}; since ${formatDay(localDate(i.since, zone))} → ${i.command}`;
        }),
      ),
    );
  }
  blocks.push(para('Each line’s command acts on it; replying to this digest does nothing. A day with nothing to list sends no digest.'));
  blocks.push(para(`— ${teamName}`));
  return blocks;
}

/**
 * Sends each PM's digest, once per local date: for every staff owner of an active project, in the
 * zone and holiday calendar of their first project (by id), on a business day at or after 08:00
 * local, when there is at least one item. The day is claimed in the table before the mail is sent
 * (`DIGEST#<address> / DAY#<date>`), so two runs, or a retry, never send two; a quiet day sends none.
 * Run hourly (EventBridge Scheduler on AWS, the runtime's clock locally).
 */
export async function sendDigests(ports: LifecyclePorts, now: string): Promise<DigestRun> {
  const [projects, inbox] = await Promise.all([ports.store.listActive(), ports.store.listUnmatched()]);
  const homes = new Map<string, Project>();
  for (const project of [...projects].sort((a, b) => a.id.localeCompare(b.id))) {
    const owner = staffOwner(project);
    if (owner && !homes.has(owner)) homes.set(owner, project);
  }
  const run = { sent: [] as { to: string; date: IsoDate; items: number }[], quiet: [] as string[], already: [] as string[], notNow: [] as string[] };
  for (const [address, home] of homes) {
    const date = localDate(now, home.timeZone);
    if (!new BusinessCalendar(home.holidays).isBusinessDay(date) || now < instantOn(date, home.timeZone, DIGEST_HOUR)) {
      run.notNow.push(address);
      continue;
    }
    const digest = assembleDigest(address, date, now, { projects, inbox }, ports.config.overdueReminderEveryBusinessDays);
    if (digest.items.length === 0) {
      run.quiet.push(address);
      continue;
    }
    if (!(await ports.store.claimDailyDigest(address, date, now))) {
      run.already.push(address);
      continue;
    }
    const subject = `Your integrations digest for ${formatDay(date)}: ${digest.items.length} ${digest.items.length === 1 ? 'item' : 'items'}`;
    const blocks = digestBlocks(digest, home.timeZone, ports.config.teamName);
    const mail = await composeNotice({
      fromName: ports.config.teamName,
      from: ports.config.serviceAddress,
      to: [address],
      replyTo: ports.config.serviceAddress,
      notice: renderBlocks(subject, blocks),
      date: now,
      autoSubmitted: 'auto-generated',
    });
    await ports.mailer.send(mail);
    run.sent.push({ to: address, date, items: digest.items.length });
  }
  return run;
}
