import { addDays, localDate } from '../../timeline/dates';
import type { ProcessModule } from '../types';
import { applyPaytronixAction, PAYTRONIX_ACTIONS, parsePaytronixCommand, SECRET_ACTIONS } from './actions';
import { idiInvitation } from './calendar';
import { paytronixRules } from './certification';
import { createPaytronixProject, NewPaytronixProject, paytronixCli } from './create';
import { PAYTRONIX_STEP_LABELS, paytronixDeadline } from './deadlines';
import { paytronix as definition } from './definition';
import { paytronixTemplates } from './notices';
import { PAYTRONIX_STAFF_TEMPLATE_IDS } from './notices/ids';
import { preparePaytronixNotice, releaseEndedRoundSlots } from './prepare';
import { materialsIn } from './materials';
import { readPaytronixReply } from './replies';
import {
  NOT_THE_WORK_ORDER,
  DECISION_STEPS,
  decisionMark,
  locate,
  PAYTRONIX_ENDS,
  PAYTRONIX_STEPS,
  type PaytronixStepId,
  PER_CYCLE,
  REPLY_QUESTIONS,
  stepOutcome,
} from './steps';
import { paytronixWorkflow } from './workflow';
import { paytronixStaffCommand } from './staff-commands';

const roles = (test: (party: (typeof definition.parties)[number]) => boolean) => new Set(definition.parties.filter(test).map((p) => p.role));
const clientRoles = roles((p) => p.side !== 'vendor');
const COMMERCIAL_ROLES: ReadonlySet<string> = new Set(['client', 'technical-consultant', 'sales']);

/**
 * The Paytronix integrations process with certification: discovery and feasibility, the IDI, a
 * work order and a schedule every party approves, the welcome gate, development and client QA,
 * certification rounds in weekly slots, production credentials, go-live and monitoring.
 */
export const paytronixProcess = {
  id: 'paytronix',
  title: 'Paytronix',
  definition,
  steps: PAYTRONIX_STEPS,
  workflow: paytronixWorkflow,
  perCycleSteps: PER_CYCLE,
  decisionSteps: DECISION_STEPS,
  stepOutcome,
  locate,
  ends: PAYTRONIX_ENDS,
  decisionMark,
  newProject: NewPaytronixProject,
  create: createPaytronixProject,
  cli: paytronixCli,
  readReply: readPaytronixReply,
  replyQuestion: (step) => (step ? (REPLY_QUESTIONS[step as PaytronixStepId] ?? 'open') : 'open'),
  otherDocuments: (step) => (step !== undefined && NOT_THE_WORK_ORDER.has(step) ? ['workOrder'] : []),
  itemsIn: materialsIn,
  readsLaunchQueue: () => false,
  // The TC, sales and the integrations team approve the schedule too: a staff reply without a command is theirs.
  staffReplyWithoutCommandIsPartyReply: true,
  actions: PAYTRONIX_ACTIONS,
  secretActions: SECRET_ACTIONS,
  mailCommands: {
    aliases: { failed: 'certification-failed', 'not-certified': 'certification-failed', 'configuration-none': 'configuration' },
    impliedNotes: { 'configuration-none': 'No differences between the test and production configuration.' },
    formOnly: ['schedule-idi'],
    parse: parsePaytronixCommand,
  },
  applyAction: applyPaytronixAction,
  deadline: paytronixDeadline,
  staffCommand: paytronixStaffCommand,
  stepWords(step) {
    const words = (PAYTRONIX_STEP_LABELS as Readonly<Record<string, { label: string; waitingFor: string }>>)[step];
    return words ? { stepLabel: words.label, waitingFor: words.waitingFor } : undefined;
  },
  /** Monitoring is counted from the go-live: `checkIn` after the check-in interval, `monitoringEnd` after the period. */
  milestoneDue(project, milestone) {
    const live = project.progress['live']?.at;
    if (!live) return undefined;
    const rules = paytronixRules();
    const days = milestone === 'checkIn' ? rules.checkInEveryDays : milestone === 'monitoringEnd' ? rules.monitoringDays : undefined;
    return days === undefined ? undefined : addDays(localDate(live, project.timeZone), days);
  },
  templates: paytronixTemplates,
  staffTemplates: new Set<string>([...PAYTRONIX_STAFF_TEMPLATE_IDS, 'question-for-pm', 'not-acted-on', 'overdue-escalation', 'reply-needs-review']),
  // Client-side notices go to several people (client and integrator): `Hello,`.
  greetingRole: { staff: 'technical-consultant' },
  staffRoles: roles((p) => p.actsBy === 'mail-or-cli'),
  clientRoles,
  recipients(project, to) {
    const set = to === 'client' ? clientRoles : COMMERCIAL_ROLES;
    return project.parties.filter((p) => p.active && set.has(p.role)).map((p) => p.email);
  },
  templateSecrets: { welcome: 'test-server', 'production-credentials': 'production' },
  prepareNotice: preparePaytronixNotice,
  afterDecision: releaseEndedRoundSlots,
  calendarFor: (project, template, config, attendees, now) =>
    template === 'idi-invitation' && project.idi ? idiInvitation(project, config, attendees, now) : undefined,
} as const satisfies ProcessModule;
