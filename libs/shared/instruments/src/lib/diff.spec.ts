import { deepEqual, diffDefinitions } from './diff';
import type { InstrumentDefinition } from './types';
import { newItem } from './validate';

function base(): InstrumentDefinition {
  return {
    title: 'Thermometer',
    purpose: 'Na elk gesprek.',
    respondents: ['PARENT', 'YOUTH'],
    items: [
      { ...newItem('VAS', 'a'), text: 'Ik voelde me gehoord.', subscaleId: 'band' },
      { ...newItem('VAS', 'b'), text: 'We werkten aan mijn doelen.' },
      { ...newItem('LIKERT', 'c'), text: 'De aanpak past bij mij.' },
      { ...newItem('SINGLE_CHOICE', 'd'), text: 'Was je er bij?' },
    ],
    subscales: [{ id: 'band', name: 'Band', method: 'MEAN' }],
    scoring: {
      total: 'MEAN',
      thresholds: [{ id: 't1', scope: 'TOTAL', kind: 'BELOW', value: 6, label: 'Onder de 6' }],
      referenceLines: [{ id: 'r1', scope: 'TOTAL', value: 8, label: 'Goed' }],
      splitSpread: 2,
    },
  };
}

describe('deepEqual', () => {
  it('compares arrays in order and objects by keys', () => {
    expect(deepEqual([1, { a: 'x' }], [1, { a: 'x' }])).toBe(true);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
    expect(deepEqual([], {})).toBe(false);
    expect(deepEqual(Number.NaN, Number.NaN)).toBe(true);
  });
});

describe('diffDefinitions', () => {
  it('finds nothing between equal definitions', () => {
    expect(diffDefinitions(base(), base())).toEqual([]);
  });

  it('reports instrument fields', () => {
    const after = base();
    after.title = 'Samenwerkingsthermometer';
    after.respondents = ['PARENT', 'YOUTH', 'PROFESSIONAL'];
    expect(diffDefinitions(base(), after)).toEqual([
      { entity: 'INSTRUMENT', kind: 'CHANGED', id: null, field: 'title', before: 'Thermometer', after: 'Samenwerkingsthermometer', label: 'title' },
      { entity: 'INSTRUMENT', kind: 'CHANGED', id: null, field: 'respondents', before: ['PARENT', 'YOUTH'], after: ['PARENT', 'YOUTH', 'PROFESSIONAL'], label: 'respondents' },
    ]);
  });

  it('reports added, removed and changed items, in the new order with removed ones last', () => {
    const before = base();
    const after = base();
    // Remove b, add e at the front, change a's text and reverse, c's labels.
    after.items = [{ ...newItem('OPEN_TEXT', 'e'), text: 'Wat zou helpen?' }, after.items[0], after.items[2], after.items[3]];
    after.items[1].text = 'Ik voelde me echt gehoord.';
    after.items[1].reverse = true;
    after.items[2].labels = ['Nooit', 'Zelden', 'Soms', 'Vaak', 'Altijd'];
    const changes = diffDefinitions(before, after);
    expect(changes.map((c) => `${c.kind} ${c.id} ${c.field ?? ''}`.trim())).toEqual(['ADDED e', 'CHANGED a text', 'CHANGED a reverse', 'CHANGED c labels', 'REMOVED b']);
    expect(changes[0]).toEqual({ entity: 'ITEM', kind: 'ADDED', id: 'e', field: null, before: null, after: after.items[0], label: 'Wat zou helpen?' });
    // The label is the newer text.
    expect(changes[1]).toEqual({ entity: 'ITEM', kind: 'CHANGED', id: 'a', field: 'text', before: 'Ik voelde me gehoord.', after: 'Ik voelde me echt gehoord.', label: 'Ik voelde me echt gehoord.' });
    expect(changes[2]).toMatchObject({ before: false, after: true });
    expect(changes[3]).toMatchObject({ before: ['Helemaal niet mee eens', 'Niet mee eens', 'Neutraal', 'Mee eens', 'Helemaal mee eens'], after: ['Nooit', 'Zelden', 'Soms', 'Vaak', 'Altijd'] });
    expect(changes[4]).toEqual({ entity: 'ITEM', kind: 'REMOVED', id: 'b', field: null, before: before.items[1], after: null, label: 'We werkten aan mijn doelen.' });
  });

  it('does not report MOVED when adding or removing alone shifts positions', () => {
    const after = base();
    after.items.splice(0, 1);
    after.items.unshift({ ...newItem('VAS', 'z'), text: 'Nieuw' });
    expect(diffDefinitions(base(), after).map((c) => `${c.kind} ${c.id}`)).toEqual(['ADDED z', 'REMOVED a']);
  });

  it('reports MOVED with 1-based positions among the shared items', () => {
    // a b c d → b c a d: among the shared items a went 1 → 3, b 2 → 1, c 3 → 2; d stays 4.
    const before = base();
    const after = base();
    after.items = [after.items[1], after.items[2], after.items[0], after.items[3]];
    expect(diffDefinitions(before, after)).toEqual([
      { entity: 'ITEM', kind: 'MOVED', id: 'b', field: null, before: 2, after: 1, label: 'We werkten aan mijn doelen.' },
      { entity: 'ITEM', kind: 'MOVED', id: 'c', field: null, before: 3, after: 2, label: 'De aanpak past bij mij.' },
      { entity: 'ITEM', kind: 'MOVED', id: 'a', field: null, before: 1, after: 3, label: 'Ik voelde me gehoord.' },
    ]);
  });

  it('keeps an item’s field changes and its move together and falls back to the old text for the label', () => {
    const after = base();
    after.items = [after.items[1], after.items[0], after.items[2], after.items[3]];
    after.items[1].text = '';
    // d's options compared deeply: a copy with the same content is no change.
    after.items[3].options = after.items[3].options.map((o) => ({ ...o }));
    expect(diffDefinitions(base(), after).map((c) => [c.kind, c.id, c.field, c.label])).toEqual([
      ['MOVED', 'b', null, 'We werkten aan mijn doelen.'],
      ['CHANGED', 'a', 'text', 'Ik voelde me gehoord.'],
      ['MOVED', 'a', null, 'Ik voelde me gehoord.'],
    ]);
  });

  it('reports changed options, points, type, subscale, required and help', () => {
    const after = base();
    after.items[3].options[1].score = 2;
    after.items[2].points = 4;
    after.items[1].type = 'LIKERT';
    after.items[0].subscaleId = null;
    after.items[0].required = false;
    after.items[0].help = 'Denk aan vandaag.';
    expect(diffDefinitions(base(), after).map((c) => `${c.id}.${c.field}`)).toEqual(['a.help', 'a.subscaleId', 'a.required', 'b.type', 'c.points', 'd.options']);
  });

  it('reports subscales, scoring, thresholds and reference lines in that order', () => {
    const before = base();
    const after = base();
    after.subscales = [
      { id: 'band', name: 'Band met de professional', method: 'SUM' },
      { id: 'doelen', name: 'Doelen', method: 'MEAN' },
    ];
    after.scoring.total = 'SUM';
    after.scoring.splitSpread = null;
    after.scoring.thresholds = [
      { id: 't1', scope: 'band', kind: 'BELOW', value: 5, label: 'Band onder de 5' },
      { id: 't2', scope: 'TOTAL', kind: 'DROP', value: 2, label: 'Daling' },
    ];
    after.scoring.referenceLines = [];
    expect(diffDefinitions(before, after).map((c) => [c.entity, c.kind, c.id, c.field, c.before, c.after, c.label])).toEqual([
      ['SUBSCALE', 'CHANGED', 'band', 'name', 'Band', 'Band met de professional', 'Band met de professional'],
      ['SUBSCALE', 'CHANGED', 'band', 'method', 'MEAN', 'SUM', 'Band met de professional'],
      ['SUBSCALE', 'ADDED', 'doelen', null, null, after.subscales[1], 'Doelen'],
      ['SCORING', 'CHANGED', null, 'total', 'MEAN', 'SUM', 'total'],
      ['SCORING', 'CHANGED', null, 'splitSpread', 2, null, 'splitSpread'],
      ['THRESHOLD', 'CHANGED', 't1', 'scope', 'TOTAL', 'band', 'Band onder de 5'],
      ['THRESHOLD', 'CHANGED', 't1', 'value', 6, 5, 'Band onder de 5'],
      ['THRESHOLD', 'CHANGED', 't1', 'label', 'Onder de 6', 'Band onder de 5', 'Band onder de 5'],
      ['THRESHOLD', 'ADDED', 't2', null, null, after.scoring.thresholds[1], 'Daling'],
      ['REFERENCE_LINE', 'REMOVED', 'r1', null, before.scoring.referenceLines[0], null, 'Goed'],
    ]);
  });

  it('reports a removed subscale and a total switched off', () => {
    const after = base();
    after.subscales = [];
    after.scoring.total = null;
    expect(diffDefinitions(base(), after).map((c) => [c.entity, c.kind, c.id, c.field, c.before, c.after])).toEqual([
      ['SUBSCALE', 'REMOVED', 'band', null, { id: 'band', name: 'Band', method: 'MEAN' }, null],
      ['SCORING', 'CHANGED', null, 'total', 'MEAN', null],
    ]);
  });
});
