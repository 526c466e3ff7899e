import { z } from 'zod';
import { EmailAddress, Project } from '../../project/schemas';
import { HolidayCalendarSpec } from '../../timeline/calendar';
import { TimeZone } from '../../timeline/dates';
import type { CreateOptionReader } from '../types';

const Person = z.object({ name: z.string().trim().min(1), email: EmailAddress });

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

/** A new Paytronix record at version 0, at `discovery` (stage 1). */
export function createPaytronixProject(id: string, input: unknown, now: string): Project {
  const spec = NewPaytronixProject.parse(input);
  return Project.parse({
    id,
    process: spec.process,
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

/** `integrations new --process paytronix`: the scope and every party. */
export const paytronixCli = {
  options: [
    { flag: '--scope <text>', description: 'paytronix: the goals and scope' },
    { flag: '--tc <person>', description: 'paytronix: the technical consultant, "Name <address>"' },
    { flag: '--sales <person>', description: 'paytronix: the sales representative, "Name <address>"' },
    { flag: '--team <address>', description: 'paytronix: the integrations team address' },
    { flag: '--contact <person>', description: 'paytronix: the client\'s contact, "Name <address>"' },
    { flag: '--integrator <person>', description: 'paytronix: the integrator, "Name <address>" (leave out when the client builds it)' },
  ],
  input(read: CreateOptionReader) {
    const integrator = read.value('integrator');
    return {
      scope: read.required('scope'),
      tc: read.person('tc', read.required('tc')),
      sales: read.person('sales', read.required('sales')),
      integrationsTeam: read.required('team'),
      clientContact: read.person('contact', read.required('contact')),
      ...(integrator ? { integrator: read.person('integrator', integrator) } : {}),
    };
  },
  created: (project: Project) =>
    `${project.id} created for ${project.client.name}: the integrations team is asked to evaluate feasibility.\nNext: npx integrations pm ${project.id} feasible   (or not-feasible --note "why")`,
};
