import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PersonModel } from '@kennislijn/api-accounts';
import { enumOf } from '@kennislijn/api-core';
import { ITEM_TYPES, RESPONDENT_KINDS, SCORE_METHODS, THRESHOLD_KINDS, DIFF_ENTITIES } from '@kennislijn/shared-instruments';


export const InstrumentItemType = enumOf(ITEM_TYPES);
export const RespondentKindEnum = enumOf(RESPONDENT_KINDS);
export const ScoreMethodEnum = enumOf(SCORE_METHODS);
export const ThresholdKindEnum = enumOf(THRESHOLD_KINDS);
export const SignalKindEnum = enumOf([...THRESHOLD_KINDS, 'SPLIT'] as const);
export const DiffEntityEnum = enumOf(DIFF_ENTITIES);
export const DiffKindEnum = enumOf(['ADDED', 'REMOVED', 'CHANGED', 'MOVED'] as const);
export const ResponseSourceEnum = enumOf(['APP', 'LINK'] as const);
export const RespondentLinkStatusEnum = enumOf(['OPEN', 'USED', 'EXPIRED'] as const);

registerEnumType(InstrumentItemType, { name: 'InstrumentItemType', description: 'LIKERT (2-11 points), VAS (0-10, one decimal), SINGLE_CHOICE, OPEN_TEXT.' });
registerEnumType(RespondentKindEnum, { name: 'RespondentKind' });
registerEnumType(ScoreMethodEnum, { name: 'ScoreMethod' });
registerEnumType(ThresholdKindEnum, { name: 'ThresholdKind', description: 'BELOW: score < value. ABOVE: score > value. DROP: previous - score >= value.' });
registerEnumType(SignalKindEnum, { name: 'SignalKind' });
registerEnumType(DiffEntityEnum, { name: 'DiffEntity' });
registerEnumType(DiffKindEnum, { name: 'DiffKind' });
registerEnumType(ResponseSourceEnum, { name: 'ResponseSource', description: 'APP: entered by a professional; LINK: by the respondent through a personal link.' });
registerEnumType(RespondentLinkStatusEnum, { name: 'RespondentLinkStatus' });

@ObjectType('ChoiceOption')
export class ChoiceOptionModel {
  @Field(() => String) id: string;
  @Field(() => String) label: string;
  @Field(() => Float, { nullable: true }) score: number | null;
}

@ObjectType('InstrumentItem')
export class InstrumentItemModel {
  @Field(() => String) id: string;
  @Field(() => InstrumentItemType) type: string;
  @Field(() => String) text: string;
  @Field(() => String, { nullable: true }) help: string | null;
  @Field(() => Int, { nullable: true }) points: number | null;
  @Field(() => [String]) labels: string[];
  @Field(() => [ChoiceOptionModel]) options: ChoiceOptionModel[];
  @Field(() => Boolean) reverse: boolean;
  @Field(() => String, { nullable: true }) subscaleId: string | null;
  @Field(() => Boolean) required: boolean;
}

@ObjectType('Subscale')
export class SubscaleModel {
  @Field(() => String) id: string;
  @Field(() => String) name: string;
  @Field(() => ScoreMethodEnum) method: string;
}

@ObjectType('Threshold')
export class ThresholdModel {
  @Field(() => String) id: string;
  @Field(() => String, { description: 'TOTAL or a subscale id.' }) scope: string;
  @Field(() => ThresholdKindEnum) kind: string;
  @Field(() => Float) value: number;
  @Field(() => String) label: string;
}

@ObjectType('ReferenceLine')
export class ReferenceLineModel {
  @Field(() => String) id: string;
  @Field(() => String) scope: string;
  @Field(() => Float) value: number;
  @Field(() => String) label: string;
}

@ObjectType('Scoring')
export class ScoringModel {
  @Field(() => ScoreMethodEnum, { nullable: true, description: 'How the total is computed; null: no total.' }) total: string | null;
  @Field(() => [ThresholdModel]) thresholds: ThresholdModel[];
  @Field(() => [ReferenceLineModel]) referenceLines: ReferenceLineModel[];
  @Field(() => Float, { nullable: true, description: 'Respondents differing by more than this in one session: split alliance.' }) splitSpread: number | null;
}

@ObjectType('InstrumentDefinition')
export class InstrumentDefinitionModel {
  @Field(() => String) title: string;
  @Field(() => String, { description: 'Markdown.' }) purpose: string;
  @Field(() => [RespondentKindEnum]) respondents: string[];
  @Field(() => [InstrumentItemModel]) items: InstrumentItemModel[];
  @Field(() => [SubscaleModel]) subscales: SubscaleModel[];
  @Field(() => ScoringModel) scoring: ScoringModel;
}

@ObjectType('DraftPart', { description: 'The revision of one part of a draft (send it back as expectedRev when you change that part).' })
export class DraftPartModel {
  @Field(() => String, { description: 'meta, scoring, order, or item:<id>.' }) part: string;
  @Field(() => Int) rev: number;
  @Field(() => String, { nullable: true, description: 'Who changed it last.' }) byName: string | null;
  @Field(() => Date, { nullable: true }) at: Date | null;
}

@ObjectType('InstrumentVersion')
export class InstrumentVersionModel {
  @Field(() => ID) id: string;
  @Field(() => Int) number: number;
  @Field(() => InstrumentDefinitionModel) definition: InstrumentDefinitionModel;
  @Field(() => String) changelog: string;
  @Field(() => Date) publishedAt: Date;
  publishedById: string | null;
  instrumentId: string;
}

@ObjectType('InstrumentLineage', { description: 'Where a forked instrument comes from.' })
export class InstrumentLineageModel {
  @Field(() => ID, { nullable: true, description: 'Null when you may not read the source.' }) instrumentId: string | null;
  @Field(() => String) title: string;
  @Field(() => Int) versionNumber: number;
  @Field(() => String, { nullable: true, description: 'The source community, when you may read it.' }) communityName: string | null;
}

@ObjectType('InstrumentPermissions')
export class InstrumentPermissionsModel {
  @Field(() => Boolean, { description: 'Read the draft and comments (members).' }) readDraft: boolean;
  @Field(() => Boolean, { description: 'Edit the draft and publish (co-authors and moderators).' }) edit: boolean;
  @Field(() => Boolean) comment: boolean;
  @Field(() => Boolean, { description: 'Start a monitoring track with a published version.' }) track: boolean;
  @Field(() => Boolean, { description: 'Aggregates and the pseudonymised export.' }) analyse: boolean;
  @Field(() => Boolean, { description: 'Fork into a community where you may create instruments.' }) fork: boolean;
}

@ObjectType('InstrumentComment')
export class InstrumentCommentModel {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: 'The item it is about; null for the instrument as a whole.' }) itemId: string | null;
  @Field(() => PersonModel, { nullable: true }) author: PersonModel | null;
  @Field(() => String) body: string;
  @Field(() => String) bodyHtml: string;
  @Field(() => Date, { nullable: true }) resolvedAt: Date | null;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('Instrument')
export class InstrumentModel {
  @Field(() => ID) id: string;
  @Field(() => ID) communityId: string;
  title: string;
  @Field(() => Int, { description: 'The newest published version (0: none yet).' }) latestVersion: number;
  @Field(() => Int, { description: 'Increases with every change to the draft.' }) draftRev: number;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
}

@ObjectType('DefinitionChange')
export class DefinitionChangeModel {
  @Field(() => DiffEntityEnum) entity: string;
  @Field(() => DiffKindEnum) kind: string;
  @Field(() => String, { nullable: true }) id: string | null;
  @Field(() => String, { nullable: true }) field: string | null;
  @Field(() => String, { nullable: true, description: 'JSON of the value before.' }) before: string | null;
  @Field(() => String, { nullable: true, description: 'JSON of the value after.' }) after: string | null;
  @Field(() => String) label: string;
}

@ObjectType('ScopeScore')
export class ScopeScoreModel {
  @Field(() => String, { description: 'TOTAL or a subscale id.' }) scope: string;
  @Field(() => Float, { nullable: true }) value: number | null;
}

@ObjectType('Answer')
export class AnswerModel {
  @Field(() => String) itemId: string;
  @Field(() => Float, { nullable: true, description: 'LIKERT and VAS.' }) value: number | null;
  @Field(() => String, { nullable: true, description: 'SINGLE_CHOICE: the option id.' }) choice: string | null;
  @Field(() => String, { nullable: true, description: 'OPEN_TEXT.' }) text: string | null;
}

@ObjectType('TrackRespondent')
export class TrackRespondentModel {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'A role, e.g. "moeder", "jongere", "gezinswerker".' }) label: string;
  @Field(() => RespondentKindEnum) kind: string;
  @Field(() => Int) position: number;
}

@ObjectType('InstrumentResponse')
export class InstrumentResponseModel {
  @Field(() => ID) id: string;
  @Field(() => ID) respondentId: string;
  @Field(() => Int) sessionNumber: number;
  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' }) sessionDate: string | null;
  @Field(() => ResponseSourceEnum) source: string;
  @Field(() => [AnswerModel]) answers: AnswerModel[];
  @Field(() => Float, { nullable: true }) total: number | null;
  @Field(() => [ScopeScoreModel]) scores: ScopeScoreModel[];
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
}

@ObjectType('ChartPoint')
export class ChartPointModel {
  @Field(() => Int) sessionNumber: number;
  @Field(() => String, { nullable: true }) sessionDate: string | null;
  @Field(() => [ScopeScoreModel], { description: 'TOTAL (if any) and every subscale.' }) scores: ScopeScoreModel[];
}

@ObjectType('ChartSeries')
export class ChartSeriesModel {
  @Field(() => ID) respondentId: string;
  @Field(() => String) label: string;
  @Field(() => RespondentKindEnum) kind: string;
  @Field(() => [ChartPointModel]) points: ChartPointModel[];
}

@ObjectType('TrackSignal')
export class SignalModel {
  @Field(() => SignalKindEnum) kind: string;
  @Field(() => String, { nullable: true }) thresholdId: string | null;
  @Field(() => String) scope: string;
  @Field(() => Int) sessionNumber: number;
  @Field(() => ID, { nullable: true }) respondentId: string | null;
  @Field(() => Float) value: number;
  @Field(() => Float, { nullable: true }) previous: number | null;
  @Field(() => Float, { nullable: true }) spread: number | null;
  @Field(() => String) label: string;
}

@ObjectType('SessionSpread')
export class SessionSpreadModel {
  @Field(() => Int) sessionNumber: number;
  @Field(() => String) scope: string;
  @Field(() => Float) spread: number;
  @Field(() => ID) minRespondentId: string;
  @Field(() => Float) minValue: number;
  @Field(() => ID) maxRespondentId: string;
  @Field(() => Float) maxValue: number;
  @Field(() => Boolean) split: boolean;
}

@ObjectType('ScopeName')
export class ScopeNameModel {
  @Field(() => String) id: string;
  @Field(() => String) name: string;
}

@ObjectType('TrackChart')
export class TrackChartModel {
  @Field(() => [ScopeNameModel]) scopes: ScopeNameModel[];
  @Field(() => [ChartSeriesModel]) series: ChartSeriesModel[];
  @Field(() => [Int]) sessions: number[];
  @Field(() => [SignalModel]) signals: SignalModel[];
  @Field(() => [SessionSpreadModel]) spreads: SessionSpreadModel[];
  @Field(() => [ThresholdModel]) thresholds: ThresholdModel[];
  @Field(() => [ReferenceLineModel]) referenceLines: ReferenceLineModel[];
  @Field(() => Float, { nullable: true }) splitSpread: number | null;
}

@ObjectType('MonitoringTrack')
export class MonitoringTrackModel {
  @Field(() => ID) id: string;
  @Field(() => ID) communityId: string;
  @Field(() => ID) instrumentId: string;
  @Field(() => String, { description: 'De-identified case code (never a name).' }) caseCode: string;
  @Field(() => String) notes: string;
  @Field(() => Float, { nullable: true }) splitSpread: number | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => Date) createdAt: Date;
  versionId: string;
  createdById: string | null;
}

@ObjectType('RespondentLink')
export class RespondentLinkModel {
  @Field(() => ID) id: string;
  @Field(() => ID) respondentId: string;
  @Field(() => Int) sessionNumber: number;
  @Field(() => Date) expiresAt: Date;
  @Field(() => RespondentLinkStatusEnum) status: string;
  @Field(() => Date, { nullable: true }) usedAt: Date | null;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('CreatedRespondentLink')
export class CreatedRespondentLinkModel {
  @Field(() => RespondentLinkModel) link: RespondentLinkModel;
  @Field(() => String, { description: 'Shown once: only its hash is stored.' }) token: string;
  @Field(() => String, { description: 'The path of the form in the web app, e.g. /invullen/<token>.' }) path: string;
}

@ObjectType('RespondentForm', { description: 'What a respondent link shows: only this form.' })
export class RespondentFormModel {
  @Field(() => RespondentLinkStatusEnum) status: string;
  @Field(() => String) instrumentTitle: string;
  @Field(() => String, { description: 'The respondent role, e.g. "moeder".' }) respondentLabel: string;
  @Field(() => Int) sessionNumber: number;
  @Field(() => Date) expiresAt: Date;
  @Field(() => [InstrumentItemModel], { description: 'Empty unless the link is OPEN.' }) items: InstrumentItemModel[];
}

@ObjectType('AggregateScope')
export class AggregateScopeModel {
  @Field(() => String) scope: string;
  @Field(() => Int, { description: 'Responses with a score in this scope.' }) n: number;
  @Field(() => Float, { nullable: true }) mean: number | null;
  @Field(() => Float, { nullable: true }) sd: number | null;
}

@ObjectType('AggregateSession')
export class AggregateSessionModel {
  @Field(() => Int) sessionNumber: number;
  @Field(() => Int) tracks: number;
  @Field(() => Int) responses: number;
  @Field(() => [AggregateScopeModel]) scopes: AggregateScopeModel[];
}

@ObjectType('InstrumentAggregate', { description: 'Across all tracks of one published version, per session number.' })
export class InstrumentAggregateModel {
  @Field(() => Int) versionNumber: number;
  @Field(() => Int) tracks: number;
  @Field(() => Int) responses: number;
  @Field(() => [ScopeNameModel]) scopes: ScopeNameModel[];
  @Field(() => [AggregateSessionModel]) sessions: AggregateSessionModel[];
}
