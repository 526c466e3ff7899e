import { z } from 'zod';
import { EmailAddress } from '../project/schemas';

/** The service's own configuration: one per deployment (AWS) or per local runtime. */
export const ServiceConfig = z.object({
  /** Where every notice comes from and every reply goes: `integrationservices@gocadmium.example`. */
  serviceAddress: EmailAddress,
  /** The sender name on notices. */
  teamName: z.string().min(1),
  /**
   * The team's own inbox: mail that finds no project is forwarded here, once per mail. A mailbox
   * people read, outside the domain SES receives for. Unset: such mail waits in the inbox
   * (`integrations inbox`) alone.
   */
  teamAddress: EmailAddress.optional(),
  /** Addresses of any of these domains may act as staff (besides the project's PM and team). */
  staffDomains: z
    .array(
      z
        .string()
        .min(3)
        .transform((domain) => domain.toLowerCase()),
    )
    .default([]),
  /** Reply-key HMAC secrets by key id, and the id new mail is signed with. */
  replyKeys: z.object({ current: z.string().regex(/^[a-z0-9]{1,8}$/), secrets: z.record(z.string(), z.string().min(16)) }),
  /** Projects the vendor develops at once; later launches are offered when full. */
  queueCapacity: z.number().int().positive().default(3),
  /** Business days between reminders once a step is overdue. */
  overdueReminderEveryBusinessDays: z.number().int().min(1).max(10).default(2),
  /** Overdue reminders of one step before they stop (after one more escalation, when an escalation address is set). */
  overdueReminderLimit: z.number().int().min(1).max(50).default(5),
  /** Where a step overdue past the limit is escalated once: the PMs' lead. @default no escalation */
  escalationAddress: EmailAddress.optional(),
  /** Paytronix certification rounds that may start per week, over all projects (default: the process's). */
  certificationSlotsPerWeek: z.number().int().positive().optional(),
  /**
   * The dashboard's health mark: a project whose launch slipped this many days or more against its
   * original timeline is at risk, or late; a milestone or step past due is late whatever the slip.
   */
  health: z
    .object({ atRiskSlipDays: z.number().int().min(1).default(1), lateSlipDays: z.number().int().min(1).default(5) })
    .default({ atRiskSlipDays: 1, lateSlipDays: 5 }),
});
export type ServiceConfig = z.infer<typeof ServiceConfig>;
export type ServiceConfigInput = z.input<typeof ServiceConfig>;
