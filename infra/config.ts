import { z } from 'zod';

/** One environment's settings, from cdk.json context (`-c env=…` picks `environments.<env>`). */
export const EnvironmentConfig = z.object({
  /** The mail domain SES receives for and sends from. */
  domain: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, 'a domain such as gocadmium.example'),
  serviceAddress: z.email(),
  teamName: z.string().min(1),
  staffDomains: z.array(z.string()).default([]),
  queueCapacity: z.number().int().positive().default(3),
});
export type EnvironmentConfig = z.infer<typeof EnvironmentConfig>;

/** The sample environment `cdk synth` uses when none is named. */
export const SAMPLE_ENVIRONMENT: EnvironmentConfig = {
  domain: 'gocadmium.example',
  serviceAddress: 'integrationservices@gocadmium.example',
  teamName: 'Cadmium Integration Services',
  staffDomains: ['gocadmium.example'],
  queueCapacity: 3,
};
