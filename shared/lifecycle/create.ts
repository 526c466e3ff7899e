import { z } from 'zod';
import { Project, EmailAddress } from '../project/schemas';
import { HolidayCalendarSpec } from '../timeline/calendar';
import { TimeZone } from '../timeline/dates';
import { DEFAULT_REQUIREMENTS } from './requirements';

const Person = z.object({ name: z.string().trim().min(1), email: EmailAddress });

/** What it takes to create an EventTech project from a contract (CLI, or a structured mail from staff). */
export const NewCadmiumProject = z.object({
  process: z.literal('cadmium'),
  title: z.string().trim().min(1),
  client: z.string().trim().min(1),
  poc: z.object({ name: z.string().trim().min(1), email: EmailAddress }),
  pm: z.object({ name: z.string().trim().min(1), email: EmailAddress }),
  team: EmailAddress.optional(),
  timeZone: TimeZone.default('America/New_York'),
  holidays: HolidayCalendarSpec.default({ country: 'US', types: ['public'], extraClosedDates: [] }),
});

/**
 * A Paytronix project at discovery: the TC records the goals and scope; the parties are the TC,
 * sales, an integrations team address, the client and the integrator (the client itself when it
 * builds the integration: leave the integrator out).
 */
export const NewPaytronixProject = z.object({
  process: z.literal('paytronix'),
  title: z.string().trim().min(1),
  client: z.string().trim().min(1),
  scope: z.string().trim().min(1).max(2000),
  tc: Person,
  sales: Person,
  integrationsTeam: EmailAddress,
  clientContact: Person,
  integrator: Person.optional(),
  timeZone: TimeZone.default('America/New_York'),
  holidays: HolidayCalendarSpec.default({ country: 'US', types: ['public'], extraClosedDates: [] }),
});

export const NewProject = z.discriminatedUnion('process', [NewCadmiumProject, NewPaytronixProject]);
export type NewProject = z.input<typeof NewProject>;

/** A new project record at version 0: `contracted` (EventTech step 1) or `discovery` (Paytronix stage 1). */
export function createProject(id: string, input: NewProject, now: string): Project {
  const spec = NewProject.parse(input);
  if (spec.process === 'paytronix') {
    return Project.parse({
      id,
      process: 'paytronix',
      title: spec.title,
      client: { name: spec.client },
      phase: 'discovery',
      scope: spec.scope,
      timeZone: spec.timeZone,
      holidays: spec.holidays,
      parties: [
        { role: 'technical-consultant', name: spec.tc.name, email: spec.tc.email, verified: true },
        { role: 'sales', name: spec.sales.name, email: spec.sales.email, verified: true },
        { role: 'integrations-team', name: 'Integrations team', email: spec.integrationsTeam, verified: true },
        { role: 'client', name: spec.clientContact.name, email: spec.clientContact.email, verified: false },
        ...(spec.integrator ? [{ role: 'integrator', name: spec.integrator.name, email: spec.integrator.email, verified: false }] : []),
      ],
      createdAt: now,
      updatedAt: now,
      version: 0,
    });
  }
  return Project.parse({
    id,
    process: spec.process,
    title: spec.title,
    client: { name: spec.client },
    phase: 'contracted',
    timeZone: spec.timeZone,
    holidays: spec.holidays,
    parties: [
      { role: 'client-poc', name: spec.poc.name, email: spec.poc.email, verified: false },
      { role: 'pm', name: spec.pm.name, email: spec.pm.email, verified: true },
      ...(spec.team ? [{ role: 'integration-services', name: 'Integration Services', email: spec.team, verified: true }] : []),
    ],
    requirements: DEFAULT_REQUIREMENTS,
    createdAt: now,
    updatedAt: now,
    version: 0,
  });
}
