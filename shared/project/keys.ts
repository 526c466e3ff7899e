import type { IsoDate } from '../timeline/dates';

/**
 * Key layout of the single project table (docs/table-design.md explains each access pattern).
 * Prefixes keep item types apart inside one partition and make every read a GetItem or a Query.
 */
export const keys = {
  project: (id: string) => ({ pk: `PROJECT#${id}`, sk: '#RECORD' }),
  /** Sorted by time, then direction, then Message-ID: a Query on the prefix gives the mail log in order. */
  mail: (projectId: string, at: string, direction: 'in' | 'out', messageId: string) => ({
    pk: `PROJECT#${projectId}`,
    sk: `MAIL#${at}#${direction}#${messageId}`,
  }),
  mailPrefix: 'MAIL#',
  message: (messageId: string) => ({ pk: `MESSAGE#${messageId}`, sk: '#CLAIM' }),
  /** A waiting task token, under its project so one Query finds every wait of a project. */
  wait: (projectId: string, step: string) => ({ pk: `PROJECT#${projectId}`, sk: `WAIT#${step}` }),
  waitPrefix: 'WAIT#',
  outbound: (messageId: string) => ({ pk: `MESSAGE#${messageId}`, sk: '#OUT' }),
  projectCounter: { pk: 'COUNTER', sk: '#PROJECT' },
  /** A capacity-limited slot shared by every project (a certification week): its members as a string set. */
  slot: (slot: string) => ({ pk: `SLOT#${slot}`, sk: '#SLOT' }),
  /** A party's link to a project, written with the project: one Query on the address finds its projects. */
  party: (address: string, projectId: string) => ({ pk: `PARTY#${address.toLowerCase()}`, sk: `PROJECT#${projectId}` }),
  /** A mail that found no project, by its id (`MAIL-…`, from its Message-ID). */
  unmatched: (mailId: string) => ({ pk: `INBOX#${mailId}`, sk: '#MAIL' }),
  /** That a sender was answered on a day (UTC): at most one answer a day per address. */
  answered: (address: string, day: IsoDate) => ({ pk: `ANSWERED#${address.toLowerCase()}`, sk: `DAY#${day}` }),
  /** That a PM was sent the daily digest on a local date (their projects' zone): at most one digest a day per address. */
  digest: (address: string, day: IsoDate) => ({ pk: `DIGEST#${address.toLowerCase()}`, sk: `DAY#${day}` }),
  /** A calendar feed, by its id (`FEED-…`, from the SHA-256 of its token): the token itself is never stored. */
  feed: (feedId: string) => ({ pk: `FEED#${feedId}`, sk: '#FEED' }),
  /** GSI2 (active), a third partition: every calendar feed, by subject, then creation time (revoked ones stay). */
  feedsPartition: 'FEEDS',
  feedSort: (subjectKey: string, createdAt: string, feedId: string) => `${subjectKey}#${createdAt}#${feedId}`,
  /** GSI1 (byLaunch): active projects by the month of their current launch date. */
  launchMonth: (launch: IsoDate) => `LAUNCH#${launch.slice(0, 7)}`,
  launchSort: (launch: IsoDate, id: string) => `${launch}#${id}`,
  /** GSI2 (active): every unfinished project, newest change first. */
  activePartition: 'ACTIVE',
  activeSort: (updatedAt: string, id: string) => `${updatedAt}#${id}`,
  /** GSI2 (active), a partition of its own: finished projects (live, closed, ended), newest change first. */
  endedPartition: 'ENDED',
  /** GSI2 (active), its other partition: unmatched mail no one has given to a project yet, newest first. */
  inboxPartition: 'INBOX',
  inboxSort: (receivedAt: string, mailId: string) => `${receivedAt}#${mailId}`,
} as const;

export const INDEX = { byLaunch: 'byLaunch', active: 'active' } as const;

/** First project id handed out is INT-1001, so ids always have at least four digits. */
export const FIRST_PROJECT_NUMBER = 1001;
