// Monitoring instruments: the definition contract, scoring, validation, charts, version diffs and
// demo instruments. Pure TypeScript, runs in the browser and in the API.
export * from './lib/types';
export { OPEN_TEXT_MAX, isPlainObject, isScoredItem, itemScore, normalizeAnswers, round2, scoreResponse, validateAnswers } from './lib/scoring';
export {
  DEFAULT_LIKERT_LABELS,
  DEFAULT_VAS_LABELS,
  ID_MAX,
  ID_PATTERN,
  INSTRUMENT_MESSAGES,
  ITEMS_MAX,
  ITEM_HELP_MAX,
  ITEM_TEXT_MAX,
  LABEL_MAX,
  OPTIONS_MAX,
  PURPOSE_MAX,
  REFERENCE_LINES_MAX,
  REFERENCE_LINE_LABEL_MAX,
  SUBSCALES_MAX,
  SUBSCALE_NAME_MAX,
  THRESHOLDS_MAX,
  THRESHOLD_LABEL_MAX,
  TITLE_MAX,
  TITLE_MIN,
  emptyDefinition,
  newItem,
  validateDefinition,
} from './lib/validate';
export { SPLIT_LABEL, TOTAL_NAME, buildTrackChart } from './lib/chart';
export { deepEqual, diffDefinitions } from './lib/diff';
export { DEMO_INSTRUMENTS } from './lib/demo-instruments';
