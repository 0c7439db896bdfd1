import { isScoredItem, itemScore, normalizeAnswers, round2, scoreResponse, validateAnswers } from './scoring';
import type { ChoiceOption, InstrumentDefinition, InstrumentItem, ItemType, ScoreMethod, Subscale } from './types';
import { emptyDefinition, newItem } from './validate';

function item(type: ItemType, id: string, extra: Partial<InstrumentItem> = {}): InstrumentItem {
  return { ...newItem(type, id), text: `Vraag ${id}`, ...extra };
}

function likert(id: string, points: number, extra: Partial<InstrumentItem> = {}): InstrumentItem {
  return item('LIKERT', id, { points, labels: Array.from({ length: points }, (_, i) => `p${i + 1}`), ...extra });
}

function choice(id: string, options: ChoiceOption[], extra: Partial<InstrumentItem> = {}): InstrumentItem {
  return item('SINGLE_CHOICE', id, { options, ...extra });
}

function def(items: InstrumentItem[], subscales: Subscale[] = [], total: ScoreMethod | null = 'MEAN'): InstrumentDefinition {
  const d = emptyDefinition('Test');
  return { ...d, items, subscales, scoring: { ...d.scoring, total } };
}

// Options scored 0, 1 and 3, plus an unscored "weet ik niet".
const OPTIONS: ChoiceOption[] = [
  { id: 'laag', label: 'Laag', score: 0 },
  { id: 'mid', label: 'Midden', score: 1 },
  { id: 'hoog', label: 'Hoog', score: 3 },
  { id: 'weetniet', label: 'Weet ik niet', score: null },
];

describe('itemScore', () => {
  it('scores LIKERT answers 1..points and reverses them as points + 1 - v', () => {
    expect(itemScore(likert('a', 5), 2)).toBe(2);
    // 5-point, reverse, answered 2: 5 + 1 - 2 = 4.
    expect(itemScore(likert('a', 5, { reverse: true }), 2)).toBe(4);
    // 7-point, reverse, answered 7: 7 + 1 - 7 = 1.
    expect(itemScore(likert('a', 7, { reverse: true }), 7)).toBe(1);
    // 7-point, reverse, answered 1: 7 + 1 - 1 = 7.
    expect(itemScore(likert('a', 7, { reverse: true }), 1)).toBe(7);
  });

  it('gives null for LIKERT answers outside 1..points, non-integers and non-numbers', () => {
    const i = likert('a', 5);
    for (const a of [0, 6, 2.5, '3', null, Number.NaN]) expect(itemScore(i, a)).toBeNull();
    expect(itemScore(i, undefined)).toBeNull();
    expect(itemScore({ ...i, points: null }, 3)).toBeNull();
  });

  it('scores VAS 0..10 and reverses as 10 - v', () => {
    expect(itemScore(item('VAS', 'v'), 7.5)).toBe(7.5);
    // Reverse, answered 7.5: 10 - 7.5 = 2.5.
    expect(itemScore(item('VAS', 'v', { reverse: true }), 7.5)).toBe(2.5);
    expect(itemScore(item('VAS', 'v', { reverse: true }), 0)).toBe(10);
    expect(itemScore(item('VAS', 'v'), 10)).toBe(10);
    for (const a of [-0.1, 10.1, '5', null, Number.POSITIVE_INFINITY]) expect(itemScore(item('VAS', 'v'), a)).toBeNull();
  });

  it('scores SINGLE_CHOICE by the option score and mirrors it within the scored range when reversed', () => {
    const plain = choice('c', OPTIONS);
    expect(itemScore(plain, 'hoog')).toBe(3);
    expect(itemScore(plain, 'mid')).toBe(1);
    const rev = choice('c', OPTIONS, { reverse: true });
    // Scored options {0, 1, 3}: max + min = 3. "hoog" (3) → 3 - 3 = 0; "mid" (1) → 2; "laag" (0) → 3.
    expect(itemScore(rev, 'hoog')).toBe(0);
    expect(itemScore(rev, 'mid')).toBe(2);
    expect(itemScore(rev, 'laag')).toBe(3);
    // The unscored option, unknown ids and numbers give no score.
    expect(itemScore(rev, 'weetniet')).toBeNull();
    expect(itemScore(plain, 'onbekend')).toBeNull();
    expect(itemScore(plain, 3)).toBeNull();
  });

  it('never scores OPEN_TEXT', () => {
    expect(itemScore(item('OPEN_TEXT', 'o'), 'Meer tijd')).toBeNull();
  });
});

describe('isScoredItem', () => {
  it('counts LIKERT, VAS and SINGLE_CHOICE with a scored option', () => {
    expect(isScoredItem(likert('a', 5))).toBe(true);
    expect(isScoredItem(item('VAS', 'v'))).toBe(true);
    expect(isScoredItem(choice('c', OPTIONS))).toBe(true);
    expect(isScoredItem(choice('c', [{ id: 'x', label: 'X', score: null }, { id: 'y', label: 'Y', score: null }]))).toBe(false);
    expect(isScoredItem(item('OPEN_TEXT', 'o'))).toBe(false);
  });
});

describe('round2', () => {
  it('rounds to two decimals and never returns -0', () => {
    expect(round2(10 / 3)).toBe(3.33);
    expect(round2(5 / 3)).toBe(1.67);
    expect(Object.is(round2(-0.004), 0)).toBe(true);
  });
});

describe('scoreResponse', () => {
  it('MEAN of a subscale averages the answered items only', () => {
    // a1: 5-point reverse answered 2 → 4; v1: VAS 2.5 → 2.5; a2 unanswered.
    // MEAN = (4 + 2.5) / 2 = 3.25.
    const d = def(
      [likert('a1', 5, { reverse: true, subscaleId: 's' }), item('VAS', 'v1', { subscaleId: 's' }), likert('a2', 5, { subscaleId: 's' })],
      [{ id: 's', name: 'S', method: 'MEAN' }],
    );
    expect(scoreResponse(d, { a1: 2, v1: 2.5 })).toEqual({ total: 3.25, subscales: { s: 3.25 } });
  });

  it('SUM is null while one scored item is unanswered, and the plain sum otherwise', () => {
    const d = def([likert('a1', 5, { subscaleId: 's' }), likert('a2', 5, { subscaleId: 's' }), likert('a3', 5, { subscaleId: 's' })], [{ id: 's', name: 'S', method: 'SUM' }], 'SUM');
    // 4 + 5 + (unanswered) → null, for the subscale and the SUM total alike.
    expect(scoreResponse(d, { a1: 4, a2: 5 })).toEqual({ total: null, subscales: { s: null } });
    // 4 + 5 + 1 = 10.
    expect(scoreResponse(d, { a1: 4, a2: 5, a3: 1 })).toEqual({ total: 10, subscales: { s: 10 } });
    // An invalid answer (6 on a 5-point scale) counts as unanswered.
    expect(scoreResponse(d, { a1: 4, a2: 5, a3: 6 }).total).toBeNull();
  });

  it('computes the total over all items, which differs from the mean of the subscale means', () => {
    // Subscale A: 1, 2, 3 → mean 2. Subscale B: 5 → mean 5. Mean of subscale means = (2 + 5) / 2 = 3.5.
    // Total MEAN over the four items = (1 + 2 + 3 + 5) / 4 = 11 / 4 = 2.75.
    const d = def(
      [likert('a1', 5, { subscaleId: 'A' }), likert('a2', 5, { subscaleId: 'A' }), likert('a3', 5, { subscaleId: 'A' }), likert('b1', 5, { subscaleId: 'B' })],
      [
        { id: 'A', name: 'A', method: 'MEAN' },
        { id: 'B', name: 'B', method: 'MEAN' },
      ],
    );
    const s = scoreResponse(d, { a1: 1, a2: 2, a3: 3, b1: 5 });
    expect(s).toEqual({ total: 2.75, subscales: { A: 2, B: 5 } });
    expect(s.total).not.toBe(3.5);
  });

  it('counts items without a subscale in the total and rounds to 2 decimals', () => {
    // 1 + 2 + 2 = 5; 5 / 3 = 1.666... → 1.67. Subscale S has only a1: 1.
    const d = def([likert('a1', 5, { subscaleId: 'S' }), likert('a2', 5), likert('a3', 5)], [{ id: 'S', name: 'S', method: 'MEAN' }]);
    expect(scoreResponse(d, { a1: 1, a2: 2, a3: 2 })).toEqual({ total: 1.67, subscales: { S: 1 } });
  });

  it('treats a SINGLE_CHOICE answer with an unscored option as unanswered', () => {
    const d = def([likert('a1', 5), choice('c1', OPTIONS)], [], 'SUM');
    // "weetniet" has score null: the SUM misses an item → null.
    expect(scoreResponse(d, { a1: 4, c1: 'weetniet' }).total).toBeNull();
    // "hoog" scores 3: 4 + 3 = 7.
    expect(scoreResponse(d, { a1: 4, c1: 'hoog' }).total).toBe(7);
    // MEAN skips the unscored answer: only a1 = 4.
    expect(scoreResponse(def(d.items, [], 'MEAN'), { a1: 4, c1: 'weetniet' }).total).toBe(4);
  });

  it('ignores open questions and choice questions without scores, even in a SUM', () => {
    const unscored = choice('c', [
      { id: 'x', label: 'X', score: null },
      { id: 'y', label: 'Y', score: null },
    ]);
    const d = def([likert('a1', 5), likert('a2', 5), item('OPEN_TEXT', 'o'), unscored], [], 'SUM');
    // 3 + 4 = 7; o and c are unanswered but not scored.
    expect(scoreResponse(d, { a1: 3, a2: 4 }).total).toBe(7);
  });

  it('gives null for subscales without items, for MEAN with nothing answered, and without a total', () => {
    const d = def(
      [likert('a1', 5, { subscaleId: 'S' })],
      [
        { id: 'S', name: 'S', method: 'MEAN' },
        { id: 'leeg', name: 'Leeg', method: 'SUM' },
        { id: 'leeg2', name: 'Leeg 2', method: 'MEAN' },
      ],
      null,
    );
    expect(scoreResponse(d, {})).toEqual({ total: null, subscales: { S: null, leeg: null, leeg2: null } });
    expect(scoreResponse(d, { a1: 3 })).toEqual({ total: null, subscales: { S: 3, leeg: null, leeg2: null } });
    // A definition without items has no total either.
    expect(scoreResponse(def([]), {}).total).toBeNull();
  });

  it('mixes reverse-keyed types in one total', () => {
    // Likert 7 reverse answered 7 → 1; VAS reverse 7.5 → 2.5; choice reverse "hoog" → 0.
    // SUM = 1 + 2.5 + 0 = 3.5; MEAN = 3.5 / 3 = 1.1666... → 1.17.
    const items = [likert('l', 7, { reverse: true }), item('VAS', 'v', { reverse: true }), choice('c', OPTIONS, { reverse: true })];
    const answers = { l: 7, v: 7.5, c: 'hoog' };
    expect(scoreResponse(def(items, [], 'SUM'), answers).total).toBe(3.5);
    expect(scoreResponse(def(items, [], 'MEAN'), answers).total).toBe(1.17);
  });
});

describe('validateAnswers', () => {
  const d = def([
    likert('l', 5),
    item('VAS', 'v'),
    choice('c', OPTIONS),
    item('OPEN_TEXT', 'o'),
    likert('opt', 5, { required: false }),
  ]);

  it('accepts a complete, valid set', () => {
    expect(validateAnswers(d, { l: 1, v: 7.3, c: 'weetniet', o: 'Meer tijd samen', opt: null })).toEqual([]);
    expect(validateAnswers(d, { l: 5, v: 0, c: 'hoog' })).toEqual([]);
    expect(validateAnswers(d, { l: 5, v: 10, c: 'hoog', o: '   ' })).toEqual([]);
  });

  it('requires plain-object answers', () => {
    for (const a of [null, undefined, 'x', 3, [], new Date()]) {
      expect(validateAnswers(d, a)).toEqual([{ field: 'answers', key: 'validation.invalid' }]);
    }
  });

  it('reports required items without an answer (null, absent or blank)', () => {
    expect(validateAnswers(d, { l: null, v: undefined, c: '  ' })).toEqual([
      { field: 'answers.l', key: 'validation.required' },
      { field: 'answers.v', key: 'validation.required' },
      { field: 'answers.c', key: 'validation.required' },
    ]);
  });

  it('checks LIKERT answers as integers 1..points', () => {
    for (const a of [0, 6, 2.5, '3']) {
      expect(validateAnswers(d, { l: a, v: 5, c: 'hoog' })).toEqual([{ field: 'answers.l', key: 'instrument.answerLikert', params: { points: 5 } }]);
    }
  });

  it('checks VAS answers as 0..10 with at most one decimal', () => {
    for (const a of [-0.1, 10.1, 7.25, '7']) {
      expect(validateAnswers(d, { l: 3, v: a, c: 'hoog' })).toEqual([{ field: 'answers.v', key: 'instrument.answerVas', params: { min: 0, max: 10 } }]);
    }
  });

  it('checks SINGLE_CHOICE answers against the option ids', () => {
    for (const a of ['onbekend', 1]) {
      expect(validateAnswers(d, { l: 3, v: 5, c: a })).toEqual([{ field: 'answers.c', key: 'instrument.answerChoice' }]);
    }
  });

  it('limits open answers to 4000 characters', () => {
    expect(validateAnswers(d, { l: 3, v: 5, c: 'hoog', o: 'x'.repeat(4000) })).toEqual([]);
    expect(validateAnswers(d, { l: 3, v: 5, c: 'hoog', o: 'x'.repeat(4001) })).toEqual([
      { field: 'answers.o', key: 'validation.tooLong', params: { max: 4000 } },
    ]);
    expect(validateAnswers(d, { l: 3, v: 5, c: 'hoog', o: 12 })).toEqual([{ field: 'answers.o', key: 'validation.invalid' }]);
  });

  it('reports answers to unknown items after the item errors', () => {
    expect(validateAnswers(d, { l: 9, v: 5, c: 'hoog', extra: 1 })).toEqual([
      { field: 'answers.l', key: 'instrument.answerLikert', params: { points: 5 } },
      { field: 'answers.extra', key: 'instrument.unknownItem' },
    ]);
  });
});

describe('normalizeAnswers', () => {
  it('keeps known items, trims text, blanks to null, rounds VAS to one decimal', () => {
    const d = def([likert('l', 5), item('VAS', 'v'), item('VAS', 'w'), choice('c', OPTIONS), item('OPEN_TEXT', 'o'), item('OPEN_TEXT', 'o2')]);
    const input = { l: 4, v: 7.26, w: 0.04, c: ' hoog ', o: '  Meer tijd  ', o2: '   ', onbekend: 3 };
    const out = normalizeAnswers(d, input);
    expect(out).toEqual({ l: 4, v: 7.3, w: 0, c: 'hoog', o: 'Meer tijd', o2: null });
    expect(Object.is(normalizeAnswers(d, { w: -0.04 }).w, 0)).toBe(true);
    // The input is left alone.
    expect(input.o).toBe('  Meer tijd  ');
  });
});
