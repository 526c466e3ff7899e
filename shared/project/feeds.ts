import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { IsoInstant } from '../timeline/dates';
import { ProjectStoreError } from './errors';
import { EmailAddress, ProjectId } from './schemas';

/*
 * Calendar feeds (docs/table-design.md#calendar-feeds): an iCalendar URL per project or per PM that
 * a calendar app polls without signing anything. The URL's token is the credential: 256 random
 * bits, shown once, stored only as its SHA-256, revocable.
 */

/** What a feed covers: one project, or every active project where one address is an active staff party. */
export const FeedSubject = z.union([z.object({ project: z.string().trim().toUpperCase().pipe(ProjectId) }).strict(), z.object({ pm: EmailAddress }).strict()]);
export type FeedSubject = z.infer<typeof FeedSubject>;

/** `FEED-` and the first 12 upper-case hex digits of the token's SHA-256: a feed's name in lists and `revoke`, never its URL. */
export const FeedId = z.string().regex(/^FEED-[0-9A-F]{12}$/, 'expected a feed id such as FEED-3F9A2C81D07B');

/** A feed as stored: who made it and when, whether it was revoked, and the SHA-256 of its token (hex), never the token. */
export const Feed = z.object({
  id: FeedId,
  subject: FeedSubject,
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: IsoInstant,
  createdBy: z.string().min(1),
  revokedAt: IsoInstant.optional(),
  revokedBy: z.string().min(1).optional(),
});
export type Feed = z.infer<typeof Feed>;

/** A feed as lists show it: no token, no hash. */
export const FeedSummary = Feed.omit({ tokenHash: true }).extend({ revoked: z.boolean() });
export type FeedSummary = z.infer<typeof FeedSummary>;

export function summaryOf(feed: Feed): FeedSummary {
  const { tokenHash: _hash, ...rest } = feed;
  return { ...rest, revoked: feed.revokedAt !== undefined };
}

/** A token as a feed URL carries it: 32 random bytes, base64url (43 characters). */
export const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** A fresh, unguessable token (256 bits from the system's CSPRNG). */
export function newFeedToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The SHA-256 of a token, hex: all the table ever holds of it. */
export function feedTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The id of the feed a token hash belongs to: its first 12 hex digits. */
export function feedIdOf(tokenHash: string): string {
  return `FEED-${tokenHash.slice(0, 12).toUpperCase()}`;
}

/** Whether `token` is the one whose hash `feed` keeps (compared in constant time). */
export function opensFeed(feed: Feed, token: string): boolean {
  return timingSafeEqual(Buffer.from(feedTokenHash(token), 'hex'), Buffer.from(feed.tokenHash, 'hex'));
}

/** The key a subject is listed under: `PROJECT#INT-1042`, `PM#sam@vendor.example`. */
export function feedSubjectKey(subject: FeedSubject): string {
  return 'project' in subject ? `PROJECT#${subject.project}` : `PM#${subject.pm.toLowerCase()}`;
}

/** The subject in words: `INT-1042`, `sam@vendor.example`. */
export function describeSubject(subject: FeedSubject): string {
  return 'project' in subject ? subject.project : subject.pm;
}

/**
 * Where feeds are kept (the project table on both runtimes: `FEED#<id>` items, listed by one
 * Query of the `active` index's `FEEDS` partition). No method scans the table.
 */
export interface FeedStore {
  /** Stores a new feed. @throws FeedAlreadyExistsError when its id is taken (the caller draws another token). */
  create(feed: Feed): Promise<Feed>;
  get(id: string): Promise<Feed | undefined>;
  /**
   * Revokes a feed: its token opens nothing from then on. Revoking a revoked feed changes nothing
   * and returns it as it is. @throws FeedNotFoundError
   */
  revoke(id: string, by: string, at: string): Promise<Feed>;
  /** The feeds of one subject, or every feed, newest first (revoked ones included). */
  list(subject?: FeedSubject): Promise<Feed[]>;
}

/** No feed has this id. */
export class FeedNotFoundError extends ProjectStoreError {
  override name = 'FeedNotFoundError';
  constructor(readonly feedId: string) {
    super(`no calendar feed ${feedId}`);
  }
}

/** A feed with this id is stored already: two tokens share their first 48 bits of hash (draw another). */
export class FeedAlreadyExistsError extends ProjectStoreError {
  override name = 'FeedAlreadyExistsError';
  constructor(readonly feedId: string) {
    super(`calendar feed ${feedId} already exists`);
  }
}
