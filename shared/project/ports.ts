import type { IsoDate } from '../timeline/dates';
import { ProjectVersionConflictError } from './errors';
import type { MailRecord, Project, UnmatchedMail } from './schemas';

/** What a message claim records: which project the mail was processed for, and when. */
export interface MessageClaim {
  readonly messageId: string;
  readonly projectId?: string;
  readonly at: string;
}

/**
 * The project store (one DynamoDB table in AWS, dynalite locally). Every write of a project is
 * version-checked; no method scans the table. See docs/table-design.md for the keys.
 */
export interface ProjectStore {
  /** A fresh sequential id such as `INT-1001`. */
  nextProjectId(): Promise<string>;
  /** Stores a new project at version 1. @throws ProjectAlreadyExistsError */
  create(project: Project): Promise<Project>;
  get(id: string): Promise<Project | undefined>;
  /** @throws ProjectNotFoundError */
  require(id: string): Promise<Project>;
  /**
   * Writes `project` if the stored version still equals `project.version`; returns it at the next
   * version. @throws ProjectVersionConflictError when someone else wrote first.
   */
  save(project: Project): Promise<Project>;
  /** Projects that are not finished (not live, closed or ended), newest first. */
  listActive(): Promise<Project[]>;
  /** Finished projects (live, closed, ended), the most recently changed first, at most `limit`. */
  listEnded(limit?: number): Promise<Project[]>;
  /** Active projects whose current launch date lies in [from, to]. */
  listByLaunch(from: IsoDate, to: IsoDate): Promise<Project[]>;
  /**
   * The projects an address is a party of, from the per-address links written with each project
   * (one Query, no scan). A link can lag its record after a crash between the two writes: callers
   * that act on a link check it against the record.
   */
  projectsOfParty(address: string): Promise<PartyLink[]>;
  /**
   * Mail log entries and the outbound Message-IDs that go with them, in one batch request (25 items
   * a request). Each item is an unconditional put of its own key, so writing them again is harmless.
   * @throws UnprocessedWritesError when throttled items are still unwritten after retries
   */
  logMail(mails: readonly MailRecord[], outbound?: readonly OutboundRef[]): Promise<void>;
  /** The project's mail log, oldest first. */
  listMail(projectId: string): Promise<MailRecord[]>;
  /**
   * Records that a Message-ID has been processed. @throws DuplicateMessageError if it already was,
   * which is how at-least-once delivery becomes exactly-once effect.
   */
  claimMessage(claim: MessageClaim): Promise<void>;
}

/** An address's link to a project: its role there, and whether it is an active party of an active project. */
export interface PartyLink {
  readonly address: string;
  readonly projectId: string;
  readonly role: string;
  readonly active: boolean;
}

/** The links a project's record implies: one per party address (an address with several roles is active if any is). */
export function partyLinks(project: Pick<Project, 'id' | 'parties' | 'phase'>): PartyLink[] {
  const open = !FINISHED_PHASES.has(project.phase);
  const links = new Map<string, PartyLink>();
  for (const party of project.parties) {
    const address = party.email.toLowerCase();
    const active = open && party.active;
    const known = links.get(address);
    if (!known || (active && !known.active)) links.set(address, { address, projectId: project.id, role: party.role, active });
  }
  return [...links.values()].sort((a, b) => a.address.localeCompare(b.address));
}

/**
 * Mail that found no project (docs/table-design.md#unmatched-mail): kept for a person until staff
 * give it to a project, with the day-by-day record of which senders were answered.
 */
export interface InboxStore {
  /**
   * Stores a mail that found no project unless one with its id is stored already (a redelivery):
   * returns what is stored, and whether this call stored it.
   */
  putUnmatched(mail: UnmatchedMail): Promise<{ readonly mail: UnmatchedMail; readonly created: boolean }>;
  getUnmatched(mailId: string): Promise<UnmatchedMail | undefined>;
  /** Unmatched mail not yet given to a project, newest first (a sparse index: no scan). */
  listUnmatched(): Promise<UnmatchedMail[]>;
  /** Notes that the team was sent the mail, or its sender answered. */
  markUnmatched(mailId: string, marks: { readonly forwardedAt?: string; readonly answeredAt?: string }): Promise<void>;
  /**
   * Gives the mail to a project, once: it leaves the list. @throws UnmatchedMailNotFoundError,
   * MailAlreadyAssignedError (someone assigned it first)
   */
  assignUnmatched(mailId: string, assigned: NonNullable<UnmatchedMail['assigned']>): Promise<UnmatchedMail>;
  /** Records what reading it in the project did; `undo` puts it back in the list (the reading failed). */
  settleUnmatched(mailId: string, assigned: NonNullable<UnmatchedMail['assigned']> | 'undo'): Promise<void>;
  /** Takes the one answer `address` may get on `day` (UTC): false when it already had it. */
  claimDailyAnswer(address: string, day: IsoDate, mailId: string): Promise<boolean>;
  /** Takes the one daily digest `address` may get on `day` (its local date): false when it already had it. */
  claimDailyDigest(address: string, day: IsoDate, at: string): Promise<boolean>;
}

/** Phases after which a project holds no place in queues or lists of work. */
export const FINISHED_PHASES: ReadonlySet<Project['phase']> = new Set(['live', 'closed', 'ended']);

/** How often {@link updateProject} re-reads and retries after losing a race. */
export const MAX_UPDATE_ATTEMPTS = 5;

/**
 * Read–decide–write with optimistic concurrency: `decide` gets the current record and returns the
 * new one (or the same object to write nothing). On a lost race it is called again with the fresher
 * record, so a decision is always made on what is stored. `current`, when given, stands in for the
 * first read: it must be a record as stored at its version (a stale one just loses the race).
 */
export async function updateProject(
  store: ProjectStore,
  id: string,
  decide: (current: Project) => Project | Promise<Project>,
  options: { readonly current?: Project; readonly maxAttempts?: number } = {},
): Promise<Project> {
  const maxAttempts = options.maxAttempts ?? MAX_UPDATE_ATTEMPTS;
  // A caller that just read the record passes it and saves a read; a stale one only costs a lost race.
  let known = options.current;
  for (let attempt = 1; ; attempt += 1) {
    const current = known ?? (await store.require(id));
    known = undefined;
    const next = await decide(current);
    if (next === current) return current;
    try {
      return await store.save({ ...next, version: current.version });
    } catch (error) {
      if (!(error instanceof ProjectVersionConflictError) || attempt >= maxAttempts) throw error;
    }
  }
}

/** A workflow task waiting on a step: its task token, stored under the project, never in mail. */
export interface StepWait {
  readonly projectId: string;
  readonly step: string;
  readonly token: string;
  readonly cycle: number;
  readonly since: string;
}

/** What an outbound mail was about, found again by its Message-ID (the In-Reply-To fallback). */
export interface OutboundRef {
  readonly messageId: string;
  readonly projectId: string;
  readonly step?: string;
  readonly template: string;
}

/** The correlation items of the same table: waiting task tokens and outbound Message-IDs. */
export interface CorrelationStore {
  putWait(wait: StepWait): Promise<void>;
  /** Every wait of a project in one query. */
  listWaits(projectId: string): Promise<StepWait[]>;
  deleteWait(projectId: string, step: string): Promise<void>;
  getOutbound(messageId: string): Promise<OutboundRef | undefined>;
  /**
   * Takes one place of a capacity-limited slot (a certification week) for `member`, atomically:
   * false when the slot is full. Taking a place the member already holds succeeds again.
   */
  bookSlot(slot: string, member: string, capacity: number): Promise<boolean>;
  /** Gives a booked place back (a round that ended early); releasing one not held does nothing. */
  releaseSlot(slot: string, member: string): Promise<void>;
}
