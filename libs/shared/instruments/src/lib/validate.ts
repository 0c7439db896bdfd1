// Checking an instrument definition (the draft while it is edited, and strictly before publishing),
// the messages for its errors, and the building blocks the editor starts from.
import {
  ITEM_TYPES,
  LIKERT_MAX_POINTS,
  LIKERT_MIN_POINTS,
  RESPONDENT_KINDS,
  SCORE_METHODS,
  THRESHOLD_KINDS,
  TOTAL,
} from './types';
import type { DefinitionError, InstrumentDefinition, InstrumentItem, ItemType } from './types';

export const TITLE_MIN = 3;
export const TITLE_MAX = 160;
export const PURPOSE_MAX = 10000;
export const ITEMS_MAX = 200;
/** Upper bounds for the smaller lists, so a definition cannot grow without end. */
export const SUBSCALES_MAX = 30;
export const OPTIONS_MAX = 30;
export const THRESHOLDS_MAX = 30;
export const REFERENCE_LINES_MAX = 30;
export const ID_MAX = 40;
export const ID_PATTERN = /^[A-Za-z0-9_-]+$/;
export const ITEM_TEXT_MAX = 1000;
export const ITEM_HELP_MAX = 1000;
export const LABEL_MAX = 120;
export const SUBSCALE_NAME_MAX = 120;
export const THRESHOLD_LABEL_MAX = 160;
export const REFERENCE_LINE_LABEL_MAX = 120;

/**
 * Dutch and English texts for every `instrument.*` key that validateDefinition and validateAnswers
 * return. `{name}` is replaced with the error's params. The generic `validation.*` keys live in the API.
 */
export const INSTRUMENT_MESSAGES: Record<string, { nl: string; en: string }> = {
  'instrument.invalidId': {
    nl: 'Een id bestaat alleen uit letters, cijfers, - en _.',
    en: 'An id consists only of letters, digits, - and _.',
  },
  'instrument.duplicateId': {
    nl: 'Het id {id} komt twee keer voor. Elk id moet uniek zijn.',
    en: 'The id {id} occurs twice. Every id must be unique.',
  },
  'instrument.reservedId': {
    nl: 'Het id {id} is gereserveerd. Kies een ander id.',
    en: 'The id {id} is reserved. Choose another id.',
  },
  'instrument.tooMany': {
    nl: 'Dit mogen er hooguit {max} zijn.',
    en: 'At most {max} are allowed.',
  },
  'instrument.noRespondents': {
    nl: 'Kies wie de vragenlijst invult.',
    en: 'Choose who fills in the questionnaire.',
  },
  'instrument.duplicateRespondent': {
    nl: 'Je hebt dezelfde invuller twee keer gekozen.',
    en: 'You chose the same respondent twice.',
  },
  'instrument.noItems': {
    nl: 'Voeg minstens één vraag toe.',
    en: 'Add at least one question.',
  },
  'instrument.likertPoints': {
    nl: 'Een schaal heeft {min} tot en met {max} punten.',
    en: 'A scale has {min} to {max} points.',
  },
  'instrument.likertLabels': {
    nl: 'Geef de schaal precies {points} labels, één per punt.',
    en: 'Give the scale exactly {points} labels, one per point.',
  },
  'instrument.labelRequired': {
    nl: 'Geef elk punt van de schaal een label.',
    en: 'Give every point of the scale a label.',
  },
  'instrument.vasLabels': {
    nl: 'Een schuifschaal heeft geen of twee uitersten (links en rechts).',
    en: 'A slider scale has no anchors or two (left and right).',
  },
  'instrument.choiceOptions': {
    nl: 'Geef minstens {min} antwoordmogelijkheden.',
    en: 'Give at least {min} answer options.',
  },
  'instrument.numberRequired': {
    nl: 'Vul een getal in.',
    en: 'Enter a number.',
  },
  'instrument.unknownSubscale': {
    nl: 'Deze subschaal bestaat niet (meer). Kies een andere.',
    en: 'This subscale does not exist (anymore). Choose another one.',
  },
  'instrument.unknownScope': {
    nl: 'Kies het totaal of een bestaande subschaal.',
    en: 'Choose the total or an existing subscale.',
  },
  'instrument.dropPositive': {
    nl: 'Een daling is groter dan 0.',
    en: 'A drop must be greater than 0.',
  },
  'instrument.splitSpreadPositive': {
    nl: 'Het verschil voor een gespleten alliantie is groter dan 0, of leeg.',
    en: 'The spread for a split alliance must be greater than 0, or empty.',
  },
  'instrument.unknownItem': {
    nl: 'Deze vraag hoort niet bij de vragenlijst.',
    en: 'This question is not part of the questionnaire.',
  },
  'instrument.answerLikert': {
    nl: 'Kies een antwoord van 1 tot en met {points}.',
    en: 'Choose an answer from 1 to {points}.',
  },
  'instrument.answerVas': {
    nl: 'Kies een waarde van {min} tot en met {max}, met hooguit één cijfer achter de komma.',
    en: 'Choose a value from {min} to {max}, with at most one decimal.',
  },
  'instrument.answerChoice': {
    nl: 'Kies een van de antwoorden.',
    en: 'Choose one of the answers.',
  },
};

function isBlank(s: unknown): boolean {
  return typeof s !== 'string' || s.trim() === '';
}

function textLength(s: unknown): number {
  return typeof s === 'string' ? s.trim().length : 0;
}

/**
 * The segment that names an entity in a field path: its id, or `#<position>` (1-based) when the id
 * is empty, so an error on an item without an id still points somewhere.
 */
function segment(id: unknown, index: number): string {
  return typeof id === 'string' && id !== '' ? id : `#${index + 1}`;
}

/**
 * Checks the ids of one list (items, subscales, thresholds, reference lines, or one item's options):
 * non-empty, at most 40 characters, letters/digits/-/_, unique within the list. Reports at
 * `<prefix>.<segment>.id`.
 */
function checkIds(list: { id: unknown }[], prefix: string, errors: DefinitionError[], reserved: string[] = []): void {
  const seen = new Set<string>();
  list.forEach((entry, i) => {
    const field = `${prefix}.${segment(entry.id, i)}.id`;
    const id = entry.id;
    if (typeof id !== 'string' || id === '') {
      errors.push({ field, key: 'validation.required' });
      return;
    }
    if (id.length > ID_MAX) errors.push({ field, key: 'validation.tooLong', params: { max: ID_MAX } });
    else if (!ID_PATTERN.test(id)) errors.push({ field, key: 'instrument.invalidId' });
    else if (reserved.includes(id)) errors.push({ field, key: 'instrument.reservedId', params: { id } });
    if (seen.has(id)) errors.push({ field, key: 'instrument.duplicateId', params: { id } });
    seen.add(id);
  });
}

function checkMax(list: unknown[], max: number, field: string, errors: DefinitionError[]): void {
  if (list.length > max) errors.push({ field, key: 'instrument.tooMany', params: { max } });
}

function checkItem(item: InstrumentItem, index: number, subscaleIds: Set<string>, forPublish: boolean, errors: DefinitionError[]): void {
  const base = `items.${segment(item.id, index)}`;

  // Text may be empty while drafting (a new question), not when publishing.
  if (isBlank(item.text)) {
    if (forPublish) errors.push({ field: `${base}.text`, key: 'validation.required' });
  } else if (textLength(item.text) > ITEM_TEXT_MAX) {
    errors.push({ field: `${base}.text`, key: 'validation.tooLong', params: { max: ITEM_TEXT_MAX } });
  }
  if (item.help !== null && textLength(item.help) > ITEM_HELP_MAX) {
    errors.push({ field: `${base}.help`, key: 'validation.tooLong', params: { max: ITEM_HELP_MAX } });
  }
  if (item.subscaleId !== null && !subscaleIds.has(item.subscaleId)) {
    errors.push({ field: `${base}.subscaleId`, key: 'instrument.unknownSubscale' });
  }

  const labels = Array.isArray(item.labels) ? item.labels : [];
  labels.forEach((label, i) => {
    if (textLength(label) > LABEL_MAX) errors.push({ field: `${base}.labels.${i}`, key: 'validation.tooLong', params: { max: LABEL_MAX } });
  });

  if (!(ITEM_TYPES as readonly string[]).includes(item.type)) {
    errors.push({ field: `${base}.type`, key: 'validation.enum' });
    return;
  }

  switch (item.type) {
    case 'LIKERT': {
      const points = item.points;
      if (typeof points !== 'number' || !Number.isInteger(points) || points < LIKERT_MIN_POINTS || points > LIKERT_MAX_POINTS) {
        errors.push({ field: `${base}.points`, key: 'instrument.likertPoints', params: { min: LIKERT_MIN_POINTS, max: LIKERT_MAX_POINTS } });
        break;
      }
      if (labels.length !== points) {
        errors.push({ field: `${base}.labels`, key: 'instrument.likertLabels', params: { points } });
      }
      if (forPublish) {
        labels.forEach((label, i) => {
          if (isBlank(label)) errors.push({ field: `${base}.labels.${i}`, key: 'instrument.labelRequired' });
        });
      }
      break;
    }
    case 'VAS':
      if (labels.length !== 0 && labels.length !== 2) errors.push({ field: `${base}.labels`, key: 'instrument.vasLabels' });
      break;
    case 'SINGLE_CHOICE': {
      const options = Array.isArray(item.options) ? item.options : [];
      if (options.length < 2) errors.push({ field: `${base}.options`, key: 'instrument.choiceOptions', params: { min: 2 } });
      checkMax(options, OPTIONS_MAX, `${base}.options`, errors);
      checkIds(options, `${base}.options`, errors);
      options.forEach((option, i) => {
        const opt = `${base}.options.${segment(option.id, i)}`;
        if (isBlank(option.label)) {
          if (forPublish) errors.push({ field: `${opt}.label`, key: 'validation.required' });
        } else if (textLength(option.label) > LABEL_MAX) {
          errors.push({ field: `${opt}.label`, key: 'validation.tooLong', params: { max: LABEL_MAX } });
        }
        if (option.score !== null && (typeof option.score !== 'number' || !Number.isFinite(option.score))) {
          errors.push({ field: `${opt}.score`, key: 'instrument.numberRequired' });
        }
      });
      break;
    }
    default:
      // OPEN_TEXT: nothing beyond text and help.
      break;
  }
}

/** A threshold's or reference line's scope: TOTAL (when the instrument has a total) or a subscale id. */
function validScope(scope: unknown, hasTotal: boolean, subscaleIds: Set<string>): boolean {
  if (scope === TOTAL) return hasTotal;
  return typeof scope === 'string' && subscaleIds.has(scope);
}

/**
 * All errors in a definition, in reading order (instrument, items, subscales, scoring). A draft may
 * be incomplete (empty question texts, no items, no respondents, empty option labels); with
 * `forPublish` it must be complete. An empty list means valid.
 */
export function validateDefinition(def: InstrumentDefinition, opts: { forPublish?: boolean } = {}): DefinitionError[] {
  const forPublish = opts.forPublish === true;
  const errors: DefinitionError[] = [];

  // Instrument.
  const titleLength = textLength(def.title);
  if (titleLength < TITLE_MIN) errors.push({ field: 'title', key: 'validation.tooShort', params: { min: TITLE_MIN } });
  else if (titleLength > TITLE_MAX) errors.push({ field: 'title', key: 'validation.tooLong', params: { max: TITLE_MAX } });
  if (typeof def.purpose !== 'string') errors.push({ field: 'purpose', key: 'validation.invalid' });
  else if (def.purpose.length > PURPOSE_MAX) errors.push({ field: 'purpose', key: 'validation.tooLong', params: { max: PURPOSE_MAX } });

  const respondents = Array.isArray(def.respondents) ? def.respondents : [];
  if (respondents.some((r) => !(RESPONDENT_KINDS as readonly string[]).includes(r))) {
    errors.push({ field: 'respondents', key: 'validation.enum' });
  }
  if (new Set(respondents).size !== respondents.length) errors.push({ field: 'respondents', key: 'instrument.duplicateRespondent' });
  if (forPublish && respondents.length === 0) errors.push({ field: 'respondents', key: 'instrument.noRespondents' });

  // Items.
  const items = Array.isArray(def.items) ? def.items : [];
  const subscales = Array.isArray(def.subscales) ? def.subscales : [];
  const subscaleIds = new Set(subscales.map((s) => s.id));
  if (forPublish && items.length === 0) errors.push({ field: 'items', key: 'instrument.noItems' });
  checkMax(items, ITEMS_MAX, 'items', errors);
  checkIds(items, 'items', errors);
  items.forEach((item, i) => checkItem(item, i, subscaleIds, forPublish, errors));

  // Subscales. "TOTAL" is reserved: it names the total as a scope.
  checkMax(subscales, SUBSCALES_MAX, 'subscales', errors);
  checkIds(subscales, 'subscales', errors, [TOTAL]);
  subscales.forEach((s, i) => {
    const base = `subscales.${segment(s.id, i)}`;
    const nameLength = textLength(s.name);
    if (nameLength === 0) errors.push({ field: `${base}.name`, key: 'validation.required' });
    else if (nameLength > SUBSCALE_NAME_MAX) errors.push({ field: `${base}.name`, key: 'validation.tooLong', params: { max: SUBSCALE_NAME_MAX } });
    if (!(SCORE_METHODS as readonly string[]).includes(s.method)) errors.push({ field: `${base}.method`, key: 'validation.enum' });
  });

  // Scoring.
  const scoring = def.scoring;
  if (scoring.total !== null && !(SCORE_METHODS as readonly string[]).includes(scoring.total)) {
    errors.push({ field: 'scoring.total', key: 'validation.enum' });
  }
  const hasTotal = scoring.total !== null;

  const thresholds = Array.isArray(scoring.thresholds) ? scoring.thresholds : [];
  checkMax(thresholds, THRESHOLDS_MAX, 'scoring.thresholds', errors);
  checkIds(thresholds, 'scoring.thresholds', errors);
  thresholds.forEach((t, i) => {
    const base = `scoring.thresholds.${segment(t.id, i)}`;
    if (!validScope(t.scope, hasTotal, subscaleIds)) errors.push({ field: `${base}.scope`, key: 'instrument.unknownScope' });
    const kindOk = (THRESHOLD_KINDS as readonly string[]).includes(t.kind);
    if (!kindOk) errors.push({ field: `${base}.kind`, key: 'validation.enum' });
    if (typeof t.value !== 'number' || !Number.isFinite(t.value)) errors.push({ field: `${base}.value`, key: 'instrument.numberRequired' });
    else if (t.kind === 'DROP' && t.value <= 0) errors.push({ field: `${base}.value`, key: 'instrument.dropPositive' });
    // The label is what the signal says; a published instrument needs one.
    if (isBlank(t.label)) {
      if (forPublish) errors.push({ field: `${base}.label`, key: 'validation.required' });
    } else if (textLength(t.label) > THRESHOLD_LABEL_MAX) {
      errors.push({ field: `${base}.label`, key: 'validation.tooLong', params: { max: THRESHOLD_LABEL_MAX } });
    }
  });

  const lines = Array.isArray(scoring.referenceLines) ? scoring.referenceLines : [];
  checkMax(lines, REFERENCE_LINES_MAX, 'scoring.referenceLines', errors);
  checkIds(lines, 'scoring.referenceLines', errors);
  lines.forEach((r, i) => {
    const base = `scoring.referenceLines.${segment(r.id, i)}`;
    if (!validScope(r.scope, hasTotal, subscaleIds)) errors.push({ field: `${base}.scope`, key: 'instrument.unknownScope' });
    if (typeof r.value !== 'number' || !Number.isFinite(r.value)) errors.push({ field: `${base}.value`, key: 'instrument.numberRequired' });
    if (textLength(r.label) > REFERENCE_LINE_LABEL_MAX) {
      errors.push({ field: `${base}.label`, key: 'validation.tooLong', params: { max: REFERENCE_LINE_LABEL_MAX } });
    }
  });

  const spread = scoring.splitSpread;
  if (spread !== null && (typeof spread !== 'number' || !Number.isFinite(spread) || spread <= 0)) {
    errors.push({ field: 'scoring.splitSpread', key: 'instrument.splitSpreadPositive' });
  }

  return errors;
}

/** A new, empty draft: no items, a mean total, no thresholds, no split-alliance check. */
export function emptyDefinition(title: string): InstrumentDefinition {
  return {
    title,
    purpose: '',
    respondents: [],
    items: [],
    subscales: [],
    scoring: { total: 'MEAN', thresholds: [], referenceLines: [], splitSpread: null },
  };
}

/** The labels a new 5-point scale starts with. */
export const DEFAULT_LIKERT_LABELS = ['Helemaal niet mee eens', 'Niet mee eens', 'Neutraal', 'Mee eens', 'Helemaal mee eens'];
/** The anchors a new slider (VAS) starts with. */
export const DEFAULT_VAS_LABELS = ['Helemaal niet', 'Helemaal wel'];

/** A new question of the given type with sensible Dutch defaults; the text is left for the author. */
export function newItem(type: ItemType, id: string): InstrumentItem {
  const item: InstrumentItem = {
    id,
    type,
    text: '',
    help: null,
    points: null,
    labels: [],
    options: [],
    reverse: false,
    subscaleId: null,
    required: type !== 'OPEN_TEXT',
  };
  switch (type) {
    case 'LIKERT':
      item.points = 5;
      item.labels = [...DEFAULT_LIKERT_LABELS];
      break;
    case 'VAS':
      item.labels = [...DEFAULT_VAS_LABELS];
      break;
    case 'SINGLE_CHOICE':
      item.options = [
        { id: 'o1', label: 'Ja', score: 1 },
        { id: 'o2', label: 'Nee', score: 0 },
      ];
      break;
    default:
      break;
  }
  return item;
}
