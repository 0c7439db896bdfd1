import { Args, Context, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { byKeys, GqlContext, loaderFor, renderMarkdown } from '@kennislijn/api-core';
import { CurrentUser, OptionalUser, Public, Viewer } from '@kennislijn/api-auth';
import { loadPerson, PersonModel } from '@kennislijn/api-accounts';
import { accessFor, can, CommunityEntity, CommunityModel, FeedItemModel, FeedItemType, PolicyService, PrivacyOverrideInput, viewerIdOf } from '@kennislijn/api-communities';
import { InstrumentDefinition } from '@kennislijn/shared-instruments';
import { InstrumentItemInput, InstrumentMetaInput, ScoringInput } from './dto/instrument.inputs';
import { InstrumentCommentEntity, InstrumentEntity, InstrumentVersionEntity } from './entities/instrument.entities';
import { InstrumentsService } from './instruments.service';
import {
  DefinitionChangeModel,
  DraftPartModel,
  InstrumentCommentModel,
  InstrumentDefinitionModel,
  InstrumentItemType,
  InstrumentLineageModel,
  InstrumentModel,
  InstrumentPermissionsModel,
  InstrumentVersionModel,
} from './models/instrument.models';

@ObjectType('AddedInstrumentItem')
export class AddedItemModel {
  @Field(() => InstrumentModel) instrument: InstrumentEntity;
  @Field(() => String) itemId: string;
}

const overridesArg = () => Args('privacyOverrides', { type: () => [PrivacyOverrideInput], nullable: true });

@Resolver(() => InstrumentModel)
export class InstrumentsResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly service: InstrumentsService,
    private readonly policy: PolicyService,
  ) {}

  @Public()
  @Query(() => [InstrumentModel], { description: 'Instruments of a community, recently changed first. Members see drafts; others only published instruments.' })
  async instruments(@OptionalUser() viewer: Viewer | undefined, @Args('communityId', { type: () => ID }) communityId: string): Promise<InstrumentEntity[]> {
    return this.service.list(viewer?.id, communityId);
  }

  @Public()
  @Query(() => InstrumentModel, { description: 'NOT_FOUND when it does not exist or you may not read it.' })
  async instrument(@OptionalUser() viewer: Viewer | undefined, @Args('id', { type: () => ID }) id: string): Promise<InstrumentEntity> {
    return (await this.service.readable(viewer?.id, id)).instrument;
  }

  @Public()
  @Query(() => InstrumentVersionModel)
  instrumentVersion(
    @OptionalUser() viewer: Viewer | undefined,
    @Args('instrumentId', { type: () => ID }) instrumentId: string,
    @Args('number', { type: () => Int }) number: number,
  ): Promise<InstrumentVersionEntity> {
    return this.service.version(viewer?.id, instrumentId, number);
  }

  @Public()
  @Query(() => [DefinitionChangeModel], { description: 'What changed from version `from` (0: nothing) to version `to` (null: the current draft).' })
  async instrumentDiff(
    @OptionalUser() viewer: Viewer | undefined,
    @Args('instrumentId', { type: () => ID }) instrumentId: string,
    @Args('from', { type: () => Int }) from: number,
    @Args('to', { type: () => Int, nullable: true }) to: number | null,
  ): Promise<DefinitionChangeModel[]> {
    const changes = await this.service.diff(viewer?.id, instrumentId, from, to);
    return changes.map((c) => ({ ...c, before: c.before === undefined || c.before === null ? null : JSON.stringify(c.before), after: c.after === undefined || c.after === null ? null : JSON.stringify(c.after) }));
  }

  // ---- draft editing (co-authors and moderators); every change carries the revision of the part it changes

  @Mutation(() => InstrumentModel, { description: 'Start an instrument in a community; you become its first co-author.' })
  createInstrument(
    @CurrentUser() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('title', { type: () => String }) title: string,
    @Args('purpose', { type: () => String, defaultValue: '' }) purpose: string,
    @overridesArg() overrides: PrivacyOverrideInput[] | null,
  ): Promise<InstrumentEntity> {
    return this.service.create(viewer.id, communityId, title, purpose, overrides ?? []);
  }

  @Mutation(() => InstrumentModel, { description: 'Title, purpose and respondents (part "meta"). CONFLICT when someone changed it since expectedRev.' })
  updateInstrumentMeta(
    @CurrentUser() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedRev', { type: () => Int }) expectedRev: number,
    @Args('input') input: InstrumentMetaInput,
    @overridesArg() overrides: PrivacyOverrideInput[] | null,
  ): Promise<InstrumentEntity> {
    return this.service.updateMeta(viewer.id, id, expectedRev, input, overrides ?? []);
  }

  @Mutation(() => AddedItemModel, { description: 'A new item with default texts, after `afterItemId` or at the end.' })
  async addInstrumentItem(
    @CurrentUser() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('type', { type: () => InstrumentItemType }) type: string,
    @Args('afterItemId', { type: () => String, nullable: true }) afterItemId: string | null,
  ): Promise<AddedItemModel> {
    return this.service.addItem(viewer.id, id, type as never, afterItemId);
  }

  @Mutation(() => InstrumentModel, { description: 'Replace one item (part "item:<id>"). CONFLICT when someone changed that item since expectedRev.' })
  updateInstrumentItem(
    @CurrentUser() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('itemId', { type: () => String }) itemId: string,
    @Args('expectedRev', { type: () => Int }) expectedRev: number,
    @Args('input') input: InstrumentItemInput,
    @overridesArg() overrides: PrivacyOverrideInput[] | null,
  ): Promise<InstrumentEntity> {
    return this.service.updateItem(viewer.id, id, itemId, expectedRev, input, overrides ?? []);
  }

  @Mutation(() => InstrumentModel)
  removeInstrumentItem(
    @CurrentUser() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('itemId', { type: () => String }) itemId: string,
    @Args('expectedRev', { type: () => Int }) expectedRev: number,
  ): Promise<InstrumentEntity> {
    return this.service.removeItem(viewer.id, id, itemId, expectedRev);
  }

  @Mutation(() => InstrumentModel, { description: 'Move an item to a 0-based position.' })
  moveInstrumentItem(
    @CurrentUser() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('itemId', { type: () => String }) itemId: string,
    @Args('toIndex', { type: () => Int }) toIndex: number,
  ): Promise<InstrumentEntity> {
    return this.service.moveItem(viewer.id, id, itemId, toIndex);
  }

  @Mutation(() => InstrumentModel, { description: 'Subscales and scoring (part "scoring").' })
  updateInstrumentScoring(
    @CurrentUser() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedRev', { type: () => Int }) expectedRev: number,
    @Args('input') input: ScoringInput,
    @overridesArg() overrides: PrivacyOverrideInput[] | null,
  ): Promise<InstrumentEntity> {
    return this.service.updateScoring(viewer.id, id, expectedRev, input, overrides ?? []);
  }

  @Mutation(() => InstrumentModel, { description: 'Add a member of the community as co-author.' })
  addInstrumentAuthor(@CurrentUser() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('userId', { type: () => ID }) userId: string): Promise<InstrumentEntity> {
    return this.service.addAuthor(viewer.id, id, userId);
  }

  @Mutation(() => InstrumentCommentModel, { description: 'Comment on the draft or one of its items (members).' })
  commentOnInstrument(
    @CurrentUser() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('itemId', { type: () => String, nullable: true }) itemId: string | null,
    @Args('body', { type: () => String }) body: string,
    @Args('clientId', { type: () => ID, nullable: true }) clientId: string | null,
    @overridesArg() overrides: PrivacyOverrideInput[] | null,
  ): Promise<InstrumentCommentEntity> {
    return this.service.comment(viewer.id, id, itemId, body, clientId, overrides ?? []);
  }

  @Mutation(() => InstrumentCommentModel)
  resolveInstrumentComment(
    @CurrentUser() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('resolved', { type: () => Boolean, defaultValue: true }) resolved: boolean,
  ): Promise<InstrumentCommentEntity> {
    return this.service.resolveComment(viewer.id, id, resolved);
  }

  @Mutation(() => InstrumentVersionModel, { description: 'Freeze the draft as the next version. CONFLICT when the draft changed since expectedDraftRev.' })
  publishInstrument(
    @CurrentUser() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('changelog', { type: () => String }) changelog: string,
    @Args('expectedDraftRev', { type: () => Int }) expectedDraftRev: number,
    @overridesArg() overrides: PrivacyOverrideInput[] | null,
  ): Promise<InstrumentVersionEntity> {
    return this.service.publish(viewer.id, id, changelog, expectedDraftRev, overrides ?? []);
  }

  @Mutation(() => InstrumentModel, { description: 'Copy a published version (default: the latest) into a community of yours, keeping its lineage.' })
  forkInstrument(
    @CurrentUser() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('versionNumber', { type: () => Int, nullable: true }) versionNumber: number | null,
  ): Promise<InstrumentEntity> {
    return this.service.fork(viewer.id, id, versionNumber, communityId);
  }

  // ---- fields

  @ResolveField(() => String, { description: 'The draft’s title for members; the latest published title for everyone else.' })
  async title(@Parent() i: InstrumentEntity, @Context() ctx: GqlContext): Promise<string> {
    if (can(await accessFor(ctx, this.policy, i.communityId), 'instrument.readDraft') || !i.latestVersion) return i.title;
    const latest = await this.latestLoader(ctx).load(`${i.id}:${i.latestVersion}`);
    return latest?.definition.title ?? i.title;
  }

  @ResolveField(() => InstrumentDefinitionModel, { nullable: true, description: 'The working draft (members of the community; null for others).' })
  async draft(@Parent() i: InstrumentEntity, @Context() ctx: GqlContext): Promise<InstrumentDefinition | null> {
    return can(await accessFor(ctx, this.policy, i.communityId), 'instrument.readDraft') ? i.draft : null;
  }

  @ResolveField(() => [DraftPartModel], { description: 'Revisions of the draft’s parts (members).' })
  async draftParts(@Parent() i: InstrumentEntity, @Context() ctx: GqlContext): Promise<DraftPartModel[]> {
    if (!can(await accessFor(ctx, this.policy, i.communityId), 'instrument.readDraft')) return [];
    return Object.entries(i.draftRevs ?? {}).map(([part, r]) => ({ part, rev: r.rev, byName: r.name || null, at: r.at ? new Date(r.at) : null }));
  }

  @ResolveField(() => [InstrumentVersionModel], { description: 'Published versions, newest first.' })
  versions(@Parent() i: InstrumentEntity): Promise<InstrumentVersionEntity[]> {
    return this.service.versions(i.id);
  }

  @ResolveField(() => InstrumentVersionModel, { nullable: true })
  async latest(@Parent() i: InstrumentEntity, @Context() ctx: GqlContext): Promise<InstrumentVersionEntity | null> {
    if (!i.latestVersion) return null;
    return this.latestLoader(ctx).load(`${i.id}:${i.latestVersion}`);
  }

  /** Versions by "instrumentId:number", batched per request (a library page costs one query). */
  private latestLoader(ctx: GqlContext) {
    return loaderFor<string, InstrumentVersionEntity>(ctx, 'instrumentVersionByNumber', async (keys) => {
      const pairs = keys.map((k) => k.split(':'));
      const rows: InstrumentVersionEntity[] = pairs.length
        ? await this.dataSource
            .getRepository(InstrumentVersionEntity)
            .createQueryBuilder('v')
            .where('(v.instrument_id, v.number) IN (' + pairs.map((_, n) => `(:i${n}, :n${n})`).join(', ') + ')', Object.fromEntries(pairs.flatMap(([id, num], n) => [[`i${n}`, id], [`n${n}`, Number(num)]])))
            .getMany()
        : [];
      return byKeys(keys, rows, (v) => `${v.instrumentId}:${v.number}`);
    });
  }

  @ResolveField(() => [PersonModel], { description: 'Co-authors.' })
  async authors(@Parent() i: InstrumentEntity, @Context() ctx: GqlContext): Promise<PersonModel[]> {
    const ids = (await this.authorLoader(ctx).load(i.id)) ?? [];
    const people = await Promise.all(ids.map((id) => loadPerson(ctx, this.dataSource, id)));
    return people.filter((p): p is PersonModel => !!p);
  }

  @ResolveField(() => CommunityModel)
  async community(@Parent() i: InstrumentEntity, @Context() ctx: GqlContext): Promise<CommunityEntity | null> {
    return loaderFor<string, CommunityEntity>(ctx, 'communityById', async (ids) => byKeys(ids, await this.dataSource.getRepository(CommunityEntity).findBy({ id: In([...ids]) }), (c) => c.id)).load(i.communityId);
  }

  @ResolveField(() => [InstrumentCommentModel], { description: 'Comments on the draft, oldest first (members).' })
  async comments(@Parent() i: InstrumentEntity, @Context() ctx: GqlContext): Promise<InstrumentCommentEntity[]> {
    if (!can(await accessFor(ctx, this.policy, i.communityId), 'instrument.readDraft')) return [];
    return this.service.comments(i.id);
  }

  @ResolveField(() => InstrumentLineageModel, { nullable: true, description: 'For a fork: the version it was copied from.' })
  lineage(@Parent() i: InstrumentEntity, @Context() ctx: GqlContext): Promise<InstrumentLineageModel | null> {
    return this.service.lineage(viewerIdOf(ctx), i);
  }

  @ResolveField(() => InstrumentPermissionsModel)
  async permissions(@Parent() i: InstrumentEntity, @Context() ctx: GqlContext): Promise<InstrumentPermissionsModel> {
    const access = await accessFor(ctx, this.policy, i.communityId);
    const viewerId = viewerIdOf(ctx);
    const isAuthor = !!viewerId && ((await this.authorLoader(ctx).load(i.id)) ?? []).includes(viewerId);
    const published = i.latestVersion > 0;
    return {
      readDraft: can(access, 'instrument.readDraft'),
      edit: !!access && this.service.canEdit({ access, isAuthor }),
      comment: can(access, 'instrument.comment'),
      track: published && can(access, 'track.create'),
      analyse: published && can(access, 'instrument.analyse'),
      fork: published && !!viewerId,
    };
  }

  @ResolveField(() => Int, { description: 'Monitoring tracks using this instrument (members; 0 for others).' })
  async trackCount(@Parent() i: InstrumentEntity, @Context() ctx: GqlContext): Promise<number> {
    if (!can(await accessFor(ctx, this.policy, i.communityId), 'track.read')) return 0;
    return (
      (await loaderFor<string, number>(ctx, 'instrumentTrackCount', async (ids) => {
        const rows: { instrument_id: string; n: number }[] = await this.dataSource.query('SELECT instrument_id, count(*)::int AS n FROM monitoring_track WHERE instrument_id = ANY($1) GROUP BY instrument_id', [[...ids]]);
        const map = new Map(rows.map((r) => [r.instrument_id, r.n]));
        return ids.map((id) => map.get(id) ?? 0);
      }).load(i.id)) ?? 0
    );
  }

  private authorLoader(ctx: GqlContext) {
    return loaderFor<string, string[]>(ctx, 'instrumentAuthors', async (ids) => {
      const map = await this.service.authorIds(ids);
      return ids.map((id) => map.get(id) ?? []);
    });
  }
}

@Resolver(() => InstrumentDefinitionModel)
export class InstrumentDefinitionResolver {
  @ResolveField(() => String, { description: 'The purpose as sanitised HTML.' })
  purposeHtml(@Parent() d: InstrumentDefinition): string {
    return renderMarkdown(d.purpose ?? '');
  }
}

@Resolver(() => InstrumentCommentModel)
export class InstrumentCommentResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => PersonModel, { nullable: true })
  author(@Parent() c: InstrumentCommentEntity, @Context() ctx: GqlContext): Promise<PersonModel | null> {
    return loadPerson(ctx, this.dataSource, c.authorId);
  }

  @ResolveField(() => String)
  bodyHtml(@Parent() c: InstrumentCommentEntity): string {
    return renderMarkdown(c.body);
  }
}

@Resolver(() => InstrumentVersionModel)
export class InstrumentVersionResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => PersonModel, { nullable: true })
  publishedBy(@Parent() v: InstrumentVersionEntity, @Context() ctx: GqlContext): Promise<PersonModel | null> {
    return loadPerson(ctx, this.dataSource, v.publishedById);
  }

  @ResolveField(() => ID)
  instrumentId(@Parent() v: InstrumentVersionEntity): string {
    return v.instrumentId;
  }
}

/** Adds the instrument item type to the community feed. */
@Resolver(() => FeedItemModel)
export class InstrumentFeedItemResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => InstrumentVersionModel, { nullable: true, description: 'Set for INSTRUMENT_PUBLISHED: the version published (its instrument via instrumentId).' })
  async instrumentVersion(@Parent() item: FeedItemModel, @Context() ctx: GqlContext): Promise<InstrumentVersionEntity | null> {
    if (item.type !== FeedItemType.INSTRUMENT_PUBLISHED || !item.subjectId) return null;
    return loaderFor<string, InstrumentVersionEntity>(ctx, 'instrumentVersionById', async (ids) =>
      byKeys(ids, await this.dataSource.getRepository(InstrumentVersionEntity).findBy({ id: In([...ids]) }), (v) => v.id),
    ).load(item.subjectId);
  }
}

