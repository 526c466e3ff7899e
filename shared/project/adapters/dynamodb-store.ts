import { ConditionalCheckFailedException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { addDays, type IsoDate } from '../../timeline/dates';
import {
  CorruptRecordError,
  DuplicateMessageError,
  MailAlreadyAssignedError,
  ProjectAlreadyExistsError,
  ProjectNotFoundError,
  ProjectVersionConflictError,
  UnmatchedMailNotFoundError,
  UnprocessedWritesError,
} from '../errors';
import { FIRST_PROJECT_NUMBER, INDEX, keys } from '../keys';
import {
  FINISHED_PHASES,
  partyLinks,
  type CorrelationStore,
  type InboxStore,
  type MessageClaim,
  type OutboundRef,
  type PartyLink,
  type ProjectStore,
  type StepWait,
} from '../ports';
import { MailRecord, Project, UnmatchedMail } from '../schemas';
import { queryAll } from './query';

/** BatchWriteItem takes at most 25 items a request. */
const BATCH_WRITE_LIMIT = 25;
/** Attempts at a batch whose items keep coming back unprocessed (throttling) before giving up. */
const BATCH_WRITE_ATTEMPTS = 5;

/** The DynamoDB adapter of {@link ProjectStore}: one table, conditional writes, no scans, no transactions. */
export class DynamoProjectStore implements ProjectStore, CorrelationStore, InboxStore {
  private readonly doc: DynamoDBDocumentClient;

  constructor(
    client: DynamoDBClient,
    private readonly tableName: string,
  ) {
    this.doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  }

  async nextProjectId(): Promise<string> {
    const result = await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.projectCounter,
        UpdateExpression: 'ADD #n :one',
        ExpressionAttributeNames: { '#n': 'n' },
        ExpressionAttributeValues: { ':one': 1 },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    const n = Number(result.Attributes?.['n']);
    return `INT-${FIRST_PROJECT_NUMBER - 1 + n}`;
  }

  async create(project: Project): Promise<Project> {
    const stored = Project.parse({ ...project, version: 1 });
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: this.projectItem(stored),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new ProjectAlreadyExistsError(project.id);
      throw error;
    }
    await this.writeItems(partyLinks(stored).map((link) => this.linkItem(link)));
    return stored;
  }

  async get(id: string): Promise<Project | undefined> {
    const result = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: keys.project(id), ConsistentRead: true }));
    return result.Item ? this.toProject(result.Item) : undefined;
  }

  async require(id: string): Promise<Project> {
    const project = await this.get(id);
    if (!project) throw new ProjectNotFoundError(id);
    return project;
  }

  async save(project: Project): Promise<Project> {
    const stored = Project.parse({ ...project, version: project.version + 1 });
    let old: Record<string, unknown> | undefined;
    try {
      // The item it replaces comes back with the write (no extra request): its party links are compared below.
      const result = await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: this.projectItem(stored),
          ConditionExpression: '#version = :expected',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':expected': project.version },
          ReturnValues: 'ALL_OLD',
        }),
      );
      old = result.Attributes;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        throw new ProjectVersionConflictError(project.id, project.version);
      }
      throw error;
    }
    // Party links change only when a party or the project's activity does: most saves write none.
    if (old?.['partyLinks'] !== partySignature(stored)) {
      const before = new Set(String(old?.['partyLinks'] ?? '').split('\n'));
      const changed = partyLinks(stored).filter((link) => !before.has(linkSignature(link)));
      await this.writeItems(changed.map((link) => this.linkItem(link)));
    }
    return stored;
  }

  async listActive(): Promise<Project[]> {
    const items = await this.queryAll({
      TableName: this.tableName,
      IndexName: INDEX.active,
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.activePartition },
      ScanIndexForward: false,
    });
    return items.map((item) => this.toProject(item));
  }

  async listEnded(limit = 200): Promise<Project[]> {
    const result = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: INDEX.active,
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.endedPartition },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (result.Items ?? []).map((item) => this.toProject(item));
  }

  async listByLaunch(from: IsoDate, to: IsoDate): Promise<Project[]> {
    const projects: Project[] = [];
    for (const month of monthsBetween(from, to)) {
      const items = await this.queryAll({
        TableName: this.tableName,
        IndexName: INDEX.byLaunch,
        KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': `LAUNCH#${month}`, ':from': `${from}#`, ':to': `${to}#~` },
      });
      projects.push(...items.map((item) => this.toProject(item)));
    }
    return projects;
  }

  async projectsOfParty(address: string): Promise<PartyLink[]> {
    const items = await this.queryAll({
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.party(address, '').pk, ':prefix': 'PROJECT#' },
      ConsistentRead: true,
    });
    return items.map((item) => ({
      address: String(item['address']),
      projectId: String(item['projectId']),
      role: String(item['role']),
      active: item['active'] === true,
    }));
  }

  async logMail(mails: readonly MailRecord[], outbound: readonly OutboundRef[] = []): Promise<void> {
    await this.writeItems([
      ...mails
        .map((mail) => MailRecord.parse(mail))
        .map((record) => ({ ...keys.mail(record.projectId, record.at, record.direction, record.messageId), type: 'mail', mail: record })),
      ...outbound.map((ref) => ({ ...keys.outbound(ref.messageId), type: 'outbound', ...ref })),
    ]);
  }

  /** Plain puts of their own keys in batches of 25; throttled items are sent again after a pause. */
  private async writeItems(items: readonly Record<string, unknown>[]): Promise<void> {
    for (let start = 0; start < items.length; start += BATCH_WRITE_LIMIT) {
      let requests: { PutRequest: { Item: Record<string, unknown> } }[] = items
        .slice(start, start + BATCH_WRITE_LIMIT)
        .map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 0; requests.length > 0; attempt += 1) {
        if (attempt >= BATCH_WRITE_ATTEMPTS) throw new UnprocessedWritesError(requests.length);
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
        const result = await this.doc.send(new BatchWriteCommand({ RequestItems: { [this.tableName]: requests } }));
        // Throttled items come back unprocessed: they are sent again after a pause.
        requests = (result.UnprocessedItems?.[this.tableName] ?? []).flatMap((r) => (r.PutRequest?.Item ? [{ PutRequest: { Item: r.PutRequest.Item } }] : []));
      }
    }
  }

  async listMail(projectId: string): Promise<MailRecord[]> {
    const items = await this.queryAll({
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.project(projectId).pk, ':prefix': keys.mailPrefix },
    });
    return items.map((item) => {
      const parsed = MailRecord.safeParse(item['mail']);
      if (!parsed.success) throw new CorruptRecordError(`mail item ${String(item['sk'])}: ${parsed.error.message}`);
      return parsed.data;
    });
  }

  async claimMessage(claim: MessageClaim): Promise<void> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.message(claim.messageId), type: 'message-claim', ...claim },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const existing = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: keys.message(claim.messageId), ConsistentRead: true }));
      const claimedBy = existing.Item?.['projectId'];
      throw new DuplicateMessageError(claim.messageId, typeof claimedBy === 'string' ? claimedBy : undefined);
    }
  }

  async putWait(wait: StepWait): Promise<void> {
    await this.doc.send(new PutCommand({ TableName: this.tableName, Item: { ...keys.wait(wait.projectId, wait.step), type: 'wait', ...wait } }));
  }

  async listWaits(projectId: string): Promise<StepWait[]> {
    const items = await this.queryAll({
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.project(projectId).pk, ':prefix': keys.waitPrefix },
      ConsistentRead: true,
    });
    return items.map((item) => ({
      projectId: String(item['projectId']),
      step: String(item['step']),
      token: String(item['token']),
      cycle: Number(item['cycle']),
      since: String(item['since']),
    }));
  }

  async deleteWait(projectId: string, step: string): Promise<void> {
    await this.doc.send(new DeleteCommand({ TableName: this.tableName, Key: keys.wait(projectId, step) }));
  }

  async getOutbound(messageId: string): Promise<OutboundRef | undefined> {
    const result = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: keys.outbound(messageId) }));
    const item = result.Item;
    if (!item) return undefined;
    return {
      messageId,
      projectId: String(item['projectId']),
      template: String(item['template']),
      ...(typeof item['step'] === 'string' ? { step: item['step'] } : {}),
    };
  }

  async bookSlot(slot: string, member: string, capacity: number): Promise<boolean> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.slot(slot),
          UpdateExpression: 'ADD members :member SET #type = :type',
          ConditionExpression: 'attribute_not_exists(members) OR contains(members, :id) OR size(members) < :capacity',
          ExpressionAttributeNames: { '#type': 'type' },
          ExpressionAttributeValues: { ':member': new Set([member]), ':id': member, ':capacity': capacity, ':type': 'slot' },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async releaseSlot(slot: string, member: string): Promise<void> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.slot(slot),
          UpdateExpression: 'DELETE members :member',
          // Only a week someone booked: an update would otherwise create an empty slot item.
          ConditionExpression: 'attribute_exists(members)',
          ExpressionAttributeValues: { ':member': new Set([member]) },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async putUnmatched(mail: UnmatchedMail): Promise<{ mail: UnmatchedMail; created: boolean }> {
    const stored = UnmatchedMail.parse(mail);
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: this.unmatchedItem(stored),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return { mail: stored, created: true };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    const existing = await this.getUnmatched(stored.mailId);
    if (!existing) throw new CorruptRecordError(`unmatched mail ${stored.mailId} exists and cannot be read`);
    return { mail: existing, created: false };
  }

  async getUnmatched(mailId: string): Promise<UnmatchedMail | undefined> {
    const result = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: keys.unmatched(mailId), ConsistentRead: true }));
    return result.Item ? this.toUnmatched(result.Item) : undefined;
  }

  async listUnmatched(): Promise<UnmatchedMail[]> {
    const items = await this.queryAll({
      TableName: this.tableName,
      IndexName: INDEX.active,
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.inboxPartition },
      ScanIndexForward: false,
    });
    return items.map((item) => this.toUnmatched(item));
  }

  async markUnmatched(mailId: string, marks: { readonly forwardedAt?: string; readonly answeredAt?: string }): Promise<void> {
    const set = Object.entries(marks).filter(([, value]) => value !== undefined);
    if (set.length === 0) return;
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.unmatched(mailId),
        UpdateExpression: `SET ${set.map(([name]) => `#mail.#${name} = :${name}`).join(', ')}`,
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#mail': 'mail', ...Object.fromEntries(set.map(([name]) => [`#${name}`, name])) },
        ExpressionAttributeValues: Object.fromEntries(set.map(([name, value]) => [`:${name}`, value])),
      }),
    );
  }

  async assignUnmatched(mailId: string, assigned: NonNullable<UnmatchedMail['assigned']>): Promise<UnmatchedMail> {
    try {
      const result = await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.unmatched(mailId),
          // Out of the list by the same write that assigns it, as a finished project leaves `active`.
          UpdateExpression: 'SET #mail.#assigned = :assigned REMOVE gsi2pk, gsi2sk',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#mail.#assigned)',
          ExpressionAttributeNames: { '#mail': 'mail', '#assigned': 'assigned' },
          ExpressionAttributeValues: { ':assigned': assigned },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return this.toUnmatched(result.Attributes ?? {});
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    const existing = await this.getUnmatched(mailId);
    if (!existing) throw new UnmatchedMailNotFoundError(mailId);
    throw new MailAlreadyAssignedError(mailId, existing.assigned?.projectId ?? 'a project');
  }

  async settleUnmatched(mailId: string, assigned: NonNullable<UnmatchedMail['assigned']> | 'undo'): Promise<void> {
    if (assigned === 'undo') {
      const mail = await this.getUnmatched(mailId);
      if (!mail) return;
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.unmatched(mailId),
          UpdateExpression: 'SET gsi2pk = :pk, gsi2sk = :sk REMOVE #mail.#assigned',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#mail': 'mail', '#assigned': 'assigned' },
          ExpressionAttributeValues: { ':pk': keys.inboxPartition, ':sk': keys.inboxSort(mail.receivedAt, mail.mailId) },
        }),
      );
      return;
    }
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.unmatched(mailId),
        UpdateExpression: 'SET #mail.#assigned = :assigned',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#mail': 'mail', '#assigned': 'assigned' },
        ExpressionAttributeValues: { ':assigned': assigned },
      }),
    );
  }

  async claimDailyAnswer(address: string, day: IsoDate, mailId: string): Promise<boolean> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.answered(address, day), type: 'answered', address: address.toLowerCase(), day, mailId },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async claimDailyDigest(address: string, day: IsoDate, at: string): Promise<boolean> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.digest(address, day), type: 'digest', address: address.toLowerCase(), day, at },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /** An unmatched mail's item: in the `active` index's INBOX partition until it is assigned. */
  private unmatchedItem(mail: UnmatchedMail): Record<string, unknown> {
    return {
      ...keys.unmatched(mail.mailId),
      type: 'unmatched-mail',
      mail,
      ...(mail.assigned ? {} : { gsi2pk: keys.inboxPartition, gsi2sk: keys.inboxSort(mail.receivedAt, mail.mailId) }),
    };
  }

  private toUnmatched(item: Record<string, unknown>): UnmatchedMail {
    const parsed = UnmatchedMail.safeParse(item['mail']);
    if (!parsed.success) throw new CorruptRecordError(`unmatched mail item ${String(item['pk'])}: ${parsed.error.message}`);
    return parsed.data;
  }

  /** A party's link item: `PARTY#<address> / PROJECT#<id>`. */
  private linkItem(link: PartyLink): Record<string, unknown> {
    return { ...keys.party(link.address, link.projectId), type: 'party-link', ...link };
  }

  /** The stored item: the record as a map, plus the sparse index keys derived from it. */
  private projectItem(project: Project): Record<string, unknown> {
    const launch = project.timeline.current?.['launch']?.due;
    const active = !FINISHED_PHASES.has(project.phase);
    return {
      ...keys.project(project.id),
      type: 'project',
      version: project.version,
      phase: project.phase,
      record: project,
      // The party links this record implies, as written: the next save compares them (see save).
      partyLinks: partySignature(project),
      // Unfinished projects in the ACTIVE partition, finished ones in ENDED (the dashboard's second tab).
      gsi2pk: active ? keys.activePartition : keys.endedPartition,
      gsi2sk: keys.activeSort(project.updatedAt, project.id),
      ...(active && launch ? { gsi1pk: keys.launchMonth(launch), gsi1sk: keys.launchSort(launch, project.id) } : {}),
    };
  }

  private toProject(item: Record<string, unknown>): Project {
    const parsed = Project.safeParse(item['record']);
    if (!parsed.success) throw new CorruptRecordError(`project item ${String(item['pk'])}: ${parsed.error.message}`);
    return parsed.data;
  }

  private queryAll(input: QueryCommandInput): Promise<Record<string, unknown>[]> {
    return queryAll(this.doc, input);
  }
}

function linkSignature(link: PartyLink): string {
  return `${link.address} ${link.role} ${link.active ? 'active' : 'inactive'}`;
}

/** The party links of a record as one string, kept on the record item so a save can tell whether they changed. */
function partySignature(project: Project): string {
  return partyLinks(project).map(linkSignature).join('\n');
}

/** `YYYY-MM` of every month from `from` to `to`, inclusive. */
export function monthsBetween(from: IsoDate, to: IsoDate): string[] {
  const months: string[] = [];
  for (let day = `${from.slice(0, 7)}-01`; day <= to; day = `${addDays(day, 32).slice(0, 7)}-01`) months.push(day.slice(0, 7));
  return months;
}
