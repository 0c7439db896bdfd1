import { diffDefinitions, emptyDefinition, newItem, type InstrumentDefinition } from '@kennislijn/shared-instruments';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeChange, type ChangeInput, type Translate } from './diff-text';

const nl = JSON.parse(readFileSync(join(__dirname, '../../i18n/nl.json'), 'utf8')) as Record<string, unknown>;
const en = JSON.parse(readFileSync(join(__dirname, '../../i18n/en.json'), 'utf8')) as Record<string, unknown>;

// i18next's lookup and {{name}} interpolation, enough for these texts.
function translator(resources: Record<string, unknown>): Translate {
  return (key, params = {}) => {
    const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], resources);
    if (typeof text !== 'string') throw new Error(`missing text ${key}`);
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name]));
  };
}

const tr = translator(nl);
const ctx = { language: 'nl' as const, subscaleName: (id: string) => ({ band: 'Band', doelen: 'Doelen' })[id] ?? id };
// The API sends before/after as JSON text.
const asApi = (def1: InstrumentDefinition, def2: InstrumentDefinition): ChangeInput[] =>
  diffDefinitions(def1, def2).map((c) => ({ ...c, before: c.before === null ? null : JSON.stringify(c.before), after: c.after === null ? null : JSON.stringify(c.after) }));

function base(): InstrumentDefinition {
  const a = { ...newItem('LIKERT', 'a'), text: 'Ik voel me gehoord', subscaleId: 'band' };
  const b = { ...newItem('VAS', 'b'), text: 'We werken aan mijn doelen' };
  const c = { ...newItem('SINGLE_CHOICE', 'c'), text: 'Was er een tolk?' };
  return {
    ...emptyDefinition('Thermometer'),
    respondents: ['PARENT'],
    items: [a, b, c],
    subscales: [
      { id: 'band', name: 'Band', method: 'MEAN' },
      { id: 'doelen', name: 'Doelen', method: 'MEAN' },
    ],
    scoring: { total: 'MEAN', thresholds: [{ id: 't1', scope: 'TOTAL', kind: 'BELOW', value: 4, label: 'Lage score' }], referenceLines: [], splitSpread: null },
  };
}

describe('readable diffs', () => {
  it('says what happened to each item, in Dutch', () => {
    const before = base();
    const after = base();
    after.items[0] = { ...after.items[0], text: 'Ik voelde me gehoord', reverse: true, subscaleId: 'doelen' };
    after.items = [after.items[1], after.items[0], { ...newItem('OPEN_TEXT', 'd'), text: 'Wat kan beter?' }];
    after.respondents = ['PARENT', 'YOUTH'];
    after.title = 'Samenwerkingsthermometer';
    const lines = asApi(before, after).map((c) => describeChange(c, tr, ctx));
    expect(lines).toEqual([
      'Titel gewijzigd: “Thermometer” → “Samenwerkingsthermometer”',
      'Invullers gewijzigd: Ouder → Ouder, Jongere',
      'Item verplaatst van plaats 2 naar 1: We werken aan mijn doelen',
      'Tekst gewijzigd: “Ik voel me gehoord” → “Ik voelde me gehoord”',
      'Omgekeerd scoren aangezet bij Ik voelde me gehoord',
      'Subschaal gewijzigd bij Ik voelde me gehoord: Band → Doelen',
      'Item verplaatst van plaats 1 naar 2: Ik voelde me gehoord',
      'Item toegevoegd: Wat kan beter?',
      'Item verwijderd: Was er een tolk?',
    ]);
  });

  it('describes scale, options and required changes', () => {
    const before = base();
    const after = base();
    after.items[0] = { ...after.items[0], points: 3, labels: ['Nee', 'Soms', 'Ja'], required: false };
    after.items[2] = { ...after.items[2], options: [{ id: 'o1', label: 'Ja', score: 1 }, { id: 'o2', label: 'Nee', score: null }] };
    expect(asApi(before, after).map((c) => describeChange(c, tr, ctx))).toEqual([
      'Aantal punten gewijzigd bij Ik voel me gehoord: 5 → 3',
      'Labels gewijzigd bij Ik voel me gehoord: Helemaal niet mee eens, Niet mee eens, Neutraal, Mee eens, Helemaal mee eens → Nee, Soms, Ja',
      'Niet meer verplicht: Ik voel me gehoord',
      'Antwoordmogelijkheden gewijzigd bij Was er een tolk?: Ja (1), Nee (0) → Ja (1), Nee',
    ]);
  });

  it('describes scoring: subscales, total, thresholds, reference lines and the split spread', () => {
    const before = base();
    const after = base();
    after.subscales = [{ id: 'band', name: 'Werkrelatie', method: 'SUM' }];
    after.items[0] = { ...after.items[0] };
    after.scoring = {
      total: null,
      splitSpread: 2.5,
      thresholds: [{ id: 't1', scope: 'band', kind: 'BELOW', value: 5, label: 'Lage score' }, { id: 't2', scope: 'band', kind: 'DROP', value: 2, label: 'Daling' }],
      referenceLines: [{ id: 'r1', scope: 'band', value: 7, label: 'Streef' }],
    };
    const lines = asApi(before, after).map((c) => describeChange(c, tr, { ...ctx, subscaleName: (id) => (id === 'band' ? 'Werkrelatie' : id) }));
    expect(lines).toEqual([
      'Subschaal hernoemd: “Band” → “Werkrelatie”',
      'Berekening van subschaal Werkrelatie gewijzigd: Gemiddelde → Som',
      'Subschaal verwijderd: Doelen',
      'Totaalscore gewijzigd: Gemiddelde → Geen totaalscore',
      'Grens voor gespleten alliantie gewijzigd: (leeg) → 2.5',
      'Signaalgrens Lage score, score gewijzigd: Totaal → Werkrelatie',
      'Signaalgrens Lage score, waarde gewijzigd: 4 → 5',
      'Signaalgrens toegevoegd: Daling (Werkrelatie daling van minstens 2)',
      'Referentielijn toegevoegd: Streef (Werkrelatie 7)',
    ]);
  });

  it('reads a whole first version as added items, and has the same texts in English', () => {
    const first = asApi({ ...emptyDefinition(''), title: '' }, base());
    expect(first.filter((c) => c.entity === 'ITEM').map((c) => describeChange(c, tr, ctx))).toEqual([
      'Item toegevoegd: Ik voel me gehoord',
      'Item toegevoegd: We werken aan mijn doelen',
      'Item toegevoegd: Was er een tolk?',
    ]);
    const english = translator(en);
    for (const c of first) expect(() => describeChange(c, english, { ...ctx, language: 'en' })).not.toThrow();
    expect(describeChange(first[0], english, { ...ctx, language: 'en' })).toBe('Title changed: (empty) → “Thermometer”');
  });
});
