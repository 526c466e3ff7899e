import { z } from 'zod';
import { EmailAddress, Project } from '../../project/schemas';
import { HolidayCalendarSpec } from '../../timeline/calendar';
import { TimeZone } from '../../timeline/dates';
import type { CreateOptionReader } from '../types';
import { DEFAULT_REQUIREMENTS } from './requirements';

const Person = z.object({ name: z.string().trim().min(1), email: EmailAddress });

/** What it takes to create an EventTech project from a contract (CLI, or a structured mail from staff). */
export const NewCadmiumProject = z.object({
  process: z.literal('cadmium'),
  title: z.string().trim().min(1),
  client: z.string().trim().min(1),
  poc: Person,
  pm: Person,
  team: EmailAddress.optional(),
  timeZone: TimeZone.default('America/New_York'),
  holidays: HolidayCalendarSpec.default({ country: 'US', types: ['public'], extraClosedDates: [] }),
});

/** A new EventTech record at version 0, `contracted` (process step 1). */
export function createCadmiumProject(id: string, input: unknown, now: string): Project {
  const spec = NewCadmiumProject.parse(input);
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

/** `integrations new --process cadmium`: the client POC and the PM. */
export const cadmiumCli = {
  options: [
    { flag: '--poc <person>', description: 'cadmium: the client POC, "Name <address>"' },
    { flag: '--pm <person>', description: 'cadmium: the integration PM, "Name <address>"' },
  ],
  input: (read: CreateOptionReader) => ({ poc: read.person('poc', read.required('poc')), pm: read.person('pm', read.required('pm')) }),
  created: (project: Project) =>
    `${project.id} created for ${project.client.name}: the Integration Services team is told, and the project waits for the PM's contract review.\nNext: npx integrations pm ${project.id} contract-reviewed`,
};
