// Scores the privacy guard on an annotated corpus: recall and precision per kind on texts with planted
// identifiers, and false positives per 2,000 words on clean texts. Used by the corpus test and the
// benchmark (tools/bench/privacy-guard.mjs); not part of the library's public API.
import { checkPrivacy } from '../lib/check-privacy';
import { PRIVACY_KINDS, type PrivacyFinding, type PrivacyKind } from '../lib/types';

export interface PlantedSpan {
  kind: PrivacyKind;
  start: number;
  end: number;
  text?: string;
}

export interface PlantedText {
  id: string;
  text: string;
  spans: PlantedSpan[];
}

export interface CleanText {
  id: string;
  text: string;
}

export interface KindScore {
  planted: number;
  /** Planted spans overlapped by a finding of the same kind. */
  caught: number;
  /** Planted spans matched exactly (same start and end). */
  exact: number;
  findings: number;
  /** Findings that overlap a planted span of the same kind. */
  correct: number;
  recall: number | null;
  precision: number | null;
}

export interface Miss {
  id: string;
  kind: PrivacyKind;
  text: string;
  context: string;
  found?: string;
}

export interface Evaluation {
  perKind: Record<PrivacyKind, KindScore>;
  missed: Miss[];
  wrong: Miss[];
  clean: { texts: number; words: number; findings: number; per2000Words: number; perKind: Partial<Record<PrivacyKind, number>>; examples: Miss[] };
}

type Check = (text: string) => PrivacyFinding[];

/** What the guard must reach on its corpus: recall per kind, and false positives per 2,000 clean words. */
export const PRIVACY_TARGETS = {
  recall: { BSN: 1, EMAIL: 0.95, PHONE: 0.95, POSTCODE: 0.95, IBAN: 0.95, NAME: 0.8, BIRTHDATE: 0.85, ADDRESS: 0.85 } as Record<PrivacyKind, number>,
  precision: 0.9,
  falsePositivesPer2000Words: 1,
} as const;

/** The targets that an evaluation misses, as readable lines (empty when all are met). */
export function missedTargets(e: Evaluation): string[] {
  const out: string[] = [];
  for (const kind of PRIVACY_KINDS) {
    const s = e.perKind[kind];
    const recall = PRIVACY_TARGETS.recall[kind];
    if (s.recall !== null && s.recall < recall) out.push(`${kind} recall ${s.recall.toFixed(3)} < ${recall}`);
    if (s.precision !== null && s.precision < PRIVACY_TARGETS.precision) out.push(`${kind} precision ${s.precision.toFixed(3)} < ${PRIVACY_TARGETS.precision}`);
  }
  if (e.clean.per2000Words > PRIVACY_TARGETS.falsePositivesPer2000Words) out.push(`clean false positives ${e.clean.per2000Words.toFixed(2)} per 2,000 words > ${PRIVACY_TARGETS.falsePositivesPer2000Words}`);
  return out;
}

export const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const around = (text: string, start: number, end: number) => text.slice(Math.max(0, start - 40), Math.min(text.length, end + 40)).replace(/\s+/g, ' ');

export function evaluate(planted: readonly PlantedText[], clean: readonly CleanText[], check: Check = (t) => checkPrivacy(t)): Evaluation {
  const perKind = Object.fromEntries(
    PRIVACY_KINDS.map((k) => [k, { planted: 0, caught: 0, exact: 0, findings: 0, correct: 0, recall: null, precision: null }]),
  ) as Record<PrivacyKind, KindScore>;
  const missed: Miss[] = [];
  const wrong: Miss[] = [];
  for (const doc of planted) {
    const findings = check(doc.text);
    for (const span of doc.spans) {
      const score = perKind[span.kind];
      score.planted++;
      const hit = findings.find((f) => f.kind === span.kind && overlaps(f, span));
      if (hit) {
        score.caught++;
        if (hit.start === span.start && hit.end === span.end) score.exact++;
      } else {
        const other = findings.find((f) => overlaps(f, span));
        missed.push({ id: doc.id, kind: span.kind, text: doc.text.slice(span.start, span.end), context: around(doc.text, span.start, span.end), found: other ? `${other.kind}:${other.text}` : undefined });
      }
    }
    for (const f of findings) {
      const score = perKind[f.kind];
      score.findings++;
      if (doc.spans.some((s) => s.kind === f.kind && overlaps(f, s))) score.correct++;
      else wrong.push({ id: doc.id, kind: f.kind, text: f.text, context: around(doc.text, f.start, f.end) });
    }
  }
  for (const score of Object.values(perKind)) {
    score.recall = score.planted ? score.caught / score.planted : null;
    score.precision = score.findings ? score.correct / score.findings : null;
  }
  let words = 0;
  let count = 0;
  const cleanPerKind: Partial<Record<PrivacyKind, number>> = {};
  const examples: Miss[] = [];
  for (const doc of clean) {
    words += countWords(doc.text);
    for (const f of check(doc.text)) {
      count++;
      cleanPerKind[f.kind] = (cleanPerKind[f.kind] ?? 0) + 1;
      examples.push({ id: doc.id, kind: f.kind, text: f.text, context: around(doc.text, f.start, f.end) });
    }
  }
  return {
    perKind,
    missed,
    wrong,
    clean: { texts: clean.length, words, findings: count, per2000Words: words ? (count / words) * 2000 : 0, perKind: cleanPerKind, examples },
  };
}
