import { emptyDefinition, newItem, validateDefinition, type InstrumentItem } from '@kennislijn/shared-instruments';
import type { TFunction } from 'i18next';
import { freshId, itemInput, normalizeItem, partRev, scoringInput } from '../common/definition';
import { errorMap, under } from '../common/errors';
import { changeType, itemTexts, resizeLabels, sameItem } from './item-edit';

const t = ((key: string, params?: Record<string, unknown>) => `${key}${params ? JSON.stringify(params) : ''}`) as unknown as TFunction;

describe('editing one question', () => {
  it('keeps the question, help, subscale and required when the type changes, and starts the rest fresh', () => {
    const likert: InstrumentItem = { ...newItem('LIKERT', 'i1'), text: 'Ik voel me gehoord', help: 'Vandaag', subscaleId: 'band', reverse: true, required: false };
    const choice = changeType(likert, 'SINGLE_CHOICE');
    expect(choice).toMatchObject({ id: 'i1', type: 'SINGLE_CHOICE', text: 'Ik voel me gehoord', help: 'Vandaag', subscaleId: 'band', reverse: true, required: false, points: null, labels: [] });
    expect(choice.options).toHaveLength(2);
    // An open question is never scored: no subscale, not reversed.
    expect(changeType(likert, 'OPEN_TEXT')).toMatchObject({ subscaleId: null, reverse: false, options: [], labels: [] });
  });

  it('resizes a scale’s labels without losing the ones that stay', () => {
    expect(resizeLabels(['a', 'b', 'c'], 2)).toEqual(['a', 'b']);
    expect(resizeLabels(['a', 'b'], 4)).toEqual(['a', 'b', '', '']);
  });

  it('names the free texts as the API’s privacy guard reports them', () => {
    const item = { ...newItem('SINGLE_CHOICE', 'i2'), text: 'Vraag', help: null };
    expect(itemTexts(item)).toEqual({ text: 'Vraag', help: '', 'options.0': 'Ja', 'options.1': 'Nee' });
  });

  it('compares what the API would store: spaces and fields of other types do not count', () => {
    const a = { ...newItem('VAS', 'i3'), text: 'Tekst ', help: '  ' };
    const b = { ...newItem('VAS', 'i3'), text: 'Tekst', help: null, points: 7 };
    expect(sameItem(a, b)).toBe(true);
    expect(sameItem(a, { ...b, text: 'Andere tekst' })).toBe(false);
    expect(normalizeItem(a)).toEqual({ ...b, points: null });
  });

  it('sends a trimmed item, with nothing of the other types', () => {
    const item = { ...newItem('LIKERT', 'i4'), text: ' Hoe ging het? ', labels: [' Slecht ', 'Matig', 'Goed', 'Heel goed', 'Top'], options: [{ id: 'o1', label: 'x', score: 1 }] };
    expect(itemInput(item)).toEqual({
      type: 'LIKERT',
      text: 'Hoe ging het?',
      help: null,
      points: 5,
      labels: ['Slecht', 'Matig', 'Goed', 'Heel goed', 'Top'],
      options: [],
      reverse: false,
      subscaleId: null,
      required: true,
    });
  });
});

describe('draft parts and field errors', () => {
  it('reads a part’s revision (0 when nobody changed it yet) and who changed it', () => {
    const parts = [{ part: 'item:i1', rev: 3, byName: 'Dana Docent' }, { part: 'meta', rev: 1, byName: null }];
    expect(partRev(parts, 'item:i1')).toEqual({ rev: 3, byName: 'Dana Docent' });
    expect(partRev(parts, 'scoring')).toEqual({ rev: 0, byName: null });
  });

  it('puts local errors on the fields of the right question, by path', () => {
    const bad = { ...newItem('LIKERT', 'i3'), labels: ['een', 'twee'] };
    const other = { ...newItem('SINGLE_CHOICE', 'i9'), options: [] };
    const def = { ...emptyDefinition('Meter'), items: [bad, other] };
    const errors = errorMap(validateDefinition(def), t, 'nl');
    expect(under(errors, 'items.i3')).toEqual({ labels: 'Geef de schaal precies 5 labels, één per punt.' });
    expect(under(errors, 'items.i9')).toEqual({ options: 'Geef minstens 2 antwoordmogelijkheden.' });
    // Generic keys use the web app's own texts.
    expect(errorMap([{ field: 'title', key: 'validation.tooShort', params: { min: 3 } }], t, 'nl')).toEqual({ title: 'instruments.validation.tooShort{"min":3}' });
  });

  it('gives new subscales, thresholds and options a short id that is not taken', () => {
    expect(freshId('t', ['t1', 't3'])).toBe('t4');
    expect(freshId('o', [])).toBe('o1');
    expect(freshId('s', ['s2'])).toBe('s3');
  });

  it('sends the scoring part trimmed, with the split spread off when empty', () => {
    expect(
      scoringInput({
        subscales: [{ id: ' band ', name: ' Band ', method: 'MEAN' }],
        scoring: { total: null, splitSpread: null, thresholds: [{ id: 't1', scope: 'band', kind: 'DROP', value: 2, label: ' Daling ' }], referenceLines: [] },
      }),
    ).toEqual({
      subscales: [{ id: 'band', name: 'Band', method: 'MEAN' }],
      total: null,
      splitSpread: null,
      thresholds: [{ id: 't1', scope: 'band', kind: 'DROP', value: 2, label: 'Daling' }],
      referenceLines: [],
    });
  });
});
