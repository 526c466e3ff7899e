import { z } from 'zod';
import { HolidayCalendarSpec } from '../shared/timeline/calendar';
import { TimeZone } from '../shared/timeline/dates';

/**
 * One environment's settings. They come from cdk.json (`context.environments.<name>`, chosen with
 * `-c env=<name>`, default `sample`) or from a JSON file (`-c configFile=path.json`), and are
 * validated before anything is built: a bad or missing value stops the synth and says what to fix.
 */
export const EnvironmentConfig = z
  .object({
    /** AWS account and region to deploy to; region also decides where SES receives mail. */
    account: z
      .string()
      .regex(/^\d{12}$/, 'a 12-digit AWS account id')
      .optional(),
    region: z
      .string()
      .regex(/^[a-z]{2}-[a-z]+-\d$/, 'an AWS region such as us-east-1')
      .default('us-east-1'),
    /** The mail domain, dedicated to the service (a subdomain such as integrations.example.com): its MX points at SES. */
    domain: z.string().regex(/^(?=.{4,253}$)([a-z0-9-]+\.)+[a-z]{2,}$/, 'a lower-case domain such as integrations.example.com'),
    /** Where every notice comes from and every reply goes. Must be at `domain`. */
    serviceAddress: z.email('an email address such as integrationservices@integrations.example.com'),
    /** The sender name on notices. */
    teamName: z.string().min(1, 'the team name shown as the sender of notices'),
    /**
     * The team's inbox: mail to the service address that finds no project is forwarded here, once
     * per mail. A mailbox people read, outside `domain` in a real deployment (SES receives every
     * address at `domain`). @default no forward: such mail waits in `integrations inbox` alone
     */
    teamAddress: z.email('the team inbox, such as integrations-team@example.com').optional(),
    /** Addresses of these domains may act as staff (besides each project's PM and team). */
    staffDomains: z.array(z.string().regex(/^([a-z0-9-]+\.)+[a-z]{2,}$/, 'a domain')).default([]),
    /** Default time zone and holiday calendar of new projects. */
    timeZone: TimeZone.default('America/New_York'),
    holidays: HolidayCalendarSpec.default({ country: 'US', types: ['public'], extraClosedDates: [] }),
    /** Projects in development at once; later launches are offered when full. */
    queueCapacity: z.number().int().positive().default(3),
    /** Business days between reminders once something is overdue. */
    overdueReminderEveryBusinessDays: z.number().int().min(1).max(10).default(2),
    /** Overdue reminders of one step before they stop, after one escalation to `escalationAddress` when set. */
    overdueReminderLimit: z.number().int().min(1).max(50).default(5),
    /** The PMs' lead, told once when a step is overdue past the limit. @default no escalation */
    escalationAddress: z.email().optional(),
    /** Certification rounds that may start in one week, over all projects. @default the process's own rule (Paytronix: 2) */
    certificationSlotsPerWeek: z.number().int().positive().optional(),
    retention: z
      .object({
        /** Raw inbound mail is evidence: kept this long, then deleted by a lifecycle rule. */
        rawMailDays: z.number().int().min(30).default(400),
        logDays: z.number().int().min(1).default(90),
      })
      .default({ rawMailDays: 400, logDays: 90 }),
    /** Who gets alarm mail (dead letters, failed executions). @default no subscription */
    alarmEmail: z.email().optional(),
  })
  .refine((c) => c.serviceAddress.toLowerCase().endsWith(`@${c.domain}`), { message: 'serviceAddress must be an address at domain', path: ['serviceAddress'] })
  .refine((c) => c.teamAddress?.toLowerCase() !== c.serviceAddress.toLowerCase(), {
    message: 'teamAddress must be a mailbox people read, not the service address (the forward would come back)',
    path: ['teamAddress'],
  });
export type EnvironmentConfig = z.infer<typeof EnvironmentConfig>;

/** The sample environment: what `cdk synth` builds when no environment is named. */
export const SAMPLE_ENVIRONMENT: EnvironmentConfig = EnvironmentConfig.parse({
  domain: 'gocadmium.example',
  serviceAddress: 'integrationservices@gocadmium.example',
  teamName: 'Cadmium Integration Services',
  teamAddress: 'integrations-team@gocadmium.example',
  staffDomains: ['gocadmium.example'],
});

/** A configuration that cannot be deployed; the message names the setting and how to fix it. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

/** Reads and validates an environment's configuration from the CDK context (`tryGetContext`). */
export function environmentConfig(context: (key: string) => unknown, readFile: (path: string) => string): EnvironmentConfig {
  const file = context('configFile');
  const name = String(context('env') ?? 'sample');
  let raw: unknown;
  let where: string;
  if (typeof file === 'string') {
    where = file;
    try {
      raw = JSON.parse(readFile(file));
    } catch (error) {
      throw new ConfigurationError(`cannot read the configuration file ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  } else {
    where = `cdk.json context.environments.${name}`;
    const environments = context('environments');
    raw = environments && typeof environments === 'object' ? (environments as Record<string, unknown>)[name] : undefined;
    if (raw === undefined)
      throw new ConfigurationError(`no environment "${name}": add it under context.environments in cdk.json, or pass -c configFile=path.json`);
  }
  const parsed = EnvironmentConfig.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new ConfigurationError(`invalid configuration in ${where}: ${problems}`);
  }
  return parsed.data;
}
