import { z } from 'zod';
import type { Party, Project } from '../project/schemas';
import { cadmiumProcess } from './cadmium';
import type { ProcessDefinition } from './definition';
import { paytronixProcess } from './paytronix';
import { REVIEW_ACTIONS } from './review-actions';
import type { ProcessModule } from './types';

export * from './definition';

/**
 * Every process the system runs, in the order the CLI and the docs list them; the first is the
 * default of `integrations new`. Adding a process is adding its folder and one line here
 * (docs/processes.md).
 */
export const MODULES = [cadmiumProcess, paytronixProcess] as const satisfies readonly ProcessModule[];

const BY_ID: ReadonlyMap<string, ProcessModule> = new Map(MODULES.map((m) => [m.id, m]));

/** The ids of the registered processes. */
export const PROCESS_IDS: readonly string[] = MODULES.map((m) => m.id);

/** The process `integrations new` and a scenario's project follow when none is named. */
export const DEFAULT_PROCESS_ID: string = MODULES[0].id;

/** The registered processes' definitions, by id. */
export const PROCESSES: Readonly<Record<string, ProcessDefinition>> = Object.fromEntries(MODULES.map((m) => [m.id, m.definition]));

/** Thrown for a process name that is not one of {@link PROCESS_IDS}. */
export class UnknownProcessError extends Error {
  override name = 'UnknownProcessError';
}

/** The module of a registered process. @throws UnknownProcessError */
export function processModule(id: string): ProcessModule {
  const module = BY_ID.get(id);
  if (!module) throw new UnknownProcessError(`unknown process "${id}" (known: ${PROCESS_IDS.join(', ')})`);
  return module;
}

/** The module of the process a project follows. */
export function processOf(project: Pick<Project, 'process'>): ProcessModule {
  return processModule(project.process);
}

/** The project's first active staff party: who acts when a staff request names no one. */
export function firstStaffParty(project: Project): Party | undefined {
  const staffRoles = processOf(project).staffRoles;
  return project.parties.find((party) => party.active && staffRoles.has(party.role));
}

/** The staff party who owns the project: the one its process greets (its PM, its TC), else its first staff party. */
export function staffOwner(project: Project): Party | undefined {
  const role = processOf(project).greetingRole.staff;
  return project.parties.find((party) => party.active && party.role === role) ?? firstStaffParty(project);
}

/** The definition of a registered process (milestones, phases, rules). @throws UnknownProcessError */
export function processById(id: string): ProcessDefinition {
  return processModule(id).definition;
}

/** Whether `step` is a step of any registered process (a reply key names one). */
export function isKnownStep(step: string): boolean {
  return (MODULES as readonly ProcessModule[]).some((m) => m.steps.includes(step));
}

/** The process whose step this is (step names are unique across processes), if any. */
export function moduleOfStep(step: string): ProcessModule | undefined {
  return (MODULES as readonly ProcessModule[]).find((m) => m.steps.includes(step));
}

/** Whether `template` is a notice of any registered process. */
export function isKnownTemplate(template: string): boolean {
  return (MODULES as readonly ProcessModule[]).some((m) => Object.hasOwn(m.templates, template));
}

/** The module whose staff action this is, if any: action names are unique across processes. */
export function actionOwner(action: string): ProcessModule | undefined {
  return (MODULES as readonly ProcessModule[]).find((m) =>
    m.actions.some((schema) => (schema.shape['action'] as z.ZodLiteral<string> | undefined)?.value === action),
  );
}

/** Every phase of every registered process. */
export const Phase = z.enum([...new Set(MODULES.flatMap((m) => m.definition.phases))] as [string, ...string[]]);

type Modules = typeof MODULES;
type Module = Modules[number];
/** The modules' creation schemas and action schemas as tuples, each with its own type (TypeScript cannot map a tuple by `map`). */
type NewProjectsOf<T extends readonly Module[]> = T extends readonly [infer H extends Module, ...infer R extends readonly Module[]]
  ? [H['newProject'], ...NewProjectsOf<R>]
  : [];
type ActionsOf<T extends readonly Module[]> = T extends readonly [infer H extends Module, ...infer R extends readonly Module[]]
  ? [...H['actions'], ...ActionsOf<R>]
  : [];

const newProjectSchemas = MODULES.map((m) => m.newProject) as NewProjectsOf<Modules>;
// The PM's decision on a reply the reader would not decide alone is the engine's, the same for every process.
const actionSchemas = [...MODULES.flatMap((m) => [...m.actions]), ...REVIEW_ACTIONS] as [...ActionsOf<Modules>, ...typeof REVIEW_ACTIONS];

/** What it takes to create a project of any registered process (`process` names which). */
export const NewProject = z.discriminatedUnion('process', newProjectSchemas);
export type NewProject = z.input<typeof NewProject>;

/** Every staff action of every registered process, and the review decisions every project accepts; a project accepts its own process's. */
export const StaffAction = z.discriminatedUnion('action', actionSchemas);
export type StaffAction = z.infer<typeof StaffAction>;
