import type { DefinitionError, InstrumentDefinition } from './types';
import { DEFAULT_LIKERT_LABELS, INSTRUMENT_MESSAGES, emptyDefinition, newItem, validateDefinition } from './validate';
import { scoreResponse, validateAnswers } from './scoring';

/** A small definition that is ready to publish: one item of each type, a subscale, thresholds, a line. */
function valid(): InstrumentDefinition {
  return {
    title: 'Testlijst',
    purpose: 'Om te testen.',
    respondents: ['PARENT', 'YOUTH'],
    items: [
      { ...newItem('LIKERT', 'l1'), text: 'Ik voel me gehoord.', subscaleId: 'band' },
      { ...newItem('VAS', 'v1'), text: 'Hoe ging het?', subscaleId: 'band' },
      { ...newItem('SINGLE_CHOICE', 'c1'), text: 'Was je er bij?' },
      { ...newItem('OPEN_TEXT', 'o1'), text: 'Wat zou helpen?' },
    ],
    subscales: [{ id: 'band', name: 'Band', method: 'MEAN' }],
    scoring: {
      total: 'MEAN',
      thresholds: [
        { id: 't1', scope: 'TOTAL', kind: 'BELOW', value: 3, label: 'Laag' },
        { id: 't2', scope: 'band', kind: 'DROP', value: 1, label: 'Daling' },
      ],
      referenceLines: [{ id: 'r1', scope: 'TOTAL', value: 4, label: 'Goed' }],
      splitSpread: 1.5,
    },
  };
}

/** The errors after changing a fresh valid definition. */
function errorsAfter(change: (d: InstrumentDefinition) => void, forPublish = false): DefinitionError[] {
  const d = valid();
  change(d);
  return validateDefinition(d, { forPublish });
}

describe('validateDefinition', () => {
  it('accepts a complete definition, as draft and for publishing', () => {
    expect(validateDefinition(valid())).toEqual([]);
    expect(validateDefinition(valid(), { forPublish: true })).toEqual([]);
  });

  it('checks the title length (3..160, trimmed)', () => {
    expect(errorsAfter((d) => (d.title = ' ab '))).toEqual([{ field: 'title', key: 'validation.tooShort', params: { min: 3 } }]);
    expect(errorsAfter((d) => (d.title = 'abc'))).toEqual([]);
    expect(errorsAfter((d) => (d.title = 'x'.repeat(160)))).toEqual([]);
    expect(errorsAfter((d) => (d.title = 'x'.repeat(161)))).toEqual([{ field: 'title', key: 'validation.tooLong', params: { max: 160 } }]);
  });

  it('limits the purpose to 10000 characters', () => {
    expect(errorsAfter((d) => (d.purpose = 'x'.repeat(10000)))).toEqual([]);
    expect(errorsAfter((d) => (d.purpose = 'x'.repeat(10001)))).toEqual([{ field: 'purpose', key: 'validation.tooLong', params: { max: 10000 } }]);
  });

  it('checks respondents: known kinds, unique, at least one to publish', () => {
    expect(errorsAfter((d) => (d.respondents = ['PARENT', 'ALIEN' as never]))).toEqual([{ field: 'respondents', key: 'validation.enum' }]);
    expect(errorsAfter((d) => (d.respondents = ['PARENT', 'PARENT']))).toEqual([{ field: 'respondents', key: 'instrument.duplicateRespondent' }]);
    expect(errorsAfter((d) => (d.respondents = []))).toEqual([]);
    expect(errorsAfter((d) => (d.respondents = []), true)).toEqual([{ field: 'respondents', key: 'instrument.noRespondents' }]);
  });

  it('needs at least one item to publish, at most 200', () => {
    expect(errorsAfter((d) => (d.items = []))).toEqual([]);
    expect(errorsAfter((d) => (d.items = []), true)).toEqual([{ field: 'items', key: 'instrument.noItems' }]);
    const many = Array.from({ length: 201 }, (_, i) => ({ ...newItem('OPEN_TEXT', `i${i}`), text: 'Vraag' }));
    expect(errorsAfter((d) => (d.items = many))).toEqual([{ field: 'items', key: 'instrument.tooMany', params: { max: 200 } }]);
    expect(errorsAfter((d) => (d.items = many.slice(0, 200)))).toEqual([]);
  });

  it('checks item ids: present, at most 40 characters, safe characters, unique', () => {
    expect(errorsAfter((d) => (d.items[0].id = ''))).toEqual([{ field: 'items.#1.id', key: 'validation.required' }]);
    expect(errorsAfter((d) => (d.items[0].id = 'x'.repeat(41)))).toEqual([{ field: `items.${'x'.repeat(41)}.id`, key: 'validation.tooLong', params: { max: 40 } }]);
    expect(errorsAfter((d) => (d.items[0].id = 'x'.repeat(40)))).toEqual([]);
    expect(errorsAfter((d) => (d.items[0].id = 'vraag 1'))).toEqual([{ field: 'items.vraag 1.id', key: 'instrument.invalidId' }]);
    expect(errorsAfter((d) => (d.items[1].id = 'l1'))).toEqual([{ field: 'items.l1.id', key: 'instrument.duplicateId', params: { id: 'l1' } }]);
  });

  it('allows an empty item text in a draft but not when publishing; at most 1000', () => {
    expect(errorsAfter((d) => (d.items[0].text = ' '))).toEqual([]);
    expect(errorsAfter((d) => (d.items[0].text = ' '), true)).toEqual([{ field: 'items.l1.text', key: 'validation.required' }]);
    expect(errorsAfter((d) => (d.items[0].text = 'x'.repeat(1001)))).toEqual([{ field: 'items.l1.text', key: 'validation.tooLong', params: { max: 1000 } }]);
    expect(errorsAfter((d) => (d.items[0].help = 'x'.repeat(1001)))).toEqual([{ field: 'items.l1.help', key: 'validation.tooLong', params: { max: 1000 } }]);
  });

  it('checks the item type', () => {
    expect(errorsAfter((d) => (d.items[0].type = 'SLIDER' as never))).toEqual([{ field: 'items.l1.type', key: 'validation.enum' }]);
  });

  it('checks LIKERT points (2..11) and one label per point', () => {
    for (const points of [1, 12, 4.5, null]) {
      expect(errorsAfter((d) => (d.items[0].points = points))).toEqual([
        { field: 'items.l1.points', key: 'instrument.likertPoints', params: { min: 2, max: 11 } },
      ]);
    }
    expect(errorsAfter((d) => (d.items[0].points = 4))).toEqual([{ field: 'items.l1.labels', key: 'instrument.likertLabels', params: { points: 4 } }]);
    expect(
      errorsAfter((d) => {
        d.items[0].points = 2;
        d.items[0].labels = ['Nee', 'Ja'];
      }),
    ).toEqual([]);
  });

  it('allows blank LIKERT labels in a draft, not when publishing', () => {
    const blank = (d: InstrumentDefinition) => (d.items[0].labels = ['Nooit', '', 'Soms', ' ', 'Altijd']);
    expect(errorsAfter(blank)).toEqual([]);
    expect(errorsAfter(blank, true)).toEqual([
      { field: 'items.l1.labels.1', key: 'instrument.labelRequired' },
      { field: 'items.l1.labels.3', key: 'instrument.labelRequired' },
    ]);
  });

  it('limits labels to 120 characters', () => {
    expect(errorsAfter((d) => (d.items[1].labels = ['x'.repeat(121), 'Veel']))).toEqual([
      { field: 'items.v1.labels.0', key: 'validation.tooLong', params: { max: 120 } },
    ]);
  });

  it('gives a VAS no anchors or two', () => {
    expect(errorsAfter((d) => (d.items[1].labels = []))).toEqual([]);
    expect(errorsAfter((d) => (d.items[1].labels = ['Slecht']))).toEqual([{ field: 'items.v1.labels', key: 'instrument.vasLabels' }]);
    expect(errorsAfter((d) => (d.items[1].labels = ['a', 'b', 'c']))).toEqual([{ field: 'items.v1.labels', key: 'instrument.vasLabels' }]);
  });

  it('checks SINGLE_CHOICE options: at least two, unique ids, labels to publish, finite scores', () => {
    expect(errorsAfter((d) => (d.items[2].options = d.items[2].options.slice(0, 1)))).toEqual([
      { field: 'items.c1.options', key: 'instrument.choiceOptions', params: { min: 2 } },
    ]);
    expect(errorsAfter((d) => (d.items[2].options[1].id = 'o1'))).toEqual([
      { field: 'items.c1.options.o1.id', key: 'instrument.duplicateId', params: { id: 'o1' } },
    ]);
    expect(errorsAfter((d) => (d.items[2].options[1].id = 'o 2'))).toEqual([{ field: 'items.c1.options.o 2.id', key: 'instrument.invalidId' }]);
    // The same option id in two different items is fine.
    expect(errorsAfter((d) => d.items.push({ ...newItem('SINGLE_CHOICE', 'c2'), text: 'Nog een?' }))).toEqual([]);
    expect(errorsAfter((d) => (d.items[2].options[0].label = ''))).toEqual([]);
    expect(errorsAfter((d) => (d.items[2].options[0].label = ''), true)).toEqual([{ field: 'items.c1.options.o1.label', key: 'validation.required' }]);
    expect(errorsAfter((d) => (d.items[2].options[0].label = 'x'.repeat(121)))).toEqual([
      { field: 'items.c1.options.o1.label', key: 'validation.tooLong', params: { max: 120 } },
    ]);
    expect(errorsAfter((d) => (d.items[2].options[0].score = Number.NaN))).toEqual([{ field: 'items.c1.options.o1.score', key: 'instrument.numberRequired' }]);
    expect(errorsAfter((d) => (d.items[2].options[0].score = null))).toEqual([]);
  });

  it('needs an item subscale to exist', () => {
    expect(errorsAfter((d) => (d.items[0].subscaleId = 'weg'))).toEqual([{ field: 'items.l1.subscaleId', key: 'instrument.unknownSubscale' }]);
  });

  it('checks subscales: ids (TOTAL reserved), name 1..120, method', () => {
    expect(errorsAfter((d) => d.subscales.push({ id: 'band', name: 'Twee', method: 'SUM' }))).toEqual([
      { field: 'subscales.band.id', key: 'instrument.duplicateId', params: { id: 'band' } },
    ]);
    expect(errorsAfter((d) => d.subscales.push({ id: 'TOTAL', name: 'Totaal', method: 'SUM' }))).toEqual([
      { field: 'subscales.TOTAL.id', key: 'instrument.reservedId', params: { id: 'TOTAL' } },
    ]);
    expect(errorsAfter((d) => (d.subscales[0].name = ' '))).toEqual([{ field: 'subscales.band.name', key: 'validation.required' }]);
    expect(errorsAfter((d) => (d.subscales[0].name = 'x'.repeat(121)))).toEqual([
      { field: 'subscales.band.name', key: 'validation.tooLong', params: { max: 120 } },
    ]);
    expect(errorsAfter((d) => (d.subscales[0].method = 'MEDIAN' as never))).toEqual([{ field: 'subscales.band.method', key: 'validation.enum' }]);
  });

  it('checks the total method', () => {
    expect(errorsAfter((d) => (d.scoring.total = 'MAX' as never))).toEqual([{ field: 'scoring.total', key: 'validation.enum' }]);
  });

  it('checks threshold scope, kind, value and label', () => {
    expect(errorsAfter((d) => (d.scoring.thresholds[1].scope = 'weg'))).toEqual([{ field: 'scoring.thresholds.t2.scope', key: 'instrument.unknownScope' }]);
    // Without a total, TOTAL is no scope (for thresholds and reference lines).
    expect(errorsAfter((d) => (d.scoring.total = null))).toEqual([
      { field: 'scoring.thresholds.t1.scope', key: 'instrument.unknownScope' },
      { field: 'scoring.referenceLines.r1.scope', key: 'instrument.unknownScope' },
    ]);
    expect(errorsAfter((d) => (d.scoring.thresholds[0].kind = 'UNDER' as never))).toEqual([{ field: 'scoring.thresholds.t1.kind', key: 'validation.enum' }]);
    expect(errorsAfter((d) => (d.scoring.thresholds[0].value = Number.POSITIVE_INFINITY))).toEqual([
      { field: 'scoring.thresholds.t1.value', key: 'instrument.numberRequired' },
    ]);
    expect(errorsAfter((d) => (d.scoring.thresholds[1].value = 0))).toEqual([{ field: 'scoring.thresholds.t2.value', key: 'instrument.dropPositive' }]);
    expect(errorsAfter((d) => (d.scoring.thresholds[1].value = -1))).toEqual([{ field: 'scoring.thresholds.t2.value', key: 'instrument.dropPositive' }]);
    // BELOW may be 0 or negative.
    expect(errorsAfter((d) => (d.scoring.thresholds[0].value = 0))).toEqual([]);
    expect(errorsAfter((d) => (d.scoring.thresholds[0].label = 'x'.repeat(161)))).toEqual([
      { field: 'scoring.thresholds.t1.label', key: 'validation.tooLong', params: { max: 160 } },
    ]);
    expect(errorsAfter((d) => (d.scoring.thresholds[0].label = ''))).toEqual([]);
    expect(errorsAfter((d) => (d.scoring.thresholds[0].label = ''), true)).toEqual([{ field: 'scoring.thresholds.t1.label', key: 'validation.required' }]);
    expect(errorsAfter((d) => (d.scoring.thresholds[1].id = 't1'))).toEqual([
      { field: 'scoring.thresholds.t1.id', key: 'instrument.duplicateId', params: { id: 't1' } },
    ]);
  });

  it('checks reference lines: id, scope, value, label', () => {
    expect(errorsAfter((d) => (d.scoring.referenceLines[0].scope = 'weg'))).toEqual([{ field: 'scoring.referenceLines.r1.scope', key: 'instrument.unknownScope' }]);
    expect(errorsAfter((d) => (d.scoring.referenceLines[0].scope = 'band'))).toEqual([]);
    expect(errorsAfter((d) => (d.scoring.referenceLines[0].value = Number.NaN))).toEqual([
      { field: 'scoring.referenceLines.r1.value', key: 'instrument.numberRequired' },
    ]);
    expect(errorsAfter((d) => (d.scoring.referenceLines[0].label = 'x'.repeat(121)))).toEqual([
      { field: 'scoring.referenceLines.r1.label', key: 'validation.tooLong', params: { max: 120 } },
    ]);
    expect(errorsAfter((d) => (d.scoring.referenceLines[0].id = '!'))).toEqual([{ field: 'scoring.referenceLines.!.id', key: 'instrument.invalidId' }]);
  });

  it('checks splitSpread: null or a positive number', () => {
    expect(errorsAfter((d) => (d.scoring.splitSpread = null))).toEqual([]);
    for (const v of [0, -1, Number.NaN]) {
      expect(errorsAfter((d) => (d.scoring.splitSpread = v))).toEqual([{ field: 'scoring.splitSpread', key: 'instrument.splitSpreadPositive' }]);
    }
  });

  it('reports several errors in reading order', () => {
    const errors = errorsAfter((d) => {
      d.title = '';
      d.items[0].points = 20;
      d.subscales[0].name = '';
      d.scoring.splitSpread = 0;
    }, true);
    expect(errors.map((e) => e.field)).toEqual(['title', 'items.l1.points', 'subscales.band.name', 'scoring.splitSpread']);
  });
});

describe('INSTRUMENT_MESSAGES', () => {
  it('has a Dutch and English text for every instrument.* key the validators return', () => {
    // Collect every key the checks above can produce by provoking them all at once.
    const d = valid();
    d.respondents = ['PARENT', 'PARENT'];
    d.items[0].points = 1;
    d.items[1].labels = ['a'];
    d.items[1].subscaleId = 'weg';
    d.items[2].options = [{ id: 'o 1', label: 'x', score: Number.NaN }];
    d.items.push({ ...newItem('LIKERT', 'l2'), labels: ['', '', '', '', ''] }, { ...newItem('LIKERT', 'l3'), labels: [] });
    d.items.push({ ...newItem('OPEN_TEXT', 'l2') });
    d.subscales.push({ id: 'TOTAL', name: 'T', method: 'SUM' });
    d.scoring.thresholds[0].scope = 'weg';
    d.scoring.thresholds[1].value = 0;
    d.scoring.splitSpread = -1;
    const keys = new Set(validateDefinition(d, { forPublish: true }).map((e) => e.key));
    const tooMany = { ...emptyDefinition('Vol'), items: Array.from({ length: 201 }, (_, i) => newItem('VAS', `v${i}`)) };
    for (const e of validateDefinition(tooMany)) keys.add(e.key);
    for (const e of validateDefinition(emptyDefinition('Leeg'), { forPublish: true })) keys.add(e.key);
    const answerDef = { ...emptyDefinition('A'), items: [newItem('LIKERT', 'a'), newItem('VAS', 'b'), newItem('SINGLE_CHOICE', 'c')] };
    for (const e of validateAnswers(answerDef, { a: 9, b: 11, c: 'x', zz: 1 })) keys.add(e.key);

    const instrumentKeys = [...keys].filter((k) => k.startsWith('instrument.')).sort();
    expect(instrumentKeys).toEqual(Object.keys(INSTRUMENT_MESSAGES).sort());
    for (const k of instrumentKeys) {
      expect(INSTRUMENT_MESSAGES[k].nl.length).toBeGreaterThan(5);
      expect(INSTRUMENT_MESSAGES[k].en.length).toBeGreaterThan(5);
    }
    // Generic keys stay in the API.
    expect(Object.keys(INSTRUMENT_MESSAGES).some((k) => k.startsWith('validation.'))).toBe(false);
    expect(INSTRUMENT_MESSAGES['instrument.likertPoints'].nl).toBe('Een schaal heeft {min} tot en met {max} punten.');
  });

  it('uses only placeholders that the errors fill in', () => {
    const params: Record<string, string[]> = {
      'instrument.duplicateId': ['id'],
      'instrument.reservedId': ['id'],
      'instrument.tooMany': ['max'],
      'instrument.likertPoints': ['min', 'max'],
      'instrument.likertLabels': ['points'],
      'instrument.choiceOptions': ['min'],
      'instrument.answerLikert': ['points'],
      'instrument.answerVas': ['min', 'max'],
    };
    for (const [key, m] of Object.entries(INSTRUMENT_MESSAGES)) {
      for (const text of [m.nl, m.en]) {
        const used = [...text.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
        expect({ key, used }).toEqual({ key, used: [...(params[key] ?? [])].sort() });
      }
    }
  });
});

describe('emptyDefinition and newItem', () => {
  it('starts an empty draft that is valid as a draft but not publishable', () => {
    const d = emptyDefinition('Mijn vragenlijst');
    expect(d).toEqual({
      title: 'Mijn vragenlijst',
      purpose: '',
      respondents: [],
      items: [],
      subscales: [],
      scoring: { total: 'MEAN', thresholds: [], referenceLines: [], splitSpread: null },
    });
    expect(validateDefinition(d)).toEqual([]);
    expect(validateDefinition(d, { forPublish: true }).map((e) => e.key)).toEqual(['instrument.noRespondents', 'instrument.noItems']);
  });

  it('creates items with Dutch defaults that only lack their text', () => {
    const likert = newItem('LIKERT', 'i1');
    expect(likert).toMatchObject({ id: 'i1', type: 'LIKERT', text: '', points: 5, labels: DEFAULT_LIKERT_LABELS, required: true, reverse: false, subscaleId: null });
    expect(likert.labels).toEqual(['Helemaal niet mee eens', 'Niet mee eens', 'Neutraal', 'Mee eens', 'Helemaal mee eens']);
    expect(newItem('VAS', 'v').labels).toEqual(['Helemaal niet', 'Helemaal wel']);
    expect(newItem('SINGLE_CHOICE', 'c').options).toEqual([
      { id: 'o1', label: 'Ja', score: 1 },
      { id: 'o2', label: 'Nee', score: 0 },
    ]);
    expect(newItem('OPEN_TEXT', 'o')).toMatchObject({ required: false, labels: [], options: [], points: null });
    // Defaults are copies: changing one item's labels leaves the next one alone.
    likert.labels[0] = 'Anders';
    expect(newItem('LIKERT', 'i2').labels[0]).toBe('Helemaal niet mee eens');

    const d = { ...emptyDefinition('Test'), respondents: ['PARENT' as const], items: (['LIKERT', 'VAS', 'SINGLE_CHOICE', 'OPEN_TEXT'] as const).map((t, i) => newItem(t, `i${i}`)) };
    expect(validateDefinition(d)).toEqual([]);
    expect(validateDefinition(d, { forPublish: true }).map((e) => `${e.field} ${e.key}`)).toEqual([
      'items.i0.text validation.required',
      'items.i1.text validation.required',
      'items.i2.text validation.required',
      'items.i3.text validation.required',
    ]);
    // A new Likert item answered 4 scores 4 (mean total).
    expect(scoreResponse(d, { i0: 4 }).total).toBe(4);
  });
});
