import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { GqlContext } from '@kennislijn/api-core';
import { CurrentUser, OptionalUser, Public, Viewer } from '@kennislijn/api-auth';
import { loadPerson, PersonModel } from '@kennislijn/api-accounts';
import { PrivacyOverrideInput, viewerIdOf } from '@kennislijn/api-communities';
import { Answers, InstrumentDefinition, Scores, TOTAL, TrackChart } from '@kennislijn/shared-instruments';
import { AnswerInput, CreateRespondentLinkInput, CreateTrackInput, RecordResponseInput, RespondentInput } from './dto/instrument.inputs';
import { InstrumentEntity, InstrumentResponseEntity, InstrumentVersionEntity, MonitoringTrackEntity, RespondentLinkEntity, TrackRespondentEntity } from './entities/instrument.entities';
import { MonitoringService } from './monitoring.service';
import {
  AnswerModel,
  CreatedRespondentLinkModel,
  InstrumentAggregateModel,
  InstrumentModel,
  InstrumentResponseModel,
  InstrumentVersionModel,
  MonitoringTrackModel,
  RespondentFormModel,
  RespondentLinkModel,
  ScopeScoreModel,
  TrackChartModel,
  TrackRespondentModel,
} from './models/instrument.models';

const scopeScores = (s: Scores): ScopeScoreModel[] => [
  ...(s.total !== null && s.total !== undefined ? [{ scope: TOTAL, value: s.total }] : []),
  ...Object.entries(s.subscales ?? {}).map(([scope, value]) => ({ scope, value })),
];

function answerList(def: InstrumentDefinition | null, answers: Answers): AnswerModel[] {
  const types = new Map((def?.items ?? []).map((i) => [i.id, i.type]));
  return Object.entries(answers ?? {}).map(([itemId, v]) => {
    const type = types.get(itemId);
    return {
      itemId,
      value: typeof v === 'number' ? v : null,
      choice: type === 'SINGLE_CHOICE' && typeof v === 'string' ? v : null,
      text: type !== 'SINGLE_CHOICE' && typeof v === 'string' ? v : null,
    };
  });
}

function chartModel(c: TrackChart): TrackChartModel {
  return {
    scopes: c.scopes,
    series: c.series.map((s) => ({
      respondentId: s.respondentId,
      label: s.label,
      kind: s.kind,
      points: s.points.map((p) => ({ sessionNumber: p.sessionNumber, sessionDate: p.sessionDate, scores: scopeScores({ total: p.total, subscales: p.subscales }) })),
    })),
    sessions: c.sessions,
    signals: c.signals,
    spreads: c.spreads.map((s) => ({
      sessionNumber: s.sessionNumber,
      scope: s.scope,
      spread: s.spread,
      minRespondentId: s.min.respondentId,
      minValue: s.min.value,
      maxRespondentId: s.max.respondentId,
      maxValue: s.max.value,
      split: s.split,
    })),
    thresholds: c.thresholds,
    referenceLines: c.referenceLines,
    splitSpread: c.splitSpread,
  };
}

function responseModel(def: InstrumentDefinition | null, r: InstrumentResponseEntity): InstrumentResponseModel {
  return {
    id: r.id,
    respondentId: r.respondentId,
    sessionNumber: r.sessionNumber,
    sessionDate: r.sessionDate,
    source: r.source,
    answers: answerList(def, r.answers),
    total: r.scores.total,
    scores: scopeScores(r.scores),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

const linkModel = (l: RespondentLinkEntity, status: string): RespondentLinkModel => ({ id: l.id, respondentId: l.respondentId, sessionNumber: l.sessionNumber, expiresAt: l.expiresAt, status, usedAt: l.usedAt, createdAt: l.createdAt });

@Resolver(() => MonitoringTrackModel)
export class MonitoringResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly monitoring: MonitoringService,
  ) {}

  @Query(() => [MonitoringTrackModel], { description: 'Monitoring tracks of a community (members only; empty for others), newest first.' })
  monitoringTracks(
    @OptionalUser() viewer: Viewer | undefined,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('instrumentId', { type: () => ID, nullable: true }) instrumentId: string | null,
  ): Promise<MonitoringTrackEntity[]> {
    return this.monitoring.list(viewer?.id, communityId, instrumentId);
  }

  @Query(() => MonitoringTrackModel, { description: 'NOT_FOUND unless you are a member of its community.' })
  async monitoringTrack(@OptionalUser() viewer: Viewer | undefined, @Args('id', { type: () => ID }) id: string): Promise<MonitoringTrackEntity> {
    return (await this.monitoring.readable(viewer?.id, id)).track;
  }

  @Query(() => InstrumentAggregateModel, { description: 'Across all tracks of a published version (default: the latest): per session number, counts, means and SDs (members).' })
  instrumentAggregate(
    @OptionalUser() viewer: Viewer | undefined,
    @Args('instrumentId', { type: () => ID }) instrumentId: string,
    @Args('versionNumber', { type: () => Int, nullable: true }) versionNumber: number | null,
  ): Promise<InstrumentAggregateModel> {
    return this.monitoring.aggregate(viewer?.id, instrumentId, versionNumber);
  }

  @Query(() => String, { description: 'Pseudonymised scores of a published version as CSV (members): no case codes, dates, notes or open answers.' })
  instrumentExportCsv(
    @OptionalUser() viewer: Viewer | undefined,
    @Args('instrumentId', { type: () => ID }) instrumentId: string,
    @Args('versionNumber', { type: () => Int, nullable: true }) versionNumber: number | null,
  ): Promise<string> {
    return this.monitoring.exportCsv(viewer?.id, instrumentId, versionNumber);
  }

  @Public()
  @Query(() => RespondentFormModel, { description: 'The form behind a respondent link (no account needed). NOT_FOUND for an unknown token.' })
  async respondentForm(@Args('token', { type: () => String }) token: string): Promise<RespondentFormModel> {
    const f = await this.monitoring.form(token);
    return { status: f.status, instrumentTitle: f.instrumentTitle, respondentLabel: f.respondentLabel, sessionNumber: f.sessionNumber, expiresAt: f.expiresAt, items: f.status === 'OPEN' ? f.definition.items : [] };
  }

  @Public()
  @Mutation(() => Int, { description: 'Submit the form behind a respondent link; returns the session number. The link then closes.' })
  async submitRespondentForm(@Args('token', { type: () => String }) token: string, @Args('answers', { type: () => [AnswerInput] }) answers: AnswerInput[]): Promise<number> {
    return (await this.monitoring.submit(token, answers)).sessionNumber;
  }

  @Mutation(() => MonitoringTrackModel, { description: 'Start monitoring a case code with a published version. Every text passes the privacy guard.' })
  createMonitoringTrack(@CurrentUser() viewer: Viewer, @Args('input') input: CreateTrackInput): Promise<MonitoringTrackEntity> {
    return this.monitoring.createTrack(viewer.id, input);
  }

  @Mutation(() => TrackRespondentModel)
  addTrackRespondent(
    @CurrentUser() viewer: Viewer,
    @Args('trackId', { type: () => ID }) trackId: string,
    @Args('input') input: RespondentInput,
    @Args('privacyOverrides', { type: () => [PrivacyOverrideInput], nullable: true }) overrides: PrivacyOverrideInput[] | null,
  ): Promise<TrackRespondentEntity> {
    return this.monitoring.addRespondent(viewer.id, trackId, input, overrides ?? []);
  }

  @Mutation(() => MonitoringTrackModel)
  closeMonitoringTrack(@CurrentUser() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('closed', { type: () => Boolean, defaultValue: true }) closed: boolean): Promise<MonitoringTrackEntity> {
    return this.monitoring.closeTrack(viewer.id, id, closed);
  }

  @Mutation(() => InstrumentResponseModel, { description: 'Enter a respondent’s answers for a session. A retry with the same clientId is stored once.' })
  async recordResponse(@CurrentUser() viewer: Viewer, @Args('input') input: RecordResponseInput): Promise<InstrumentResponseModel> {
    return this.toModel(await this.monitoring.record(viewer.id, input));
  }

  @Mutation(() => InstrumentResponseModel, { description: 'Correct a stored response (rescored).' })
  async updateResponse(
    @CurrentUser() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('answers', { type: () => [AnswerInput] }) answers: AnswerInput[],
    @Args('sessionDate', { type: () => String, nullable: true, description: 'yyyy-mm-dd; null clears it, leaving it out keeps it.' }) sessionDate: string | null | undefined,
    @Args('privacyOverrides', { type: () => [PrivacyOverrideInput], nullable: true }) overrides: PrivacyOverrideInput[] | null,
  ): Promise<InstrumentResponseModel> {
    // Omitted: keep the date; null: clear it.
    return this.toModel(await this.monitoring.update(viewer.id, id, answers, sessionDate, overrides ?? []));
  }

  private async toModel(r: InstrumentResponseEntity): Promise<InstrumentResponseModel> {
    return responseModel((await this.monitoring.definitionOf(r.versionId)).definition, r);
  }

  @Mutation(() => Boolean)
  deleteResponse(@CurrentUser() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.monitoring.remove(viewer.id, id);
  }

  @Mutation(() => CreatedRespondentLinkModel, { description: 'A personal link for one respondent and session: no account, expires, shows only that form, works once.' })
  async createRespondentLink(@CurrentUser() viewer: Viewer, @Args('input') input: CreateRespondentLinkInput): Promise<CreatedRespondentLinkModel> {
    const { link, token } = await this.monitoring.createLink(viewer.id, input);
    return { link: linkModel(link, this.monitoring.status(link)), token, path: `/invullen/${token}` };
  }

  @Mutation(() => RespondentLinkModel)
  async revokeRespondentLink(@CurrentUser() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<RespondentLinkModel> {
    const link = await this.monitoring.revokeLink(viewer.id, id);
    return linkModel(link, this.monitoring.status(link));
  }

  // ---- fields

  @ResolveField(() => InstrumentModel)
  instrument(@Parent() t: MonitoringTrackEntity): Promise<InstrumentEntity> {
    return this.dataSource.getRepository(InstrumentEntity).findOneByOrFail({ id: t.instrumentId });
  }

  @ResolveField(() => InstrumentVersionModel)
  version(@Parent() t: MonitoringTrackEntity): Promise<InstrumentVersionEntity> {
    return this.monitoring.definitionOf(t.versionId);
  }

  @ResolveField(() => [TrackRespondentModel])
  respondents(@Parent() t: MonitoringTrackEntity): Promise<TrackRespondentEntity[]> {
    return this.monitoring.respondents(t.id);
  }

  @ResolveField(() => [InstrumentResponseModel], { description: 'All responses, by session.' })
  async responses(@Parent() t: MonitoringTrackEntity): Promise<InstrumentResponseModel[]> {
    const [version, rows] = await Promise.all([this.monitoring.definitionOf(t.versionId), this.monitoring.responses(t.id)]);
    return rows.map((r) => responseModel(version.definition, r));
  }

  @ResolveField(() => TrackChartModel, { description: 'Trend per respondent with signals and spreads.' })
  async chart(@Parent() t: MonitoringTrackEntity): Promise<TrackChartModel> {
    return chartModel(await this.monitoring.chart(t));
  }

  @ResolveField(() => [RespondentLinkModel], { description: 'Links made for this track (their tokens are never shown again).' })
  async links(@Parent() t: MonitoringTrackEntity, @Context() ctx: GqlContext): Promise<RespondentLinkModel[]> {
    const r = await this.monitoring.readable(viewerIdOf(ctx), t.id);
    if (!r.canWrite) return [];
    return (await this.monitoring.links(t.id)).map((l) => linkModel(l, this.monitoring.status(l)));
  }

  @ResolveField(() => Boolean, { description: 'You may enter responses and make links (the track’s creator and moderators).' })
  async canWrite(@Parent() t: MonitoringTrackEntity, @Context() ctx: GqlContext): Promise<boolean> {
    return (await this.monitoring.readable(viewerIdOf(ctx), t.id)).canWrite;
  }

  @ResolveField(() => PersonModel, { nullable: true })
  createdBy(@Parent() t: MonitoringTrackEntity, @Context() ctx: GqlContext): Promise<PersonModel | null> {
    return loadPerson(ctx, this.dataSource, t.createdById);
  }

  @ResolveField(() => Int)
  async versionNumber(@Parent() t: MonitoringTrackEntity): Promise<number> {
    return (await this.monitoring.definitionOf(t.versionId)).number;
  }
}

