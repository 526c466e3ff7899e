import type { z } from 'zod';
import type { Outcome, Audience, NoticeRequest } from '../lifecycle/outcome';
import type { LifecyclePorts } from '../lifecycle/ports';
import type { ServiceConfig } from '../lifecycle/config';
import type { MailReading } from '../mail/schemas';
import type { StepQuestion } from '../mail/reading/interpret';
import type { DocumentName } from '../mail/reading/types';
import type { Build } from '../notices/sections';
import type { Party, Project } from '../project/schemas';
import type { QueuedProject } from '../timeline/feasibility';
import type { Evidence } from '../timeline/schemas';
import type { ProcessDefinition } from './definition';

/** How the record satisfies an awaited step; the workflows' Choice states branch on these words. */
export type StepOutcome = 'done' | 'approved' | 'feedback' | 'feasible' | 'not-feasible' | 'certified' | 'failed';

/** Where an execution (re)started from the record resumes: a step, or one of the ends a workflow knows. */
export type ResumePoint = string;

/**
 * When the next reminder or escalation of an awaited step falls due, and what it sends. Pure:
 * the workflow's callback task times out at `at`, and the remind task sends what is due.
 */
export interface DeadlineEvent {
  readonly at: string;
  /** Notices to send when it falls due: to the client, to staff, or both. */
  readonly client?: string;
  readonly staff?: string;
  /** Who gets the `client` notice (default: the client side). */
  readonly audience?: Audience;
  readonly overdue: boolean;
}

/** What a reply is read against: the step it answers, who sent it, and the queue near a launch date. */
export interface ReplyContext {
  /** The step the reply was correlated to (from its reply key), if any. */
  readonly step?: string;
  readonly sender: Party | undefined;
  readonly at: string;
  readonly evidence: Extract<Evidence, { kind: 'mail' }>;
  /** Other active projects, for the queue check when a launch date is set. */
  readonly queue: { readonly capacity?: number; readonly others: readonly QueuedProject[] };
}

/** Who acts, when, on what evidence; for an action that carries a secret, the secret already sealed. */
export interface ActionContext {
  readonly by: string;
  readonly at: string;
  readonly evidence: Evidence;
  /** For an action that carries a secret: the secret sealed by the deployment's key (never the plain one). */
  readonly sealed?: string;
  /** The service address's domain (calendar invite ids). */
  readonly serviceDomain: string;
}

/** Refuses a staff action with a one-line reason (StaffActionRefusedError). */
export type Refuse = (message: string) => never;

/** A staff action as the engine carries it: a name and its fields, validated by its process's schema. */
export interface ActionInput {
  readonly action: string;
  readonly [field: string]: unknown;
}

/** What the workflow's notify task sends, after the record was brought up to date for it. */
export interface PreparedNotice {
  readonly project: Project;
  /** The notice to send; another one than asked when a gate is closed, none when nothing is due. */
  readonly request?: NoticeRequest;
  /** Applied to the record in the write that marks the notice sent. */
  readonly after?: (project: Project) => Project;
}

/** An option of `integrations new` a process needs, and the field of its creation input it fills. */
export interface CreateOption {
  readonly flag: string;
  readonly description: string;
}

/** A staff command in its two forms: the first line of a reply, and the CLI arguments (`contract-reviewed`). */
export interface StaffCommand {
  readonly reply: string;
  readonly cli: string;
}

/** What a staff member said in `integrations new`, and helpers to read people and required values. */
export interface CreateOptionReader {
  readonly value: (option: string) => string | undefined;
  readonly required: (option: string) => string;
  readonly person: (option: string, value: string) => { name: string; email: string };
}

/**
 * One process: everything that differs between processes lives behind this interface, in the
 * process's own folder (`shared/processes/<id>/`), and the registry lists the modules. The engine,
 * the CLI, the runtimes and the stack know a process only through it (docs/processes.md).
 */
export interface ProcessModule {
  readonly id: string;
  /** The process's short name in sentences: `a step of the EventTech process`. */
  readonly title: string;
  readonly definition: ProcessDefinition;

  // --- Steps ---------------------------------------------------------------------------------
  /** The awaited steps in order: the workflow waits at each until its condition holds on the record. */
  readonly steps: readonly string[];
  /** Steps that run again in every cycle: their progress keys carry the cycle (`qa-complete#2`). */
  readonly perCycleSteps: ReadonlySet<string>;
  /** Steps a client's yes or no decides: a stale reply key must not decide them. */
  readonly decisionSteps: ReadonlySet<string>;
  /**
   * Steps where a client's no moves nothing until the PM reads it: it opens a review, as an unsure reading does (the EventTech
   * details: a correction is the PM's to settle, and a confirmation read as a no must not be stuck).
   */
  readonly pmReadsNo?: ReadonlySet<string>;
  /** Whether the record satisfies `step` in `cycle`, and how. */
  stepOutcome(project: Project, step: string, cycle: number): StepOutcome | undefined;
  /** Where an execution started from the record resumes: the first step not satisfied, or an end. */
  locate(project: Project): ResumePoint;
  /** Resume points that are not steps (`done`, a monitoring period): the project waits on no step there. */
  readonly ends: readonly string[];
  /** The state a client's decision on `step` changes, compared before and after a lost write race. */
  decisionMark(project: Project, step: string): string;

  /** The workflow the stack builds for this process. */
  readonly workflow: WorkflowSpec;

  // --- Creating a project --------------------------------------------------------------------
  /** What creating a project takes; its `process` field is this module's id. */
  readonly newProject: z.ZodObject;
  /** A new record at version 0 from an input of {@link newProject}'s shape. */
  create(id: string, input: unknown, now: string): Project;
  /** `integrations new`: the options this process needs, how they make its input, and what to say after. */
  readonly cli: {
    readonly options: readonly CreateOption[];
    input(read: CreateOptionReader): Record<string, unknown>;
    created(project: Project): string;
  };

  // --- Replies and staff actions --------------------------------------------------------------
  /** Applies a party's reply (not a bounce or an auto-reply) to the record. Pure. */
  readReply(project: Project, reading: MailReading, context: ReplyContext): Outcome;
  /**
   * What the step a reply answers asked (an approval, a confirmation, testing, readiness, a
   * delivery, or nothing in particular): the reader reads the reply against it, so that "Yes"
   * approves a plan and "found two issues" is testing feedback.
   */
  replyQuestion(step: string | undefined): StepQuestion;
  /**
   * The documents other steps ask a yes to, that a reply to this step may speak of ("attached is the signed work order", to
   * the schedule's notice, or to the IDI's before it): a yes to one of them is not this step's yes. None when left out.
   */
  otherDocuments?(step: string | undefined): readonly DocumentName[];
  /**
   * Whether the step asks the client for the launch day (EventTech's details): there a day the reply names with no word of the
   * launch beside it ("all correct, march 3 is still the date") is the launch day. No step does when left out.
   */
  asksLaunchDay?(step: string | undefined): boolean;
  /**
   * The items a reply delivers and those it names as still to come, by this process's item ids
   * (EventTech requirements, Paytronix certification materials); undefined when the process has none.
   */
  itemsIn?(reading: MailReading): { readonly delivered: readonly string[]; readonly pending: readonly string[] };
  /** Whether a reply needs the queue of projects near its launch date (read before the decision). */
  readsLaunchQueue(project: Project, reading: MailReading): boolean;
  /** Staff are parties too: a staff reply without a command is read as a party's reply. */
  readonly staffReplyWithoutCommandIsPartyReply: boolean;
  /** The staff actions (zod objects with an `action` literal), the same in the CLI and by mail. */
  readonly actions: readonly z.ZodObject[];
  /** Actions that carry a secret (action → the secret's name): CLI only, sealed on arrival. */
  readonly secretActions: Readonly<Record<string, string>>;
  /** How a staff reply's first line names an action, beyond the action's own name in capitals. */
  readonly mailCommands: {
    /** Reply forms that are another name for an action (`FAILED` → `certification-failed`). */
    readonly aliases: Readonly<Record<string, string>>;
    /** A note the form implies when the reply has none (`CONFIGURATION NONE`). */
    readonly impliedNotes: Readonly<Record<string, string>>;
    /** Actions only a form of their own gives (a date after the name): never from the bare name. */
    readonly formOnly: readonly string[];
    /** Reads such a form from the first line; undefined when the line is not one. */
    parse(firstLine: string): ActionInput | undefined;
  };
  /** Applies a staff action of this process. Refusals go through `refuse`. */
  applyAction(project: Project, command: ActionInput, context: ActionContext, refuse: Refuse): Outcome;

  // --- Deadlines and reminders ------------------------------------------------------------------
  /** The `n`-th (0-based) reminder or escalation of `step`, counted from `since`; `every` is the overdue cadence. */
  deadline(project: Project, step: string, since: string, n: number, every: number): DeadlineEvent;
  /**
   * The staff command that settles `step` now, when the step waits on vendor staff (the daily
   * digest lists it as waiting on them): its reply form and its CLI arguments after
   * `npx integrations pm <id>`. Undefined when the step waits on someone else.
   */
  staffCommand(project: Project, step: string): StaffCommand | undefined;
  /** A step in words and who it waits for, for reminder notices that say so. */
  stepWords(step: string): { readonly stepLabel: string; readonly waitingFor: string } | undefined;
  /** The due date of a milestone a workflow waits for ("wait until a milestone"). */
  milestoneDue(project: Project, milestone: string): string | undefined;

  // --- Notices ---------------------------------------------------------------------------------
  /** Every notice this process sends, by template id, the engine's own ones ({@link ENGINE_TEMPLATES}) included. */
  readonly templates: Readonly<Record<(typeof ENGINE_TEMPLATES)[number], Build> & Record<string, Build>>;
  /** The templates addressed to vendor staff (they get the staff greeting and footer). */
  readonly staffTemplates: ReadonlySet<string>;
  /** Whose first name a notice greets: the staff owner's, the client's, or none (`Hello,`). */
  readonly greetingRole: { readonly staff?: string; readonly client?: string };
  /** Roles of vendor staff who act by command (reply first line or CLI). */
  readonly staffRoles: ReadonlySet<string>;
  /** Roles on the client side (client and partner parties). */
  readonly clientRoles: ReadonlySet<string>;
  /** The addresses of the audiences whose meaning differs by process: `client` and `commercial`. */
  recipients(project: Project, to: 'client' | 'commercial'): string[];
  /** Templates that carry a sealed secret (template → secret name), opened only to render them. */
  readonly templateSecrets: Readonly<Record<string, string>>;
  /** Brings the record up to date for a notice the workflow sends; undefined sends it as asked. */
  prepareNotice(ports: LifecyclePorts, project: Project, request: NoticeRequest): Promise<PreparedNotice | undefined>;
  /**
   * What a decision changes outside the record, once it is saved (a staff action or a reply): e.g. a
   * failed certification round gives its weekly slot back. Idempotent: a retry may run it again.
   */
  afterDecision(ports: LifecyclePorts, before: Project, after: Project): Promise<void>;
  /** An iCalendar invitation a notice carries, if any. */
  calendarFor(project: Project, template: string, config: ServiceConfig, attendees: readonly string[], now: string): string | undefined;
}

/** One state of a workflow stage: send a notice, await a step, or wait until a milestone's date. */
export type WorkflowAction =
  | { readonly notify: string; readonly to: Audience; readonly label: string }
  | { readonly await: string; readonly label: string }
  | { readonly waitUntil: string; readonly label: string };

/**
 * A stretch of a process's workflow. Its `id` is where an execution resumes when it is one of the
 * process's steps or ends; other stages are reached only from another (a Choice's branch).
 */
export interface WorkflowStage {
  readonly id: string;
  readonly actions: readonly WorkflowAction[];
  /**
   * What follows: by default the next stage of the list; or a Choice on how the awaited step ended
   * (outcome → stage id), named `choice`; or an end of the workflow (a Succeed state of that name).
   */
  readonly next?: { readonly choice: string; readonly on: Readonly<Partial<Record<StepOutcome, string>>> } | { readonly end: string };
}

/**
 * A process's workflow as data: the stack builds its state machine from it with the shared
 * fragments (infra/workflows/), and the local runtime runs the ASL that synthesizes.
 */
export interface WorkflowSpec {
  readonly stages: readonly WorkflowStage[];
  /** The end state an execution of a finished project resumes at (`done`). */
  readonly done: string;
  /** The names the deployed stack gives the state machine; changing one replaces it and stops its running executions. */
  readonly deployment: {
    readonly constructId: string;
    /** The stack output holding the state machine's ARN. */
    readonly outputId: string;
    /** Prefix of its `ExecutionsFailed` and `ExecutionsTimedOut` alarms. */
    readonly alarmPrefix: string;
  };
}

/** Templates the engine itself asks for, whatever the process: every module words its own. */
export const ENGINE_TEMPLATES = ['not-acted-on', 'question-for-pm', 'overdue-escalation', 'reply-needs-review'] as const;
