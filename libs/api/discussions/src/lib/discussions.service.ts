import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import {
  AppException,
  assertPrivacy,
  excerptOf,
  isUniqueViolation,
  isUuid,
  Language,
  MetricsService,
  PrivacyOverrideInput,
  renderMarkdown,
  requireUuid,
  translate,
} from '@kennislijn/api-core';
import { can, CommunityAccess, CommunityAction, PolicyService, PrivacyOverrideEntity, recordPrivacyOverrides } from '@kennislijn/api-communities';
import { NotificationsService, NotificationType } from '@kennislijn/api-notifications';
import { RealtimeService } from '@kennislijn/api-realtime';
import { REPLAY_PAGE, RealtimeMessage, ReplayResult, roomOf } from '@kennislijn/shared-realtime';
import { MessageEntity, ThreadEntity, ThreadKind } from './entities/discussion.entities';
import { ThreadSubject, ThreadSubjects } from './thread-subjects';

export const MAX_MESSAGE_LENGTH = 10_000;
const MAX_MENTIONS = 50;

export interface PostMessageCommand {
  threadId: string;
  clientId?: string | null;
  body: string;
  replyToId?: string | null;
  mentionIds?: string[] | null;
  privacyOverrides?: PrivacyOverrideInput[] | null;
}

export interface ThreadAccess {
  thread: ThreadEntity;
  access: CommunityAccess;
  subject: ThreadSubject;
  moderator: boolean;
}

type MessageRow = MessageEntity & { authorName: string; authorDeleted: boolean };

interface PendingSend {
  threadId: string;
  viewerId: string;
  authorName: string;
  clientId: string | null;
  body: string;
  replyToId: string | null;
  mentionIds: string[];
  overrides: PrivacyOverrideInput[];
  resolve(message: RealtimeMessage): void;
  reject(error: unknown): void;
}

/** Most sends stored in one transaction. */
const MAX_BATCH = 200;
/** Sends waiting for one thread on this instance before new ones are refused (RATE_LIMITED). */
const MAX_WAITING = 2000;

/**
 * Threads and messages. A message is stored with the thread's next sequence number in one
 * transaction; the live event leaves only after the commit (RealtimeService.emit), and anything a
 * client missed is replayed from PostgreSQL by sequence number.
 */
@Injectable()
export class DiscussionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly subjects: ThreadSubjects,
    private readonly realtime: RealtimeService,
    private readonly notifications: NotificationsService,
    private readonly metrics: MetricsService,
  ) {}

  private readonly queues = new Map<string, PendingSend[]>();
  private readonly draining = new Set<string>();

  /** The thread of a community, case or session; made on first use. */
  async threadFor(viewerId: string | undefined, kind: ThreadKind, subjectId: string): Promise<ThreadAccess> {
    requireUuid(subjectId);
    const subject = await this.subjects.resolve(this.dataSource.manager, kind, subjectId);
    if (!subject) throw AppException.notFound();
    const access = await this.policy.authorize(viewerId, subject.communityId, 'community.read');
    const moderator = can(access, 'content.moderate');
    if (subject.hidden && !moderator) throw AppException.notFound();
    const repo = this.dataSource.getRepository(ThreadEntity);
    let thread = await repo.findOneBy({ kind, subjectId });
    if (!thread) {
      await this.dataSource.query(
        `INSERT INTO discussion_thread (kind, subject_id, community_id) VALUES ($1, $2, $3) ON CONFLICT (kind, subject_id) DO NOTHING`,
        [kind, subjectId, subject.communityId],
      );
      thread = await repo.findOneByOrFail({ kind, subjectId });
    }
    return { thread, access, subject, moderator };
  }

  /** Loads a thread and checks the viewer may do `action` in its community. NOT_FOUND when they may not read it. */
  async authorizeThread(viewerId: string | undefined, threadId: string, action: CommunityAction, manager?: EntityManager): Promise<ThreadAccess> {
    const m = manager ?? this.dataSource.manager;
    if (!isUuid(threadId)) throw AppException.notFound();
    const thread = await m.getRepository(ThreadEntity).findOneBy({ id: threadId });
    if (!thread) throw AppException.notFound();
    const subject = await this.subjects.resolve(m, thread.kind, thread.subjectId);
    if (!subject) throw AppException.notFound();
    const access = await this.policy.authorize(viewerId, thread.communityId, 'community.read', m);
    const moderator = can(access, 'content.moderate');
    if (subject.hidden && !moderator) throw AppException.notFound();
    this.policy.check(access, action);
    return { thread, access, subject, moderator };
  }

  async post(viewerId: string, command: PostMessageCommand, authorName: string): Promise<RealtimeMessage> {
    const body = (command.body ?? '').trim();
    if (!body) throw AppException.badInput([{ field: 'body', key: 'validation.required' }]);
    if (body.length > MAX_MESSAGE_LENGTH) throw AppException.badInput([{ field: 'body', key: 'validation.tooLong', params: { max: MAX_MESSAGE_LENGTH } }]);
    if (command.clientId != null && !isUuid(command.clientId)) throw AppException.badInput([{ field: 'clientId', key: 'validation.invalid' }]);
    if (!isUuid(command.threadId)) throw AppException.notFound();
    if (command.replyToId != null && !isUuid(command.replyToId)) throw AppException.badInput([{ field: 'replyToId', key: 'message.replyNotInThread' }]);
    const mentionIds = [...new Set((command.mentionIds ?? []).filter(isUuid))].slice(0, MAX_MENTIONS);
    // Before anything is stored: unresolved privacy findings (and any BSN) are refused.
    const overrides = assertPrivacy({ body: await this.withoutMentionedNames(body, mentionIds) }, command.privacyOverrides ?? []);
    renderMarkdown(body);
    const waiting = this.queues.get(command.threadId)?.length ?? 0;
    if (waiting >= MAX_WAITING) throw AppException.rateLimited(5);
    return new Promise<RealtimeMessage>((resolve, reject) => {
      const queue = this.queues.get(command.threadId) ?? [];
      queue.push({ threadId: command.threadId, viewerId, authorName, clientId: command.clientId ?? null, body, replyToId: command.replyToId ?? null, mentionIds, overrides, resolve, reject });
      this.queues.set(command.threadId, queue);
      void this.drain(command.threadId);
    });
  }

  /**
   * Group commit: sends to one thread that arrive while a transaction for it is running are stored
   * together in the next one (one sequence update, one multi-row insert), in arrival order. Under
   * light load every send is its own transaction; under heavy load the thread row lock is taken
   * once per batch instead of once per message.
   */
  private async drain(threadId: string): Promise<void> {
    if (this.draining.has(threadId)) return;
    this.draining.add(threadId);
    try {
      for (;;) {
        const queue = this.queues.get(threadId);
        const batch = queue?.splice(0, MAX_BATCH) ?? [];
        if (!batch.length) {
          this.queues.delete(threadId);
          return;
        }
        try {
          const outcomes = await this.storeBatch(threadId, batch);
          outcomes.forEach((o, i) => ('message' in o ? batch[i].resolve(o.message) : batch[i].reject(o.error)));
        } catch (error) {
          // A statement failed, so the transaction rolled back (e.g. a clientId stored meanwhile by
          // another instance): each send on its own. Any other failure (connection lost during the
          // commit) leaves the outcome unknown: the senders are told, and retry with their clientId.
          if (!(error instanceof QueryFailedError)) {
            for (const item of batch) item.reject(error);
            continue;
          }
          for (const item of batch) {
            try {
              const [o] = batch.length > 1 ? await this.storeBatch(threadId, [item]) : [{ error }];
              if ('message' in o) {
                item.resolve(o.message);
                continue;
              }
              throw o.error;
            } catch (single) {
              await this.storedCopy(item, single).then(item.resolve, item.reject);
            }
          }
        }
      }
    } catch (unexpected) {
      for (const item of this.queues.get(threadId)?.splice(0) ?? []) item.reject(unexpected);
    } finally {
      this.draining.delete(threadId);
      if (this.queues.get(threadId)?.length) void this.drain(threadId);
    }
  }

  // Two copies of one send racing each other: the unique index keeps the first; answer with it.
  private async storedCopy(item: PendingSend, error: unknown): Promise<RealtimeMessage> {
    if (!isUniqueViolation(error) || !item.clientId) throw error;
    const stored = await this.dataSource.getRepository(MessageEntity).findOneBy({ authorId: item.viewerId, clientId: item.clientId });
    if (!stored) throw error;
    if (stored.threadId !== item.threadId) throw AppException.conflict('message.clientIdReused');
    return this.toRealtime(stored, item.authorName, false, 'nl');
  }

  private storeBatch(threadId: string, batch: PendingSend[]): Promise<({ message: RealtimeMessage } | { error: unknown })[]> {
    return this.dataSource.transaction(async (m) => {
      const outcomes: ({ message: RealtimeMessage } | { error: unknown } | null)[] = batch.map(() => null);
      const thread = await m.getRepository(ThreadEntity).findOneBy({ id: threadId });
      const subject = thread ? await this.subjects.resolve(m, thread.kind, thread.subjectId) : null;
      if (!thread || !subject) return batch.map(() => ({ error: AppException.notFound() }));
      // Permissions per distinct sender, in one query.
      const access = await this.policy.loadMany([...new Set(batch.map((b) => b.viewerId))], thread.communityId, m);
      batch.forEach((item, i) => {
        try {
          const a = this.policy.check(access.get(item.viewerId) ?? null, 'community.read');
          if (subject.hidden && !can(a, 'content.moderate')) throw AppException.notFound();
          this.policy.check(a, 'message.post');
        } catch (error) {
          outcomes[i] = { error };
        }
      });
      // Retries: a clientId already stored answers with the stored message.
      const withClient = batch.filter((b, i) => !outcomes[i] && b.clientId);
      if (withClient.length) {
        const stored = await m.getRepository(MessageEntity).find({ where: withClient.map((b) => ({ authorId: b.viewerId, clientId: b.clientId as string })) });
        const byKey = new Map(stored.map((x) => [`${x.authorId}:${x.clientId}`, x]));
        batch.forEach((item, i) => {
          const existing = !outcomes[i] && item.clientId ? byKey.get(`${item.viewerId}:${item.clientId}`) : undefined;
          if (!existing) return;
          outcomes[i] = existing.threadId === thread.id ? { message: this.toRealtime(existing, item.authorName, false, 'nl') } : { error: AppException.conflict('message.clientIdReused') };
        });
      }
      const replyIds = [...new Set(batch.filter((b, i) => !outcomes[i] && b.replyToId).map((b) => b.replyToId as string))];
      const replies = new Map((replyIds.length ? await m.getRepository(MessageEntity).findBy({ id: In(replyIds), threadId: thread.id }) : []).map((r) => [r.id, r]));
      // Mentioned people and the authors replied to are notified only when they can read the thread:
      // members (moderators only, while the subject is hidden).
      const notifiable = [
        ...new Set(batch.filter((_, i) => !outcomes[i]).flatMap((b) => [...b.mentionIds, ...(b.replyToId && replies.get(b.replyToId) ? [(replies.get(b.replyToId) as MessageEntity).authorId] : [])])),
      ];
      const members = new Set<string>(
        notifiable.length
          ? (
              await m.query(
                `SELECT user_id FROM community_member WHERE community_id = $1 AND user_id = ANY($2::uuid[]) AND ($3::boolean = false OR role IN ('MODERATOR', 'OWNER'))`,
                [thread.communityId, notifiable, subject.hidden],
              )
            ).map((r: { user_id: string }) => r.user_id)
          : [],
      );
      const toStore: { i: number; item: PendingSend; replyTo: MessageEntity | null; mentioned: string[] }[] = [];
      const firstOfClient = new Map<string, number>();
      batch.forEach((item, i) => {
        if (outcomes[i]) return;
        const replyTo = item.replyToId ? replies.get(item.replyToId) ?? null : null;
        if (item.replyToId && !replyTo) {
          outcomes[i] = { error: AppException.badInput([{ field: 'replyToId', key: 'message.replyNotInThread' }]) };
          return;
        }
        // The same send twice in one batch: the second answers with the first.
        const key = item.clientId ? `${item.viewerId}:${item.clientId}` : null;
        if (key && firstOfClient.has(key)) return;
        if (key) firstOfClient.set(key, i);
        toStore.push({ i, item, replyTo, mentioned: item.mentionIds.filter((id) => members.has(id)) });
      });
      if (toStore.length) {
        // The sequence numbers: the row lock on the thread orders concurrent batches, across instances too.
        const last = await this.takeSeq(m, thread.id, toStore.length);
        const first = last - toStore.length + 1;
        const params: unknown[] = [];
        const rows = toStore.map((s, k) => {
          const base = params.length;
          params.push(thread.id, thread.communityId, first + k, s.item.viewerId, s.item.clientId, s.item.body, s.replyTo?.id ?? null, s.mentioned);
          return `($${base + 1}, $${base + 2}, $${base + 3}, $${base + 3}, $${base + 4}, $${base + 5}, $${base + 6}, $${base + 7}, $${base + 8}::uuid[])`;
        });
        const inserted = (await m.query(
          `INSERT INTO message (thread_id, community_id, seq, event_seq, author_id, client_id, body, reply_to_id, mention_ids) VALUES ${rows.join(', ')} RETURNING id, seq, created_at`,
          params,
        )) as { id: string; seq: number; created_at: Date }[];
        const bySeq = new Map(inserted.map((r) => [r.seq, r]));
        const overrideRows: Record<string, unknown>[] = [];
        const payloads: RealtimeMessage[] = [];
        for (const [k, s] of toStore.entries()) {
          const seq = first + k;
          const row = bySeq.get(seq) as { id: string; created_at: Date };
          const message = Object.assign(new MessageEntity(), {
            id: row.id,
            threadId: thread.id,
            communityId: thread.communityId,
            seq,
            eventSeq: seq,
            authorId: s.item.viewerId,
            clientId: s.item.clientId,
            body: s.item.body,
            replyToId: s.replyTo?.id ?? null,
            mentionIds: s.mentioned,
            editedAt: null,
            deletedAt: null,
            hiddenAt: null,
            hiddenReason: null,
            hiddenById: null,
            createdAt: row.created_at,
          });
          for (const o of s.item.overrides) overrideRows.push({ subjectType: 'MESSAGE', subjectId: message.id, kind: o.kind, text: o.text.slice(0, 200), reason: o.reason.trim(), userId: s.item.viewerId });
          await this.notifyPeople(m, message, s.replyTo && members.has(s.replyTo.authorId) ? s.replyTo : null, subject, s.item.viewerId);
          const payload = this.toRealtime(message, s.item.authorName, false, 'nl');
          outcomes[s.i] = { message: payload };
          payloads.push(payload);
        }
        if (overrideRows.length) await m.getRepository(PrivacyOverrideEntity).insert(overrideRows);
        this.realtime.afterCommitOf(m, () => this.metrics.messagesStored(payloads.length));
        // One frame per reader for the whole batch: fan-out is what costs the most CPU under load.
        if (payloads.length === 1) this.realtime.emit(m, roomOf.thread(thread.id), 'message', payloads[0]);
        else this.realtime.emit(m, roomOf.thread(thread.id), 'messages', payloads);
        // A hidden subject's thread is for moderators: the community room does not hear of it.
        if (!subject.hidden) this.realtime.emit(m, roomOf.community(thread.communityId), 'thread:activity', { threadId: thread.id, communityId: thread.communityId, threadSeq: last, authorId: toStore[toStore.length - 1].item.viewerId });
      }
      // Duplicates within the batch answer with their first copy.
      return batch.map((item, i) => outcomes[i] ?? outcomes[firstOfClient.get(`${item.viewerId}:${item.clientId}`) as number] ?? { error: AppException.notFound() });
    });
  }

  private async notifyPeople(m: EntityManager, message: MessageEntity, replyTo: MessageEntity | null, subject: ThreadSubject, actorId: string): Promise<void> {
    const link = `${subject.link}#bericht-${message.id}`;
    const base = { actorId, threadId: message.threadId, messageId: message.id, excerpt: excerptOf(message.body, 140), link, message: undefined, communityName: subject.title };
    const mentioned = message.mentionIds.filter((id) => id !== actorId);
    if (mentioned.length) await this.notifications.notify(m, mentioned, NotificationType.MENTIONED, message.communityId, base);
    if (replyTo && replyTo.authorId !== actorId && !mentioned.includes(replyTo.authorId) && !replyTo.deletedAt) {
      await this.notifications.notify(m, [replyTo.authorId], NotificationType.REPLIED, message.communityId, base);
    }
  }

  async edit(viewerId: string, messageId: string, body: string, privacyOverrides: PrivacyOverrideInput[] = []): Promise<RealtimeMessage> {
    const text = (body ?? '').trim();
    if (!text) throw AppException.badInput([{ field: 'body', key: 'validation.required' }]);
    if (text.length > MAX_MESSAGE_LENGTH) throw AppException.badInput([{ field: 'body', key: 'validation.tooLong', params: { max: MAX_MESSAGE_LENGTH } }]);
    const mentioned = (await this.messageById(messageId))?.mentionIds ?? [];
    const overrides = assertPrivacy({ body: await this.withoutMentionedNames(text, mentioned) }, privacyOverrides);
    return this.change(viewerId, messageId, 'author', async (m, message) => {
      message.body = text;
      message.editedAt = new Date();
      if (overrides.length) {
        await recordPrivacyOverrides(m, 'MESSAGE', message.id, viewerId, overrides);
      }
    });
  }

  /** The author deletes a message: its text is erased at once, its place in the thread stays ("deleted"). */
  async delete(viewerId: string, messageId: string): Promise<RealtimeMessage> {
    return this.change(viewerId, messageId, 'author', async (m, message) => {
      message.body = '';
      message.mentionIds = [];
      message.deletedAt = new Date();
      await m.query(`DELETE FROM privacy_override WHERE subject_type = 'MESSAGE' AND subject_id = $1`, [message.id]);
    });
  }

  /** Moderation (ContentRegistry): hide with a reason or restore, as a numbered change of the thread. */
  async setHidden(m: EntityManager, messageId: string, hidden: { reason: string; by: string } | null): Promise<void> {
    const message = await m.getRepository(MessageEntity).findOneBy({ id: messageId });
    if (!message) return;
    message.hiddenAt = hidden ? new Date() : null;
    message.hiddenReason = hidden?.reason ?? null;
    message.hiddenById = hidden?.by ?? null;
    await this.numberChange(m, message);
  }

  private async change(viewerId: string, messageId: string, who: 'author', work: (m: EntityManager, message: MessageEntity) => Promise<void>): Promise<RealtimeMessage> {
    return this.dataSource.transaction(async (m) => {
      const message = isUuid(messageId) ? await m.getRepository(MessageEntity).findOneBy({ id: messageId }) : null;
      if (!message) throw AppException.notFound();
      const { access, moderator } = await this.authorizeThread(viewerId, message.threadId, 'community.read', m);
      if (message.hiddenAt && !moderator && message.authorId !== viewerId) throw AppException.notFound();
      if (who === 'author' && message.authorId !== viewerId) throw AppException.forbidden('message.onlyAuthor');
      if (message.deletedAt) throw AppException.conflict('message.alreadyDeleted');
      if (access.archived) throw AppException.forbidden('community.archived');
      await work(m, message);
      return this.numberChange(m, message);
    });
  }

  /**
   * Takes `count` sequence numbers of a thread and returns the last. The row lock it takes orders
   * concurrent writers (on every instance) until the transaction ends.
   */
  private async takeSeq(m: EntityManager, threadId: string, count: number): Promise<number> {
    const [[{ last_seq }]] = (await m.query(`UPDATE discussion_thread SET last_seq = last_seq + $2 WHERE id = $1 RETURNING last_seq`, [threadId, count])) as [[{ last_seq: number }], number];
    return last_seq;
  }

  // Gives a change the thread's next sequence number, saves it and emits it after the commit.
  private async numberChange(m: EntityManager, message: MessageEntity): Promise<RealtimeMessage> {
    // Notifications quoted the old text: an edited, deleted or hidden message is no longer quoted (bell, digest, export).
    await m.query(`UPDATE notification SET data = data - 'excerpt' WHERE data->>'messageId' = $1 AND data ? 'excerpt'`, [message.id]);
    const seq = await this.takeSeq(m, message.threadId, 1);
    message.eventSeq = seq;
    await m.getRepository(MessageEntity).save(message);
    const [author] = (await m.query(`SELECT display_name, deleted_at FROM user_account WHERE id = $1`, [message.authorId])) as { display_name: string; deleted_at: Date | null }[];
    const payload = this.toRealtime(message, author?.display_name ?? '', !!author?.deleted_at, 'nl');
    this.realtime.emit(m, roomOf.thread(message.threadId), 'message', payload);
    return payload;
  }

  /** Everything in a thread changed after `afterSeq`, in change order: what a reconnecting client missed. */
  async replay(viewerId: string | undefined, threadId: string, afterSeq: number, lang: Language, limit = REPLAY_PAGE, checked?: ThreadEntity): Promise<ReplayResult> {
    const thread = checked ?? (await this.authorizeThread(viewerId, threadId, 'community.read')).thread;
    const after = Number.isInteger(afterSeq) && afterSeq > 0 ? afterSeq : 0;
    const take = Math.min(Math.max(1, limit), REPLAY_PAGE);
    const rows = await this.rows(`m.thread_id = $1 AND m.event_seq > $2 ORDER BY m.event_seq ASC LIMIT ${take + 1}`, [thread.id, after]);
    const hasMore = rows.length > take;
    const page = rows.slice(0, take);
    // The thread row was read before the messages: changes committed in between are in the page, so
    // the client is caught up to at least its last row.
    const threadSeq = Math.max(thread.lastSeq, page.length ? page[page.length - 1].eventSeq : 0);
    this.metrics.replayRequested(page.length);
    return { messages: page.map((r) => this.toRealtime(r, r.authorName, r.authorDeleted, lang)), threadSeq, hasMore };
  }

  /** The newest `last` messages before `beforeSeq` (history page), in thread order. */
  async history(threadId: string, last: number, beforeSeq: number | null, lang: Language): Promise<{ messages: RealtimeMessage[]; hasMore: boolean }> {
    const take = Math.min(Math.max(1, last), 100);
    const rows = beforeSeq
      ? await this.rows(`m.thread_id = $1 AND m.seq < $2 ORDER BY m.seq DESC LIMIT ${take + 1}`, [threadId, beforeSeq])
      : await this.rows(`m.thread_id = $1 ORDER BY m.seq DESC LIMIT ${take + 1}`, [threadId]);
    const hasMore = rows.length > take;
    return { messages: rows.slice(0, take).reverse().map((r) => this.toRealtime(r, r.authorName, r.authorDeleted, lang)), hasMore };
  }

  private async rows(where: string, params: unknown[]): Promise<MessageRow[]> {
    const raw: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT m.id, m.thread_id, m.community_id, m.seq, m.event_seq, m.author_id, m.client_id, m.body, m.reply_to_id, m.mention_ids,
              m.edited_at, m.deleted_at, m.hidden_at, m.hidden_reason, m.created_at, u.display_name AS author_name, u.deleted_at AS author_deleted_at
         FROM message m JOIN user_account u ON u.id = m.author_id
        WHERE ${where}`,
      params,
    );
    return raw.map((r) =>
      Object.assign(new MessageEntity(), {
        id: r['id'],
        threadId: r['thread_id'],
        communityId: r['community_id'],
        seq: r['seq'],
        eventSeq: r['event_seq'],
        authorId: r['author_id'],
        clientId: r['client_id'],
        body: r['body'],
        replyToId: r['reply_to_id'],
        mentionIds: r['mention_ids'] ?? [],
        editedAt: r['edited_at'],
        deletedAt: r['deleted_at'],
        hiddenAt: r['hidden_at'],
        hiddenReason: r['hidden_reason'],
        createdAt: r['created_at'],
        authorName: r['author_name'] as string,
        authorDeleted: !!r['author_deleted_at'],
      }) as MessageRow,
    );
  }

  async markRead(viewerId: string, threadId: string, seq: number): Promise<number> {
    const { thread } = await this.authorizeThread(viewerId, threadId, 'community.read');
    const upTo = Math.min(Math.max(0, Math.trunc(seq)), thread.lastSeq);
    const [row] = (await this.dataSource.query(
      `INSERT INTO thread_read (user_id, thread_id, last_read_seq) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, thread_id) DO UPDATE SET last_read_seq = GREATEST(thread_read.last_read_seq, EXCLUDED.last_read_seq), updated_at = now()
       RETURNING last_read_seq`,
      [viewerId, thread.id, upTo],
    )) as { last_read_seq: number }[];
    return row.last_read_seq;
  }

  /** Per thread: how far the viewer read and how many visible messages by others came after that. */
  async readState(viewerId: string | undefined, threadIds: readonly string[]): Promise<Map<string, { lastReadSeq: number; unread: number }>> {
    const result = new Map<string, { lastReadSeq: number; unread: number }>();
    if (!viewerId || !threadIds.length) return result;
    const rows: { thread_id: string; last_read_seq: number; unread: string }[] = await this.dataSource.query(
      `SELECT t.id AS thread_id, COALESCE(r.last_read_seq, 0) AS last_read_seq,
              (SELECT count(*) FROM message m WHERE m.thread_id = t.id AND m.seq > COALESCE(r.last_read_seq, 0)
                  AND m.author_id <> $1 AND m.deleted_at IS NULL AND m.hidden_at IS NULL) AS unread
         FROM discussion_thread t LEFT JOIN thread_read r ON r.thread_id = t.id AND r.user_id = $1
        WHERE t.id = ANY($2::uuid[])`,
      [viewerId, [...threadIds]],
    );
    for (const r of rows) result.set(r.thread_id, { lastReadSeq: Number(r.last_read_seq), unread: Number(r.unread) });
    return result;
  }

  /**
   * The subject of a thread changed (a case got a response, was resolved, ...): readers of its
   * thread hear 'subject:changed' after the commit and read it again. Nothing when nobody has a thread.
   */
  async announceSubjectChange(m: EntityManager, kind: ThreadKind, subjectId: string): Promise<void> {
    const [thread] = (await m.query(`SELECT id FROM discussion_thread WHERE kind = $1 AND subject_id = $2`, [kind, subjectId])) as { id: string }[];
    if (thread) this.realtime.emit(m, roomOf.thread(thread.id), 'subject:changed', { threadId: thread.id, kind, subjectId });
  }

  /**
   * "@Sam Student" names a member of the platform, not a client: the names of the people mentioned
   * are masked (same length, so other findings keep their offsets) before the privacy guard reads the text.
   */
  private async withoutMentionedNames(body: string, mentionIds: string[]): Promise<string> {
    if (!mentionIds.length || !body.includes('@')) return body;
    const people = (await this.dataSource.query(`SELECT display_name FROM user_account WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`, [mentionIds])) as { display_name: string }[];
    let masked = body;
    for (const { display_name: name } of people.sort((a, b) => b.display_name.length - a.display_name.length)) {
      if (!name) continue;
      const pattern = new RegExp(`@${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'giu');
      masked = masked.replace(pattern, (hit) => '@' + 'x'.repeat(hit.length - 1));
    }
    return masked;
  }

  /** A subject was hidden: only its community's moderators stay in its thread's room. */
  async restrictHiddenSubject(m: EntityManager, kind: ThreadKind, subjectId: string): Promise<void> {
    const [thread] = (await m.query(`SELECT id, community_id FROM discussion_thread WHERE kind = $1 AND subject_id = $2`, [kind, subjectId])) as { id: string; community_id: string }[];
    if (!thread) return;
    const moderators = (await m.query(`SELECT user_id FROM community_member WHERE community_id = $1 AND role IN ('MODERATOR', 'OWNER')`, [thread.community_id])) as { user_id: string }[];
    this.realtime.restrictRoom(m, roomOf.thread(thread.id), new Set(moderators.map((r) => r.user_id)));
  }

  async messageById(id: string): Promise<MessageEntity | null> {
    return isUuid(id) ? this.dataSource.getRepository(MessageEntity).findOneBy({ id }) : null;
  }

  /** The neutral form every reader may see; hidden and deleted messages carry no text. */
  toRealtime(m: MessageEntity, authorName: string, authorDeleted: boolean, lang: Language): RealtimeMessage {
    const gone = !!m.deletedAt || !!m.hiddenAt;
    return {
      id: m.id,
      threadId: m.threadId,
      seq: m.seq,
      eventSeq: m.eventSeq,
      clientId: m.clientId,
      author: { id: m.authorId, name: authorDeleted ? translate('person.former', lang) : authorName },
      body: gone ? null : m.body,
      bodyHtml: gone ? null : renderMarkdown(m.body),
      replyToId: m.replyToId,
      mentionIds: gone ? [] : m.mentionIds,
      createdAt: new Date(m.createdAt).toISOString(),
      editedAt: m.editedAt ? new Date(m.editedAt).toISOString() : null,
      deleted: !!m.deletedAt,
      hidden: !!m.hiddenAt,
    };
  }
}
