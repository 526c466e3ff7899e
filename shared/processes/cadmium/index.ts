import { activeParty } from '../../project/rules';
import type { ProcessModule } from '../types';
import { CADMIUM_ACTIONS, applyCadmiumAction, parseCadmiumCommand } from './actions';
import { cadmiumCli, createCadmiumProject, NewCadmiumProject } from './create';
import { cadmiumDeadline } from './deadlines';
import { cadmium as definition } from './definition';
import { cadmiumTemplates, STAFF_TEMPLATE_IDS } from './notices';
import { readCadmiumReply } from './replies';
import { requirementItems } from './requirements';
import { CADMIUM_STEPS, type CadmiumStepId, DECISION_STEPS, decisionMark, locate, PER_CYCLE, REPLY_QUESTIONS, STEP_WORDS, stepOutcome } from './steps';
import { cadmiumWorkflow } from './workflow';
import { cadmiumStaffCommand } from './staff-commands';

const roles = (test: (party: (typeof definition.parties)[number]) => boolean) => new Set(definition.parties.filter(test).map((p) => p.role));

/**
 * The EventTech integration process: contract review, confirmed details, a timeline computed back
 * from the launch date, kick-off, plan, requirements, development, QA, client testing, live.
 */
export const cadmiumProcess = {
  id: 'cadmium',
  title: 'EventTech',
  definition,
  steps: CADMIUM_STEPS,
  workflow: cadmiumWorkflow,
  perCycleSteps: PER_CYCLE,
  decisionSteps: DECISION_STEPS,
  pmReadsNo: new Set(['details']),
  stepOutcome,
  locate,
  ends: ['done'],
  decisionMark,
  newProject: NewCadmiumProject,
  create: createCadmiumProject,
  cli: cadmiumCli,
  readReply: readCadmiumReply,
  // Only a reply naming a launch date while the details are confirmed sets the timeline: only then is the queue read.
  replyQuestion: (step) => (step ? (REPLY_QUESTIONS[step as CadmiumStepId] ?? 'open') : 'open'),
  asksLaunchDay: (step) => step === 'details',
  itemsIn: requirementItems,
  readsLaunchQueue: (project, reading) => project.phase === 'confirming-details' && Boolean(reading.launchDate),
  staffReplyWithoutCommandIsPartyReply: false,
  actions: CADMIUM_ACTIONS,
  secretActions: {},
  mailCommands: { aliases: {}, impliedNotes: {}, formOnly: ['reschedule'], parse: parseCadmiumCommand },
  applyAction: applyCadmiumAction,
  deadline: cadmiumDeadline,
  staffCommand: cadmiumStaffCommand,
  stepWords: (step) => STEP_WORDS[step as CadmiumStepId],
  milestoneDue: (project, milestone) => project.timeline.current?.[milestone]?.due,
  templates: cadmiumTemplates,
  staffTemplates: new Set<string>([...STAFF_TEMPLATE_IDS, 'overdue-escalation', 'reply-needs-review']),
  greetingRole: { staff: 'pm', client: 'client-poc' },
  staffRoles: roles((p) => p.actsBy === 'mail-or-cli'),
  clientRoles: roles((p) => p.side !== 'vendor'),
  recipients(project, to) {
    if (to === 'commercial') return project.parties.filter((p) => p.active && (p.role === 'client-poc' || p.role === 'pm')).map((p) => p.email);
    const poc = activeParty(project, 'client-poc');
    return poc ? [poc.email] : [];
  },
  templateSecrets: {},
  async prepareNotice(_ports, project, request) {
    if (request.template !== 'timeline') return undefined;
    // The timeline says why the launch is later than asked, when the lead time or the queue moved it.
    const moved = project.progress['launch-moved']?.note;
    return { project, request: moved ? { ...request, extras: { launchReasons: [moved] } } : request };
  },
  calendarFor: () => undefined,
  afterDecision: async () => undefined,
} as const satisfies ProcessModule;
