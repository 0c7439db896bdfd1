import { checkPrivacy } from '@kennislijn/shared-privacy';
import { DEMO_INSTRUMENTS } from '@kennislijn/shared-instruments';
import { COMMUNITIES, DEMO_CASE, DEMO_TRACK } from './demo-seeder';

// Demo data goes in with SQL, past the API's guard: it must be as clean as anything a person posts.
describe('demo data', () => {
  it('passes the privacy guard', () => {
    const texts = [
      ...Object.values(DEMO_CASE),
      ...COMMUNITIES.flatMap((c) => [c.name, c.description, c.guidelines, ...c.posts.map((p) => p.body)]),
      // Instruments: every text a respondent or co-author reads, and the demo track's code, notes and roles.
      ...DEMO_INSTRUMENTS.flatMap(({ definition: d, changelog }) => [
        d.title,
        d.purpose,
        changelog,
        ...d.items.flatMap((i) => [i.text, i.help ?? '', ...i.labels, ...i.options.map((o) => o.label)]),
        ...d.subscales.map((s) => s.name),
        ...d.scoring.thresholds.map((t) => t.label),
        ...d.scoring.referenceLines.map((r) => r.label),
      ]),
      DEMO_TRACK.caseCode,
      DEMO_TRACK.notes,
      ...DEMO_TRACK.respondents.map((r) => r.label),
    ];
    for (const text of texts) expect({ text, findings: checkPrivacy(text) }).toEqual({ text, findings: [] });
  });
});
