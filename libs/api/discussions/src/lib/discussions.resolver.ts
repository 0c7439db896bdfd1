import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { GqlContext, languageFrom } from '@kennislijn/api-core';
import { CurrentUser, OptionalUser, Public, Viewer } from '@kennislijn/api-auth';
import { loadPerson, PersonModel } from '@kennislijn/api-accounts';
import { can, CommunityAccess, PolicyService } from '@kennislijn/api-communities';
import { RealtimeMessage } from '@kennislijn/shared-realtime';
import { ThreadEntity, ThreadKind } from './entities/discussion.entities';
import { EditMessageInput, PostMessageInput } from './dto/message.inputs';
import { MessageModel, MessagePageModel, ThreadModel } from './models/discussion.models';
import { DiscussionsService } from './discussions.service';
import { ThreadSubjects } from './thread-subjects';

@Resolver()
export class DiscussionsResolver {
  constructor(
    private readonly discussions: DiscussionsService,
    private readonly policy: PolicyService,
    private readonly subjects: ThreadSubjects,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Public()
  @Query(() => ThreadModel, { description: 'The discussion of a community (subjectId = community id), a case or a session; made on first use.' })
  async thread(
    @OptionalUser() viewer: Viewer | undefined,
    @Args('kind', { type: () => ThreadKind }) kind: ThreadKind,
    @Args('subjectId', { type: () => ID }) subjectId: string,
  ): Promise<ThreadModel> {
    const { thread, access } = await this.discussions.threadFor(viewer?.id, kind, subjectId);
    return this.threadModel(thread, access, viewer?.id);
  }

  @Query(() => [ThreadModel], { description: 'Threads in your communities with messages you have not read, most recent first.' })
  async unreadThreads(@CurrentUser() viewer: Viewer, @Args('communityId', { type: () => ID, nullable: true }) communityId: string | null): Promise<ThreadModel[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT t.id FROM discussion_thread t
         JOIN community_member cm ON cm.community_id = t.community_id AND cm.user_id = $1
         LEFT JOIN thread_read r ON r.thread_id = t.id AND r.user_id = $1
        WHERE ($2::uuid IS NULL OR t.community_id = $2::uuid)
          AND EXISTS (SELECT 1 FROM message m WHERE m.thread_id = t.id AND m.seq > COALESCE(r.last_read_seq, 0)
                        AND m.author_id <> $1 AND m.deleted_at IS NULL AND m.hidden_at IS NULL)
        ORDER BY t.last_seq DESC LIMIT 100`,
      [viewer.id, communityId],
    );
    if (!rows.length) return [];
    const order = new Map(rows.map((r, i) => [r.id, i]));
    const all = (await this.dataSource.getRepository(ThreadEntity).findBy({ id: In(rows.map((r) => r.id)) })).sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    const access = await this.policy.load(viewer.id, [...new Set(all.map((t) => t.communityId))]);
    // A hidden subject's thread (a hidden case) is listed for moderators only.
    const subjects = await Promise.all(all.map((t) => this.subjects.resolve(this.dataSource.manager, t.kind, t.subjectId)));
    const threads = all.filter((t, i) => subjects[i] && (!subjects[i]?.hidden || can(access.get(t.communityId), 'content.moderate')));
    const state = await this.discussions.readState(viewer.id, threads.map((t) => t.id));
    return threads.map((t) => this.toThreadModel(t, access.get(t.communityId) ?? null, state.get(t.id)));
  }

  @Public()
  @Query(() => MessagePageModel, { description: 'A page of history: the newest `last` messages before `beforeSeq`, oldest first.' })
  async threadMessages(
    @OptionalUser() viewer: Viewer | undefined,
    @Context() ctx: GqlContext,
    @Args('threadId', { type: () => ID }) threadId: string,
    @Args('last', { type: () => Int, defaultValue: 50 }) last: number,
    @Args('beforeSeq', { type: () => Int, nullable: true }) beforeSeq: number | null,
  ): Promise<MessagePageModel> {
    const lang = languageFrom(ctx.req.headers['accept-language']);
    const { thread, access } = await this.discussions.authorizeThread(viewer?.id, threadId, 'community.read');
    const page = await this.discussions.history(thread.id, last, beforeSeq, lang);
    return { nodes: await this.models(ctx, page.messages, access, viewer?.id), hasMore: page.hasMore, threadSeq: thread.lastSeq };
  }

  @Public()
  @Query(() => MessagePageModel, { description: 'Everything changed after `afterSeq` in change order: what a reconnecting client missed.' })
  async threadChanges(
    @OptionalUser() viewer: Viewer | undefined,
    @Context() ctx: GqlContext,
    @Args('threadId', { type: () => ID }) threadId: string,
    @Args('afterSeq', { type: () => Int }) afterSeq: number,
    @Args('first', { type: () => Int, defaultValue: 500 }) first: number,
  ): Promise<MessagePageModel> {
    const lang = languageFrom(ctx.req.headers['accept-language']);
    const result = await this.discussions.replay(viewer?.id, threadId, afterSeq, lang, first);
    const { access } = await this.discussions.authorizeThread(viewer?.id, threadId, 'community.read');
    return { nodes: await this.models(ctx, result.messages, access, viewer?.id), hasMore: result.hasMore, threadSeq: result.threadSeq };
  }

  @Mutation(() => MessageModel, { description: 'Stores a message (a retry with the same clientId is stored once) and delivers it live after the commit.' })
  async postMessage(@CurrentUser() viewer: Viewer, @Context() ctx: GqlContext, @Args('input') input: PostMessageInput): Promise<MessageModel> {
    const me = await loadPerson(ctx, this.dataSource, viewer.id);
    const message = await this.discussions.post(viewer.id, input, me?.displayName ?? '');
    return this.one(ctx, viewer.id, message);
  }

  @Mutation(() => MessageModel)
  async editMessage(@CurrentUser() viewer: Viewer, @Context() ctx: GqlContext, @Args('input') input: EditMessageInput): Promise<MessageModel> {
    const message = await this.discussions.edit(viewer.id, input.id, input.body, input.privacyOverrides ?? []);
    return this.one(ctx, viewer.id, message);
  }

  @Mutation(() => MessageModel, { description: 'The author deletes a message; its text is erased.' })
  async deleteMessage(@CurrentUser() viewer: Viewer, @Context() ctx: GqlContext, @Args('id', { type: () => ID }) id: string): Promise<MessageModel> {
    const message = await this.discussions.delete(viewer.id, id);
    return this.one(ctx, viewer.id, message);
  }

  @Mutation(() => Int, { description: 'Marks the thread read up to `seq`; returns how far it is read.' })
  markThreadRead(@CurrentUser() viewer: Viewer, @Args('threadId', { type: () => ID }) threadId: string, @Args('seq', { type: () => Int }) seq: number): Promise<number> {
    return this.discussions.markRead(viewer.id, threadId, seq);
  }

  private async one(ctx: GqlContext, viewerId: string, message: RealtimeMessage): Promise<MessageModel> {
    const { access } = await this.discussions.authorizeThread(viewerId, message.threadId, 'community.read');
    const [model] = await this.models(ctx, [message], access, viewerId);
    return model;
  }

  private async threadModel(thread: ThreadEntity, access: CommunityAccess, viewerId: string | undefined): Promise<ThreadModel> {
    const state = (await this.discussions.readState(viewerId, [thread.id])).get(thread.id);
    return this.toThreadModel(thread, access, state);
  }

  private toThreadModel(thread: ThreadEntity, access: CommunityAccess | null, state: { lastReadSeq: number; unread: number } | undefined): ThreadModel {
    return {
      id: thread.id,
      kind: thread.kind,
      subjectId: thread.subjectId,
      communityId: thread.communityId,
      lastSeq: thread.lastSeq,
      lastReadSeq: state?.lastReadSeq ?? 0,
      unreadCount: state?.unread ?? 0,
      viewerCan: { post: can(access, 'message.post'), moderate: can(access, 'content.moderate') },
    };
  }

  private async models(ctx: GqlContext, messages: RealtimeMessage[], access: CommunityAccess, viewerId: string | undefined): Promise<MessageModel[]> {
    const people = await Promise.all(messages.map((m) => loadPerson(ctx, this.dataSource, m.author.id)));
    const member = access.role !== null;
    return messages.map((m, i) => {
      const mine = !!viewerId && m.author.id === viewerId;
      const live = !m.deleted && !m.hidden && !access.archived;
      return {
        ...m,
        author: people[i] as PersonModel,
        createdAt: new Date(m.createdAt),
        editedAt: m.editedAt ? new Date(m.editedAt) : null,
        hiddenReason: null,
        viewerCan: {
          edit: mine && live,
          delete: mine && !m.deleted && !access.archived,
          reply: live && can(access, 'message.post'),
          report: member && !mine && live,
          hide: can(access, 'content.moderate') && !m.deleted,
        },
      };
    });
  }
}
