/**
 * Monitoring instruments as data. A community co-develops the draft; publishing freezes an
 * `InstrumentDefinition` as version 1, 2, 3 ... which never changes again. Responses are scored
 * with the definition of the version their track uses. Pure types and functions, shared by the
 * API (storing, scoring, exports), the web app (editor preview, charts) and the benchmarks.
 */

/** Who fills an instrument in. Respondents on a track are roles ("moeder", "jongere"), each of one of these kinds. */
export const RESPONDENT_KINDS = ['CLIENT', 'PARENT', 'YOUTH', 'PROFESSIONAL', 'TEAM_MEMBER', 'OBSERVER'] as const;
export type RespondentKind = (typeof RESPONDENT_KINDS)[number];

export const RESPONDENT_KIND_LABELS: Record<RespondentKind, { nl: string; en: string }> = {
  CLIENT: { nl: 'Cliënt', en: 'Client' },
  PARENT: { nl: 'Ouder', en: 'Parent' },
  YOUTH: { nl: 'Jongere', en: 'Young person' },
  PROFESSIONAL: { nl: 'Professional', en: 'Professional' },
  TEAM_MEMBER: { nl: 'Teamlid', en: 'Team member' },
  OBSERVER: { nl: 'Observator', en: 'Observer' },
};

/**
 * LIKERT: 2-11 points, answered 1..points, one label per point.
 * VAS: visual analogue scale 0-10 with one decimal; `labels` holds the two anchors [left, right].
 * SINGLE_CHOICE: one of `options`; an option's `score` (null: not scored).
 * OPEN_TEXT: free text, never scored (passes the privacy guard like every free text).
 */
export const ITEM_TYPES = ['LIKERT', 'VAS', 'SINGLE_CHOICE', 'OPEN_TEXT'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export const SCORE_METHODS = ['SUM', 'MEAN'] as const;
export type ScoreMethod = (typeof SCORE_METHODS)[number];

export const LIKERT_MIN_POINTS = 2;
export const LIKERT_MAX_POINTS = 11;
export const VAS_MIN = 0;
export const VAS_MAX = 10;

export interface ChoiceOption {
  /** Stable within the instrument (kept across versions so answers and diffs line up). */
  id: string;
  label: string;
  /** Points this choice scores; null when the choice is not scored (e.g. "weet ik niet"). */
  score: number | null;
}

export interface InstrumentItem {
  /** Stable within the instrument and its versions and forks (e.g. "i1", or a short random id). */
  id: string;
  type: ItemType;
  /** The question or statement. */
  text: string;
  /** Optional explanation shown under the text. */
  help: string | null;
  /** LIKERT: number of points (2-11). Ignored for other types. */
  points: number | null;
  /** LIKERT: one label per point (length = points). VAS: [left anchor, right anchor]. Otherwise []. */
  labels: string[];
  /** SINGLE_CHOICE only; otherwise []. */
  options: ChoiceOption[];
  /** Reverse-keyed: LIKERT v → points + 1 - v; VAS v → 10 - v; SINGLE_CHOICE s → (max + min) - s over the scored options. */
  reverse: boolean;
  /** The subscale this item counts towards, or null. */
  subscaleId: string | null;
  required: boolean;
}

export interface Subscale {
  id: string;
  name: string;
  /** SUM: the sum of its items (null while any scored item is unanswered). MEAN: the mean of the answered items. */
  method: ScoreMethod;
}

/** `TOTAL` or a subscale id. */
export type ScoreScope = string;
export const TOTAL = 'TOTAL';

export const THRESHOLD_KINDS = ['BELOW', 'ABOVE', 'DROP'] as const;
/**
 * BELOW: score < value raises a signal. ABOVE: score > value. DROP: the previous measurement of the
 * same respondent minus this one is at least `value`.
 */
export type ThresholdKind = (typeof THRESHOLD_KINDS)[number];

export interface Threshold {
  id: string;
  scope: ScoreScope;
  kind: ThresholdKind;
  value: number;
  /** What the signal says, e.g. "Samenwerking onder de grens". */
  label: string;
}

export interface ReferenceLine {
  id: string;
  scope: ScoreScope;
  value: number;
  label: string;
}

export interface Scoring {
  /** How the total is computed over all scored items; null: no total (subscales only). */
  total: ScoreMethod | null;
  thresholds: Threshold[];
  referenceLines: ReferenceLine[];
  /**
   * "Split alliance": respondents' scores in one session that differ by more than this (max - min)
   * raise a flag. Applies to the total, or to the first subscale when there is no total. null: off.
   */
  splitSpread: number | null;
}

/** What a published version freezes (and what the draft holds). */
export interface InstrumentDefinition {
  title: string;
  /** What the instrument is for and how to use it (Markdown). */
  purpose: string;
  respondents: RespondentKind[];
  items: InstrumentItem[];
  subscales: Subscale[];
  scoring: Scoring;
}

/** LIKERT and VAS: a number; SINGLE_CHOICE: the option id; OPEN_TEXT: the text. null or absent: not answered. */
export type Answer = number | string | null;
export type Answers = Record<string, Answer>;

export interface Scores {
  /** null when there is no total, or it cannot be computed (see ScoreMethod). */
  total: number | null;
  /** Per subscale id. */
  subscales: Record<string, number | null>;
}

/** A field error in the API's shape: `key` is one of INSTRUMENT_MESSAGES (or a generic validation key). */
export interface DefinitionError {
  /** e.g. "items.i3.labels", "scoring.thresholds.t1.value", "title". */
  field: string;
  key: string;
  params?: Record<string, string | number>;
}

/** One stored response, as the chart and signal functions read them. */
export interface ScoredResponse {
  respondentId: string;
  sessionNumber: number;
  /** ISO date (yyyy-mm-dd) of the session, if known. */
  sessionDate: string | null;
  scores: Scores;
}

export interface TrackRespondent {
  id: string;
  /** The role as entered: "moeder", "jongere", "gezinswerker". */
  label: string;
  kind: RespondentKind;
}

export type SignalKind = ThresholdKind | 'SPLIT';

export interface Signal {
  kind: SignalKind;
  /** The threshold that raised it (null for SPLIT). */
  thresholdId: string | null;
  scope: ScoreScope;
  sessionNumber: number;
  /** For SPLIT: null (see `spread`). */
  respondentId: string | null;
  value: number;
  /** DROP: the previous score of this respondent. */
  previous: number | null;
  /** SPLIT: max - min across respondents in this session. */
  spread: number | null;
  label: string;
}

export interface ChartPoint {
  sessionNumber: number;
  sessionDate: string | null;
  total: number | null;
  subscales: Record<string, number | null>;
}

export interface ChartSeries {
  respondentId: string;
  label: string;
  kind: RespondentKind;
  points: ChartPoint[];
}

export interface SessionSpread {
  sessionNumber: number;
  scope: ScoreScope;
  spread: number;
  min: { respondentId: string; value: number };
  max: { respondentId: string; value: number };
  split: boolean;
}

/** Everything the track page draws: series per respondent, signals, spreads, thresholds and reference lines. */
export interface TrackChart {
  /** TOTAL (if the instrument has one) followed by the subscales, with their names. */
  scopes: { id: ScoreScope; name: string }[];
  series: ChartSeries[];
  /** Session numbers that have at least one response, ascending. */
  sessions: number[];
  signals: Signal[];
  spreads: SessionSpread[];
  thresholds: Threshold[];
  referenceLines: ReferenceLine[];
  /** The spread that counts as split (track override, else the instrument's), or null. */
  splitSpread: number | null;
}

export const DIFF_ENTITIES = ['INSTRUMENT', 'ITEM', 'SUBSCALE', 'THRESHOLD', 'REFERENCE_LINE', 'SCORING'] as const;
export type DiffEntity = (typeof DIFF_ENTITIES)[number];
export type DiffKind = 'ADDED' | 'REMOVED' | 'CHANGED' | 'MOVED';

/** One difference between two definitions, readable on its own. */
export interface DefinitionChange {
  entity: DiffEntity;
  kind: DiffKind;
  /** The item, subscale, threshold or reference line id (null for INSTRUMENT and SCORING). */
  id: string | null;
  /** The changed field for CHANGED (e.g. "text", "reverse", "points", "labels", "total"); null otherwise. */
  field: string | null;
  /** JSON-able before/after values (null when not applicable). */
  before: unknown;
  after: unknown;
  /** A human hint: the item's text, the subscale's name, ... (from the newer definition when it exists). */
  label: string;
}
