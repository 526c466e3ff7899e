import { z } from 'zod';
import { FeedSummary } from '../../shared/project/feeds';
import { UsageError } from '../errors';
import { table, type CliIo } from '../io';
import type { StaffClient } from '../staff-client';

/*
 * `integrations feed new | list | revoke`: calendar feeds through the staff API (local runtime or
 * the deployed one). The URL is printed once, when the feed is made: it is not kept anywhere.
 */

const SubjectOptions = z.object({ project: z.string().optional(), pm: z.string().optional() });
const ByOption = z.object({ by: z.string().optional() });

const PROJECT_ID = /^INT-\d{4,}$/i;
/** Enough to catch a mistyped option value; the API checks the address itself. */
const ADDRESS = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** `--project` or `--pm` as the API's subject; `required`: one of them must be given. */
function subjectOf(raw: unknown, command: string, required: boolean): { project: string } | { pm: string } | undefined {
  const { project, pm } = SubjectOptions.parse(raw);
  if (project !== undefined && pm !== undefined) throw new UsageError(`${command}: give --project or --pm, not both`);
  if (project !== undefined) {
    if (!PROJECT_ID.test(project)) throw new UsageError(`--project ${project}: expected a project id such as INT-1042`);
    return { project: project.toUpperCase() };
  }
  if (pm !== undefined) {
    if (!ADDRESS.test(pm)) throw new UsageError(`--pm ${pm}: expected an address such as sam@vendor.example`);
    return { pm: pm.toLowerCase() };
  }
  if (required) throw new UsageError(`${command} needs --project PROJECT or --pm ADDRESS`);
  return undefined;
}

function byOf(raw: unknown): { by?: string } {
  const { by } = ByOption.parse(raw);
  if (by !== undefined && !ADDRESS.test(by)) throw new UsageError(`--by ${by}: expected an address such as sam@vendor.example`);
  return by ? { by } : {};
}

const Created = z.object({
  token: z.string(),
  url: z.string(),
  id: z.string(),
  subject: z.union([z.object({ project: z.string() }), z.object({ pm: z.string() })]),
});

function describe(subject: { project: string } | { pm: string }): string {
  return 'project' in subject ? subject.project : `${subject.pm} (every active project where they are staff)`;
}

/** `integrations feed new --project INT-1001 | --pm ADDRESS`: makes a feed and prints its URL, the one time it can be seen. */
export async function feedNewCommand(raw: unknown, io: CliIo, staff: StaffClient): Promise<void> {
  const subject = subjectOf(raw, 'feed new', true);
  const created = Created.parse(await staff.call('POST', '/feeds', { ...subject, ...byOf(raw) }));
  io.out(`${created.id}: calendar feed of ${describe(created.subject)}. Its address, shown this once (subscribe to it by URL in Outlook or Google Calendar):`);
  io.out(created.url);
  io.out(`Anyone with the address sees the dates. To stop it: integrations feed revoke ${created.id}`);
}

/** `integrations feed list [--project|--pm] [--json]`: the feeds, newest first, without their addresses (which are not kept). */
export async function feedListCommand(raw: unknown, io: CliIo, staff: StaffClient): Promise<void> {
  const subject = subjectOf(raw, 'feed list', false);
  const json = z.object({ json: z.boolean().default(false) }).parse(raw).json;
  const query = subject ? `?${new URLSearchParams(subject).toString()}` : '';
  const feeds = z.array(FeedSummary).parse(await staff.call('GET', `/feeds${query}`));
  if (json) {
    io.out(JSON.stringify(feeds, null, 2));
    return;
  }
  if (feeds.length === 0) {
    io.out('No calendar feeds.');
    return;
  }
  const when = (instant: string) => instant.slice(0, 16).replace('T', ' ');
  io.out(
    table([
      ['feed', 'of', 'created', 'by', 'status'],
      ...feeds.map((f) => [
        f.id,
        'project' in f.subject ? f.subject.project : f.subject.pm,
        when(f.createdAt),
        f.createdBy,
        f.revokedAt ? `revoked ${when(f.revokedAt)}` : 'active',
      ]),
    ]),
  );
}

/** `integrations feed revoke FEED-ID`: its address answers 404 from now on. */
export async function feedRevokeCommand(id: string, raw: unknown, io: CliIo, staff: StaffClient): Promise<void> {
  if (!/^FEED-[0-9A-F]{12}$/i.test(id)) throw new UsageError(`${id}: expected a feed id such as FEED-3F9A2C81D07B (see integrations feed list)`);
  const feed = FeedSummary.parse(await staff.call('POST', `/feeds/${encodeURIComponent(id.toUpperCase())}/revoke`, byOf(raw)));
  io.out(`${feed.id}: revoked${feed.revokedAt ? ` ${feed.revokedAt.slice(0, 16).replace('T', ' ')}` : ''}; its address now answers 404.`);
}
