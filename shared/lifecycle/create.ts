import { z } from 'zod';
import { Project, EmailAddress } from '../project/schemas';
import { HolidayCalendarSpec } from '../timeline/calendar';
import { TimeZone } from '../timeline/dates';
import { DEFAULT_REQUIREMENTS } from './requirements';

/** What it takes to create a project from a contract (CLI, or a structured mail from staff). */
export const NewProject = z.object({
  process: z.literal('cadmium'),
  title: z.string().trim().min(1),
  client: z.string().trim().min(1),
  poc: z.object({ name: z.string().trim().min(1), email: EmailAddress }),
  pm: z.object({ name: z.string().trim().min(1), email: EmailAddress }),
  team: EmailAddress.optional(),
  timeZone: TimeZone.default('America/New_York'),
  holidays: HolidayCalendarSpec.default({ country: 'US', types: ['public'], extraClosedDates: [] }),
});
export type NewProject = z.input<typeof NewProject>;

/** A new project record at version 0, phase `contracted` (process step 1). */
export function createProject(id: string, input: NewProject, now: string): Project {
  const spec = NewProject.parse(input);
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
