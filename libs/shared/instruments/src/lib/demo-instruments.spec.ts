import { buildTrackChart } from './chart';
import { DEMO_INSTRUMENTS } from './demo-instruments';
import { scoreResponse, validateAnswers } from './scoring';
import type { Answers, InstrumentDefinition } from './types';
import { validateDefinition } from './validate';

function demo(slug: string): InstrumentDefinition {
  const found = DEMO_INSTRUMENTS.find((d) => d.slug === slug);
  if (!found) throw new Error(`no demo ${slug}`);
  return found.definition;
}

describe('DEMO_INSTRUMENTS', () => {
  it('has the three instruments, each publishable without errors and with a changelog', () => {
    expect(DEMO_INSTRUMENTS.map((d) => d.slug)).toEqual(['samenwerkingsthermometer', 'meervoudige-alliantiecheck', 'interprofessionele-teamscan']);
    for (const d of DEMO_INSTRUMENTS) {
      expect({ slug: d.slug, errors: validateDefinition(d.definition, { forPublish: true }) }).toEqual({ slug: d.slug, errors: [] });
      expect(d.changelog.length).toBeGreaterThan(20);
      expect(d.definition.purpose.length).toBeGreaterThan(50);
    }
  });

  it('samenwerkingsthermometer: four VAS items, mean total, signals below 6 and a drop of 2, split at 2', () => {
    const d = demo('samenwerkingsthermometer');
    expect(d.items.map((i) => i.type)).toEqual(['VAS', 'VAS', 'VAS', 'VAS']);
    expect(d.items.every((i) => i.labels.length === 2)).toBe(true);
    expect(d.respondents).toEqual(['CLIENT', 'PARENT', 'YOUTH', 'PROFESSIONAL']);
    expect(d.scoring).toEqual({
      total: 'MEAN',
      thresholds: [
        { id: 't-laag', scope: 'TOTAL', kind: 'BELOW', value: 6, label: 'Samenwerking onder de 6' },
        { id: 't-daling', scope: 'TOTAL', kind: 'DROP', value: 2, label: 'Sterke daling' },
      ],
      referenceLines: [{ id: 'r-goed', scope: 'TOTAL', value: 8, label: 'Goede samenwerking' }],
      splitSpread: 2,
    });
    // 8 + 7.5 + 6 + 7 = 28.5; / 4 = 7.125 → 7.13 (Math.round(712.5) = 713).
    const answers: Answers = { i1: 8, i2: 7.5, i3: 6, i4: 7 };
    expect(validateAnswers(d, answers)).toEqual([]);
    expect(scoreResponse(d, answers)).toEqual({ total: 7.13, subscales: { band: 8, doelen: 7.5, taken: 6 } });
  });

  it('meervoudige-alliantiecheck: reverse-keyed items count the other way round', () => {
    const d = demo('meervoudige-alliantiecheck');
    expect(d.subscales.map((s) => [s.name, s.method])).toEqual([
      ['Band met de professional', 'MEAN'],
      ['Eens over doelen', 'MEAN'],
      ['Veiligheid in het gezin', 'MEAN'],
    ]);
    expect(d.items.filter((i) => i.reverse).length).toBeGreaterThanOrEqual(2);
    expect(d.items.filter((i) => i.type === 'SINGLE_CHOICE')).toHaveLength(1);
    expect(d.items.filter((i) => i.type === 'OPEN_TEXT')).toHaveLength(1);
    expect(d.scoring.thresholds.map((t) => [t.kind, t.value])).toEqual([
      ['BELOW', 3],
      ['DROP', 0.8],
    ]);
    expect(d.scoring.splitSpread).toBe(1);
    // Everyone answers 4 ("Klopt") to every statement, including the negative ones (i3, i6, i8),
    // which then score 5 + 1 - 4 = 2. Band: (4 + 4 + 2) / 3 = 3.33; same for doelen and veilig.
    // Total: 6 × 4 + 3 × 2 = 30; / 9 = 3.33. The choice (unscored) and open question do not count.
    const answers: Answers = { i1: 4, i2: 4, i3: 4, i4: 4, i5: 4, i6: 4, i7: 4, i8: 4, i9: 4, i10: 'prof', i11: 'Vaker thuis afspreken.' };
    expect(validateAnswers(d, answers)).toEqual([]);
    expect(scoreResponse(d, answers)).toEqual({ total: 3.33, subscales: { band: 3.33, doelen: 3.33, veilig: 3.33 } });
  });

  it('interprofessionele-teamscan: sums per subscale, mean total', () => {
    const d = demo('interprofessionele-teamscan');
    expect(d.subscales.map((s) => s.name)).toEqual(['Delen', 'Partnerschap', 'Macht', 'Onderlinge afhankelijkheid', 'Proces']);
    expect(d.subscales.every((s) => s.method === 'SUM')).toBe(true);
    expect(d.respondents).toEqual(['PROFESSIONAL', 'TEAM_MEMBER']);
    // All 11 statements answered 5; the reverse ones (i5, i8) score 1.
    // Delen 10, Partnerschap 10, Macht 1 + 5 = 6, Afhankelijkheid 5 + 1 + 5 = 11, Proces 10.
    // Total: (9 × 5 + 2 × 1) / 11 = 47 / 11 = 4.2727 → 4.27.
    const answers: Answers = Object.fromEntries(d.items.map((i) => [i.id, 5]));
    expect(scoreResponse(d, answers)).toEqual({ total: 4.27, subscales: { delen: 10, partnerschap: 10, macht: 6, afhankelijkheid: 11, proces: 10 } });
    // One statement left open: its subscale sum is unknown, the mean total is over the other 10.
    delete answers['i1'];
    expect(scoreResponse(d, answers)).toMatchObject({ total: 4.2, subscales: { delen: null, macht: 6 } });
  });

  it('draws a track for the thermometer', () => {
    const d = demo('samenwerkingsthermometer');
    const score = (v: number) => scoreResponse(d, { i1: v, i2: v, i3: v, i4: v });
    const chart = buildTrackChart(
      d,
      [
        { id: 'm', label: 'moeder', kind: 'PARENT' },
        { id: 'p', label: 'gezinswerker', kind: 'PROFESSIONAL' },
      ],
      [
        { respondentId: 'm', sessionNumber: 1, sessionDate: null, scores: score(8) },
        { respondentId: 'p', sessionNumber: 1, sessionDate: null, scores: score(8.5) },
        { respondentId: 'm', sessionNumber: 2, sessionDate: null, scores: score(5.5) },
        { respondentId: 'p', sessionNumber: 2, sessionDate: null, scores: score(8) },
      ],
    );
    // Session 2: moeder 5.5 < 6 (BELOW), 8 - 5.5 = 2.5 ≥ 2 (DROP); spread 8 - 5.5 = 2.5 > 2 (SPLIT).
    expect(chart.signals.map((s) => `${s.sessionNumber} ${s.respondentId ?? '-'} ${s.kind} ${s.value}`)).toEqual([
      '2 m BELOW 5.5',
      '2 m DROP 5.5',
      '2 - SPLIT 2.5',
    ]);
  });
});
