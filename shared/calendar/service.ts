import type { LifecyclePorts } from '../lifecycle/ports';
import { firstStaffParty, MODULES, processOf } from '../processes/registry';
import {
  describeSubject,
  FEED_TOKEN,
  FeedAlreadyExistsError,
  feedIdOf,
  feedTokenHash,
  newFeedToken,
  opensFeed,
  summaryOf,
  type FeedStore,
  type FeedSubject,
  type FeedSummary,
} from '../project/feeds';
import { FINISHED_PHASES } from '../project/ports';
import type { Project } from '../project/schemas';
import { feedCalendar } from './feed';

/*
 * Calendar feeds as plain functions over the lifecycle's ports: the staff API's routes
 * (shared/api/feeds.ts) call them, and so can anything else that serves staff (the dashboard)
 * without going through HTTP.
 */

/** This runtime keeps no feeds (its ports have no `feeds` store). */
export class FeedsUnavailableError extends Error {
  override name = 'FeedsUnavailableError';
  constructor() {
    super('calendar feeds are not available on this runtime');
  }
}

/** A PM feed for an address that is a staff party of no project: most likely a typing mistake. */
export class FeedSubjectNotFoundError extends Error {
  override name = 'FeedSubjectNotFoundError';
  constructor(readonly address: string) {
    super(`${address} is a staff party of no project`);
  }
}

/** What creating a feed gives, once: the token and its URL are not kept and cannot be shown again. */
export interface CreatedFeed {
  readonly token: string;
  readonly url: string;
  readonly subject: FeedSubject;
  readonly feed: FeedSummary;
}

/** Ids are drawn from the token's hash: two feeds sharing the first 48 bits is rare enough that a few draws always do. */
const DRAWS = 5;

/** Every role any process gives its staff (the roles a PM feed's address must hold somewhere). */
const STAFF_ROLES: ReadonlySet<string> = new Set(MODULES.flatMap((m) => [...m.staffRoles]));

function feedsOf(ports: LifecyclePorts): FeedStore {
  if (!ports.feeds) throw new FeedsUnavailableError();
  return ports.feeds;
}

/** The URL of a feed under the staff API's base URL (the scheme, host and any stage path, no trailing slash). */
export function feedUrl(base: string, token: string): string {
  return `${base.replace(/\/+$/, '')}/calendar/${token}.ics`;
}

/**
 * Creates a feed for a project (it must exist) or a PM (an address that is a staff party of some
 * project): a fresh token, stored only as its SHA-256. `by` defaults to the project's first active
 * staff party, or the PM. @throws ProjectNotFoundError, FeedSubjectNotFoundError, FeedsUnavailableError
 */
export async function createFeed(ports: LifecyclePorts, subject: FeedSubject, options: { readonly base: string; readonly by?: string }): Promise<CreatedFeed> {
  const feeds = feedsOf(ports);
  let by = options.by;
  if ('project' in subject) {
    const project = await ports.store.require(subject.project);
    by ??= firstStaffParty(project)?.email ?? 'staff@local';
  } else {
    const links = await ports.store.projectsOfParty(subject.pm);
    if (!links.some((link) => STAFF_ROLES.has(link.role))) throw new FeedSubjectNotFoundError(subject.pm);
    by ??= subject.pm;
  }
  for (let draw = 1; ; draw += 1) {
    const token = newFeedToken();
    const tokenHash = feedTokenHash(token);
    try {
      const feed = await feeds.create({ id: feedIdOf(tokenHash), subject, tokenHash, createdAt: ports.clock.now(), createdBy: by });
      return { token, url: feedUrl(options.base, token), subject: feed.subject, feed: summaryOf(feed) };
    } catch (error) {
      if (!(error instanceof FeedAlreadyExistsError) || draw >= DRAWS) throw error;
    }
  }
}

/** The feeds of a project or a PM, or every feed, newest first: without their tokens (which are not kept). */
export async function listFeeds(ports: LifecyclePorts, subject?: FeedSubject): Promise<FeedSummary[]> {
  return (await feedsOf(ports).list(subject)).map(summaryOf);
}

/** Revokes a feed: its URL answers 404 from now on. Revoking it again changes nothing. @throws FeedNotFoundError */
export async function revokeFeed(ports: LifecyclePorts, id: string, by: string): Promise<FeedSummary> {
  return summaryOf(await feedsOf(ports).revoke(id.toUpperCase(), by, ports.clock.now()));
}

/**
 * The projects a feed covers now: its project (whatever its phase), or every unfinished project
 * where the PM's address is an active staff party (from the address's party links, one Query,
 * each checked against its record, as a link can lag it).
 */
export async function feedProjects(ports: LifecyclePorts, subject: FeedSubject): Promise<Project[]> {
  if ('project' in subject) {
    const project = await ports.store.get(subject.project);
    return project ? [project] : [];
  }
  const address = subject.pm.toLowerCase();
  const links = (await ports.store.projectsOfParty(address)).filter((link) => link.active);
  const records = await Promise.all(links.map((link) => ports.store.get(link.projectId)));
  return records.filter(
    (project): project is Project =>
      project !== undefined &&
      !FINISHED_PHASES.has(project.phase) &&
      project.parties.some((party) => party.active && party.email === address && processOf(project).staffRoles.has(party.role)),
  );
}

/** The calendar's name: the project's id, client and title, or the PM's name. */
function calendarName(subject: FeedSubject, projects: readonly Project[], teamName: string): string {
  if ('project' in subject) {
    const project = projects[0];
    return project ? `${project.id} ${project.client.name}: ${project.title}` : subject.project;
  }
  const name = projects.flatMap((p) => p.parties).find((party) => party.email === subject.pm.toLowerCase())?.name;
  return `${teamName}: projects of ${name ?? describeSubject(subject)}`;
}

/**
 * The iCalendar text a feed URL's token opens, or undefined when it opens none (malformed,
 * unknown, or revoked: the caller answers all three alike). One GetItem finds the feed by the id
 * its token's hash gives, then the whole hash is compared in constant time.
 */
export async function calendarFor(ports: LifecyclePorts, token: string): Promise<string | undefined> {
  if (!FEED_TOKEN.test(token)) return undefined;
  const feed = await feedsOf(ports).get(feedIdOf(feedTokenHash(token)));
  if (!feed || feed.revokedAt !== undefined || !opensFeed(feed, token)) return undefined;
  const projects = await feedProjects(ports, feed.subject);
  return feedCalendar(projects, {
    name: calendarName(feed.subject, projects, ports.config.teamName),
    teamName: ports.config.teamName,
    domain: ports.config.serviceAddress.split('@')[1] ?? 'localhost',
  });
}
