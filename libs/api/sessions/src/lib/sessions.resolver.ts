import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AppException, byKeys, GqlContext, isUuid, languageFrom, loaderFor } from '@kennislijn/api-core';
import { CurrentUser, OptionalUser, Public, Viewer } from '@kennislijn/api-auth';
import { accessFor, can, CommunityEntity, CommunityModel, FeedItemModel, FeedItemType, PolicyService } from '@kennislijn/api-communities';
import { localize, methodDuration, type MethodStep, type RsvpChoice } from '@kennislijn/shared-sessions';
import { PlanSessionInput, SessionInput, SessionMethodInput } from './dto/session.inputs';
import { SessionEntity, SessionMethodEntity, SessionPollEntity, SessionRsvpEntity } from './entities/session.entities';
import {
  MethodStepModel,
  RsvpChoiceEnum,
  SessionAttendeeModel,
  SessionMethodModel,
  SessionModel,
  SessionNoteModel,
  SessionPermissionsModel,
  SessionPollModel,
  SessionRsvpCountsModel,
  SessionViewerRsvpModel,
} from './models/session.models';
import { SessionsService } from './sessions.service';

type Lang = 'nl' | 'en';
const langOf = (ctx: GqlContext): Lang => languageFrom(ctx.req.headers['accept-language']);
const stepsIn = (steps: MethodStep[], lang: Lang): MethodStepModel[] =>
  steps.map((s) => ({ key: s.key, title: localize(s.title, lang), actor: s.actor, minutes: s.minutes, prompt: localize(s.prompt, lang), output: s.output }));

/** The public origin for links in calendar files (the request's own host). */
const originOf = (ctx: GqlContext): string => {
  const req = ctx.req as unknown as { protocol?: string; get?: (h: string) => string | undefined };
  return `${req.protocol ?? 'http'}://${req.get?.('host') ?? 'localhost'}`;
};

@Resolver(() => SessionModel)
export class SessionsResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly service: SessionsService,
    private readonly policy: PolicyService,
  ) {}

  @Public()
  @Query(() => [SessionModel], { description: 'Sessions you may read, by start time: of one community, or everywhere; `mine`: those you answered going, maybe or waiting.' })
  sessions(
    @OptionalUser() viewer: Viewer | undefined,
    @Args('communityId', { type: () => ID, nullable: true }) communityId: string | null,
    @Args('from', { type: () => Date, nullable: true }) from: Date | null,
    @Args('to', { type: () => Date, nullable: true }) to: Date | null,
    @Args('mine', { type: () => Boolean, nullable: true }) mine: boolean | null,
    @Args('newestFirst', { type: () => Boolean, nullable: true, description: 'Latest start first (for earlier sessions).' }) newestFirst: boolean | null,
    @Args('first', { type: () => Int, defaultValue: 100 }) first: number,
  ): Promise<SessionEntity[]> {
    return this.service.list(viewer?.id, { communityId, from, to, mine, newestFirst }, first);
  }

  @Public()
  @Query(() => SessionModel, { description: 'NOT_FOUND when it does not exist or you may not read it.' })
  async session(@OptionalUser() viewer: Viewer | undefined, @Args('id', { type: () => ID }) id: string): Promise<SessionEntity> {
    return (await this.service.readable(viewer?.id, id)).session;
  }

  @Public()
  @Query(() => String, { description: 'The session as an iCalendar file (RFC 5545).' })
  sessionIcs(@OptionalUser() viewer: Viewer | undefined, @Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<string> {
    return this.service.sessionIcs(viewer?.id, id, originOf(ctx));
  }

  @Query(() => [SessionModel], { description: 'Closed sessions you attended, oldest first (for an attendance statement).' })
  myAttendedSessions(@CurrentUser() viewer: Viewer): Promise<SessionEntity[]> {
    return this.service.attendedBy(viewer.id);
  }

  @Mutation(() => String, { description: 'A new secret address of your personal calendar feed (the previous one stops working). Shown once.' })
  async resetCalendarFeed(@CurrentUser() viewer: Viewer, @Context() ctx: GqlContext): Promise<string> {
    return `${originOf(ctx)}/api/agenda/${await this.service.resetCalendarFeed(viewer.id)}.ics`;
  }

  @Mutation(() => SessionModel, { description: 'Moderators plan a session. Times are Europe/Amsterdam wall-clock times.' })
  planSession(@CurrentUser() viewer: Viewer, @Args('input') input: PlanSessionInput): Promise<SessionEntity> {
    return this.service.plan(viewer.id, input);
  }

  @Mutation(() => SessionModel)
  updateSession(@CurrentUser() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('input') input: SessionInput): Promise<SessionEntity> {
    return this.service.update(viewer.id, id, input);
  }

  @Mutation(() => SessionModel)
  cancelSession(@CurrentUser() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<SessionEntity> {
    return this.service.cancel(viewer.id, id);
  }

  @Mutation(() => SessionModel, { description: 'GOING (or the waiting list when full), MAYBE or NOT_GOING; a freed place goes to whoever waits longest.' })
  rsvpSession(@CurrentUser() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('status', { type: () => RsvpChoiceEnum }) status: RsvpChoice): Promise<SessionEntity> {
    return this.service.rsvp(viewer.id, id, status);
  }

  @Mutation(() => SessionModel)
  startSession(@CurrentUser() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<SessionEntity> {
    return this.service.start(viewer.id, id);
  }

  @Mutation(() => SessionModel, { description: 'Moves everyone to a step. CONFLICT when the state changed since `expectedStateSeq`.' })
  goToSessionStep(
    @CurrentUser() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('step', { type: () => Int }) step: number,
    @Args('expectedStateSeq', { type: () => Int }) expectedStateSeq: number,
  ): Promise<SessionEntity> {
    return this.service.goToStep(viewer.id, id, step, expectedStateSeq);
  }

  @Mutation(() => SessionNoteModel, { description: 'CONFLICT (with the current note in extensions.note) when someone saved since `baseRev`.' })
  saveSessionNote(
    @CurrentUser() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('stepKey') stepKey: string,
    @Args('body') body: string,
    @Args('baseRev', { type: () => Int }) baseRev: number,
  ): Promise<SessionNoteModel> {
    if (body.length > 20000) throw AppException.badInput([{ field: 'body', key: 'validation.tooLong', params: { max: 20000 } }]);
    return this.service.saveNote(viewer.id, id, stepKey, body, baseRev);
  }

  @Mutation(() => SessionModel)
  closeSession(@CurrentUser() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('outcomes') outcomes: string): Promise<SessionEntity> {
    return this.service.close(viewer.id, id, outcomes);
  }

  @Mutation(() => SessionModel, { description: 'Links the lesson-learned knowledge item made from a closed session’s outcomes (moderators; once).' })
  async linkSessionLesson(
    @CurrentUser() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('knowledgeItemId', { type: () => ID }) knowledgeItemId: string,
  ): Promise<SessionEntity> {
    await this.service.linkLesson(viewer.id, id, knowledgeItemId);
    return (await this.service.readable(viewer.id, id)).session;
  }

  @Mutation(() => SessionPollModel, { description: 'A quick round for everyone in the live room (moderators; the session must be live).' })
  async startSessionPoll(
    @CurrentUser() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('question') question: string,
    @Args('options', { type: () => [String] }) options: string[],
    @Args('stepKey', { type: () => String, nullable: true }) stepKey: string | null,
  ): Promise<SessionPollModel> {
    return this.pollModel(await this.service.startPoll(viewer.id, id, question, options, stepKey), viewer.id);
  }

  @Mutation(() => SessionPollModel, { description: 'Your answer in an open quick round (you can change it while it is open).' })
  async voteSessionPoll(@CurrentUser() viewer: Viewer, @Args('pollId', { type: () => ID }) pollId: string, @Args('option', { type: () => Int }) option: number): Promise<SessionPollModel> {
    return this.pollModel(await this.service.vote(viewer.id, pollId, option), viewer.id);
  }

  @Mutation(() => SessionPollModel)
  async closeSessionPoll(@CurrentUser() viewer: Viewer, @Args('pollId', { type: () => ID }) pollId: string): Promise<SessionPollModel> {
    return this.pollModel(await this.service.closePoll(viewer.id, pollId), viewer.id);
  }

  private async pollModel(p: SessionPollEntity, viewerId: string | undefined): Promise<SessionPollModel> {
    const { seq, counts } = await this.service.pollResults(p);
    return {
      id: p.id,
      stepKey: p.stepKey,
      question: p.question,
      options: p.options,
      status: p.status,
      results: { seq, counts, total: counts.reduce((a, b) => a + b, 0) },
      viewerVote: viewerId ? await this.service.viewerVote(p, viewerId) : null,
      createdAt: p.createdAt,
    };
  }

  @ResolveField(() => [SessionPollModel], { description: 'Quick rounds, oldest first (members).' })
  async polls(@Parent() s: SessionEntity, @OptionalUser() viewer: Viewer | undefined, @Context() ctx: GqlContext): Promise<SessionPollModel[]> {
    const access = await accessFor(ctx, this.policy, s.communityId);
    if (!can(access, 'session.participate')) return [];
    return Promise.all((await this.service.polls(s.id)).map((p) => this.pollModel(p, viewer?.id)));
  }

  @Mutation(() => SessionMethodModel, { description: 'A community’s own discussion method (moderators).' })
  async createSessionMethod(
    @CurrentUser() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('input') input: SessionMethodInput,
    @Context() ctx: GqlContext,
  ): Promise<SessionMethodModel> {
    return this.methodModel(await this.service.createMethod(viewer.id, communityId, input), langOf(ctx));
  }

  @Public()
  @Query(() => [SessionMethodModel], { description: 'Shipped methods, and the community’s own when communityId is given.' })
  async sessionMethods(
    @OptionalUser() viewer: Viewer | undefined,
    @Args('communityId', { type: () => ID, nullable: true }) communityId: string | null,
    @Context() ctx: GqlContext,
  ): Promise<SessionMethodModel[]> {
    return (await this.service.methods(viewer?.id, communityId)).map((m) => this.methodModel(m, langOf(ctx)));
  }

  private methodModel(m: SessionMethodEntity, lang: Lang): SessionMethodModel {
    return {
      id: m.id,
      communityId: m.communityId,
      code: m.code,
      name: lang === 'en' ? m.nameEn || m.nameNl : m.nameNl,
      summary: lang === 'en' ? m.summaryEn || m.summaryNl : m.summaryNl,
      steps: stepsIn(m.steps, lang),
      totalMinutes: methodDuration(m),
    };
  }

  // ───────────── fields ─────────────

  @ResolveField(() => CommunityModel)
  async community(@Parent() s: SessionEntity, @Context() ctx: GqlContext): Promise<CommunityEntity | null> {
    return loaderFor<string, CommunityEntity>(ctx, 'communityById', async (ids) => byKeys(ids, await this.dataSource.getRepository(CommunityEntity).findBy({ id: In([...ids]) }), (c) => c.id)).load(s.communityId);
  }

  @ResolveField(() => [MethodStepModel])
  steps(@Parent() s: SessionEntity, @Context() ctx: GqlContext): MethodStepModel[] {
    return stepsIn(s.methodSteps, langOf(ctx));
  }

  private rsvpsOf(s: SessionEntity, ctx: GqlContext): Promise<SessionRsvpEntity[]> {
    return loaderFor<string, SessionRsvpEntity[]>(ctx, 'sessionRsvps', async (ids) => {
      const rows = await this.service.rsvps(ids);
      return ids.map((id) => rows.filter((r) => r.sessionId === id));
    })
      .load(s.id)
      .then((r) => r ?? []);
  }

  @ResolveField(() => SessionRsvpCountsModel)
  async rsvpCounts(@Parent() s: SessionEntity, @Context() ctx: GqlContext): Promise<SessionRsvpCountsModel> {
    const rows = await this.rsvpsOf(s, ctx);
    return { going: rows.filter((r) => r.status === 'GOING').length, maybe: rows.filter((r) => r.status === 'MAYBE').length, waitlist: rows.filter((r) => r.status === 'WAITLIST').length };
  }

  @ResolveField(() => SessionViewerRsvpModel, { nullable: true })
  async viewerRsvp(@Parent() s: SessionEntity, @OptionalUser() viewer: Viewer | undefined, @Context() ctx: GqlContext): Promise<SessionViewerRsvpModel | null> {
    if (!viewer) return null;
    const rows = await this.rsvpsOf(s, ctx);
    const mine = rows.find((r) => r.userId === viewer.id);
    if (!mine) return null;
    const waiting = rows.filter((r) => r.status === 'WAITLIST');
    return { status: mine.status, waitlistPosition: mine.status === 'WAITLIST' ? waiting.findIndex((r) => r.userId === viewer.id) + 1 : null };
  }

  @ResolveField(() => SessionPermissionsModel)
  async viewerCan(@Parent() s: SessionEntity, @Context() ctx: GqlContext): Promise<SessionPermissionsModel> {
    // One access query per request for all sessions of a list (request-scoped loader).
    const access = await accessFor(ctx, this.policy, s.communityId);
    return { rsvp: can(access, 'session.rsvp'), participate: can(access, 'session.participate'), moderate: can(access, 'session.moderate') };
  }

  @ResolveField(() => [SessionNoteModel], { description: 'The notes per step (members).' })
  async notes(@Parent() s: SessionEntity, @Context() ctx: GqlContext): Promise<SessionNoteModel[]> {
    const access = await accessFor(ctx, this.policy, s.communityId);
    if (!can(access, 'session.participate')) return [];
    return (await this.service.notes(s.id)).map((n) => ({ stepKey: n.stepKey, body: n.body, rev: n.rev }));
  }

  @ResolveField(() => [SessionAttendeeModel], { description: 'Who was in the live room (members).' })
  async attendees(@Parent() s: SessionEntity, @Context() ctx: GqlContext): Promise<SessionAttendeeModel[]> {
    const access = await accessFor(ctx, this.policy, s.communityId);
    if (!can(access, 'session.participate')) return [];
    const rows: { user_id: string; display_name: string; first_seen_at: Date; deleted: boolean }[] = await this.dataSource.query(
      `SELECT a.user_id, u.display_name, a.first_seen_at, u.deleted_at IS NOT NULL AS deleted FROM session_attendance a JOIN user_account u ON u.id = a.user_id
        WHERE a.session_id = $1 ORDER BY a.first_seen_at`,
      [s.id],
    );
    return rows.filter((r) => !r.deleted).map((r) => ({ userId: r.user_id, displayName: r.display_name, firstSeenAt: r.first_seen_at }));
  }

  @ResolveField(() => ID, { nullable: true, description: 'The session’s discussion thread (also made on first use by `thread(kind: SESSION, subjectId)`).' })
  async threadId(@Parent() s: SessionEntity): Promise<string | null> {
    const [row] = await this.dataSource.query(`SELECT id FROM discussion_thread WHERE kind = 'SESSION' AND subject_id = $1`, [s.id]);
    return row?.id ?? null;
  }
}

/** The feed line of a planned session. */
@Resolver(() => FeedItemModel)
export class SessionFeedItemResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => SessionModel, { nullable: true, description: 'Set for SESSION_PLANNED.' })
  async session(@Parent() item: FeedItemModel, @Context() ctx: GqlContext): Promise<SessionEntity | null> {
    if (item.type !== FeedItemType.SESSION_PLANNED || !item.subjectId || !isUuid(item.subjectId)) return null;
    return loaderFor<string, SessionEntity>(ctx, 'sessionById', async (ids) => byKeys(ids, await this.dataSource.getRepository(SessionEntity).findBy({ id: In([...ids]) }), (s) => s.id)).load(item.subjectId);
  }
}
