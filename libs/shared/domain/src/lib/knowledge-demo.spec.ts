import { checkPrivacy } from '@kennislijn/shared-privacy';
import { DEMO_KNOWLEDGE_ITEMS } from './knowledge-demo';
import { EVIDENCE_LEVELS, KNOWLEDGE_TYPES, THEORY_THEMES } from './knowledge';
import { COLLABORATION_FORMS, LEVELS, QUALIFICATIONS, RESEARCH_THEMES } from './learning-line';

// The demo instruments of libs/shared/instruments (DEMO_INSTRUMENTS); listed here so this library does not
// depend on that one.
const DEMO_INSTRUMENT_SLUGS = ['samenwerkingsthermometer', 'meervoudige-alliantiecheck', 'interprofessionele-teamscan'];

const items = DEMO_KNOWLEDGE_ITEMS;
const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

describe('DEMO_KNOWLEDGE_ITEMS', () => {
  it('has unique lowercase-hyphen slugs', () => {
    const slugs = items.map((i) => i.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('uses only codes and enum values that exist', () => {
    const qualifications = new Set(QUALIFICATIONS.map((q) => q.code));
    const levels = new Set(LEVELS.map((l) => l.number));
    const forms = new Set(COLLABORATION_FORMS.map((f) => f.code));
    const themes = new Set(RESEARCH_THEMES.map((t) => t.code));
    for (const i of items) {
      const bad = {
        slug: i.slug,
        type: (KNOWLEDGE_TYPES as readonly string[]).includes(i.type) ? [] : [i.type],
        evidence: (EVIDENCE_LEVELS as readonly string[]).includes(i.evidenceLevel) ? [] : [i.evidenceLevel],
        qualifications: i.qualificationCodes.filter((c) => !qualifications.has(c)),
        levels: i.levels.filter((l) => !levels.has(l)),
        forms: i.collaborationForms.filter((f) => !forms.has(f)),
        theory: i.theoryThemes.filter((t) => !(THEORY_THEMES as readonly string[]).includes(t)),
        research: i.researchThemes.filter((t) => !themes.has(t)),
        instruments: i.instrumentSlugs.filter((s) => !DEMO_INSTRUMENT_SLUGS.includes(s)),
      };
      expect(bad).toEqual({ slug: i.slug, type: [], evidence: [], qualifications: [], levels: [], forms: [], theory: [], research: [], instruments: [] });
      expect(i.levels.length).toBeGreaterThan(0);
      for (const list of [i.qualificationCodes, i.levels, i.collaborationForms, i.theoryThemes, i.researchThemes, i.tags, i.instrumentSlugs]) {
        expect(new Set<unknown>(list).size).toBe(list.length);
      }
      for (const tag of i.tags) expect(tag).toBe(tag.toLowerCase());
    }
  });

  it('covers every bachelor qualification and every level, and leaves some cells of the map empty', () => {
    const cells = new Set(items.flatMap((i) => i.qualificationCodes.flatMap((q) => i.levels.map((l) => `${q}@${l}`))));
    const bachelor = QUALIFICATIONS.filter((q) => q.degree === 'BACHELOR').map((q) => q.code);
    expect(bachelor.filter((q) => !items.some((i) => i.qualificationCodes.includes(q)))).toEqual([]);
    expect(LEVELS.map((l) => l.number).filter((l) => !items.some((i) => i.levels.includes(l)))).toEqual([]);
    const master = QUALIFICATIONS.filter((q) => q.degree === 'MASTER').map((q) => q.code);
    expect(master.filter((q) => items.some((i) => i.qualificationCodes.includes(q))).length).toBeGreaterThan(master.length / 2);
    // Gaps are part of the map: not every qualification is covered at every level.
    expect(cells.size).toBeLessThan(QUALIFICATIONS.length * LEVELS.length);
  });

  it('gives every research finding its study design, sample and practice implications', () => {
    for (const i of items.filter((x) => x.type === 'RESEARCH_FINDING')) {
      expect({ slug: i.slug, hasFinding: i.finding !== null }).toEqual({ slug: i.slug, hasFinding: true });
      expect(i.finding?.studyDesign.trim()).toBeTruthy();
      expect(i.finding?.sample.trim()).toBeTruthy();
      expect(i.finding?.practiceImplications.trim()).toBeTruthy();
    }
  });

  it('cites plausibly: valid DOIs, plausible years, no empty fields', () => {
    const thisYear = new Date().getFullYear();
    for (const i of items) {
      const c = i.citation;
      if (!c) continue;
      expect(c.year).toBeGreaterThanOrEqual(1950);
      expect(c.year).toBeLessThanOrEqual(thisYear);
      expect(c.title.trim()).toBeTruthy();
      for (const a of c.authors) expect(a.trim()).toBeTruthy();
      if (c.doi !== null) expect(c.doi).toMatch(/^10\.\d{4,9}\/\S+$/);
      if (c.url !== null) expect(c.url).toMatch(/^https:\/\/\S+$/);
      for (const field of [c.container, c.volume, c.issue, c.pages]) if (field !== null) expect(field.trim()).toBeTruthy();
    }
    // Every reference item has a citation; only the practice-based items of other types may go without.
    for (const i of items.filter((x) => x.type === 'RESEARCH_FINDING' || x.type === 'ARTICLE')) expect({ slug: i.slug, cited: i.citation !== null }).toEqual({ slug: i.slug, cited: true });
  });

  it('has summaries of 60 to 200 words and a title', () => {
    for (const i of items) {
      expect(i.title.trim()).toBeTruthy();
      const n = words(i.summary);
      expect({ slug: i.slug, ok: n >= 60 && n <= 200, n }).toEqual({ slug: i.slug, ok: true, n });
    }
  });

  it('passes the privacy guard', () => {
    const texts = items.flatMap((i) => [
      i.title,
      i.summary,
      ...(i.finding ? [i.finding.studyDesign, i.finding.sample, i.finding.practiceImplications] : []),
      ...i.tags,
    ]);
    for (const text of texts) expect({ text, findings: checkPrivacy(text) }).toEqual({ text, findings: [] });
  });
});
