// Regression gate: the guard must keep meeting its targets on the evaluation corpus
// (regenerate it with `node libs/shared/privacy/corpus/generate.mjs`; figures: `npm run bench:privacy`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countWords, evaluate, missedTargets, type CleanText, type PlantedText } from './evaluate';

const corpus = join(__dirname, '../../corpus');
const planted = JSON.parse(readFileSync(join(corpus, 'planted.json'), 'utf8')) as PlantedText[];
const clean = JSON.parse(readFileSync(join(corpus, 'clean.json'), 'utf8')) as CleanText[];

describe('privacy guard on its evaluation corpus', () => {
  const result = evaluate(planted, clean);

  it('has a corpus of the agreed size', () => {
    expect(planted.length).toBeGreaterThanOrEqual(60);
    expect(clean.reduce((n, d) => n + countWords(d.text), 0)).toBeGreaterThanOrEqual(20_000);
  });

  it('annotates spans that match the text', () => {
    for (const doc of planted) for (const s of doc.spans) if (s.text !== undefined) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('catches every valid BSN', () => {
    expect(result.missed.filter((m) => m.kind === 'BSN')).toEqual([]);
  });

  it('meets the recall, precision and false-positive targets', () => {
    expect(missedTargets(result)).toEqual([]);
  });
});
