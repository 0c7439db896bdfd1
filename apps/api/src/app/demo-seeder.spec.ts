import { checkPrivacy } from '@kennislijn/shared-privacy';
import { COMMUNITIES, DEMO_CASE } from './demo-seeder';

// Demo data goes in with SQL, past the API's guard: it must be as clean as anything a person posts.
describe('demo data', () => {
  it('passes the privacy guard', () => {
    const texts = [
      ...Object.values(DEMO_CASE),
      ...COMMUNITIES.flatMap((c) => [c.name, c.description, c.guidelines, ...c.posts.map((p) => p.body)]),
    ];
    for (const text of texts) expect({ text, findings: checkPrivacy(text) }).toEqual({ text, findings: [] });
  });
});
