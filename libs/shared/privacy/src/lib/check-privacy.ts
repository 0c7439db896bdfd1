// Runs the detectors, resolves overlaps (the stronger kind wins) and applies the author's overrides.
import { detectAddress } from './detectors/address';
import { detectBirthdate } from './detectors/birthdate';
import { detectBsn } from './detectors/bsn';
import { detectEmail } from './detectors/email';
import { detectIban } from './detectors/iban';
import { detectNames } from './detectors/name';
import { detectPhone } from './detectors/phone';
import { detectPostcode } from './detectors/postcode';
import { KIND_STRENGTH, PRIVACY_MESSAGES, PRIVACY_REPLACEMENTS } from './messages';
import { tokenize } from './text/tokenize';
import type { Candidate, CheckPrivacyOptions, PrivacyFinding, PrivacyKind, PrivacyOverride } from './types';

/** Finds personal data in a text; findings are sorted by start and never overlap. */
export function checkPrivacy(text: string, options: CheckPrivacyOptions = {}): PrivacyFinding[] {
  if (!text) return [];
  const wanted = (kind: PrivacyKind) => !options.kinds || options.kinds.includes(kind);
  const candidates: Candidate[] = [];
  if (wanted('BSN')) candidates.push(...detectBsn(text));
  if (wanted('IBAN')) candidates.push(...detectIban(text));
  if (wanted('EMAIL')) candidates.push(...detectEmail(text));
  if (wanted('PHONE')) candidates.push(...detectPhone(text));
  if (wanted('BIRTHDATE')) candidates.push(...detectBirthdate(text));
  const needsTokens = wanted('ADDRESS') || wanted('NAME') || wanted('POSTCODE');
  const tokens = needsTokens ? tokenize(text) : [];
  const addresses = wanted('ADDRESS') || wanted('POSTCODE') ? detectAddress(tokens) : [];
  if (wanted('ADDRESS')) candidates.push(...addresses);
  if (wanted('POSTCODE')) candidates.push(...detectPostcode(text, addresses));
  if (wanted('NAME')) candidates.push(...detectNames(tokens));
  const overrides = validOverrides(options.overrides);
  return resolveOverlaps(candidates)
    .map((c) => toFinding(text, c))
    .filter((f) => !isOverridden(f, overrides));
}

/** What still blocks storing the text: every finding the author has not validly overridden. */
export function unresolvedFindings(text: string, overrides: readonly PrivacyOverride[] = []): PrivacyFinding[] {
  return checkPrivacy(text, { overrides });
}

/** Whether an author may mark findings of this kind as a false positive. */
export function isOverridable(kind: PrivacyKind): boolean {
  return kind !== 'BSN';
}

function toFinding(text: string, c: Candidate): PrivacyFinding {
  return {
    kind: c.kind,
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    message: PRIVACY_MESSAGES[c.kind],
    replacement: PRIVACY_REPLACEMENTS[c.kind],
    overridable: isOverridable(c.kind),
  };
}

// Strongest kind first, then the longest span; a candidate overlapping an accepted one is dropped.
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const strength = (c: Candidate) => c.strength ?? KIND_STRENGTH[c.kind];
  const ordered = [...candidates].sort((a, b) => strength(b) - strength(a) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const accepted: Candidate[] = [];
  for (const c of ordered) {
    if (c.end <= c.start) continue;
    if (accepted.some((a) => a.start < c.end && c.start < a.end)) continue;
    accepted.push(c);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

const normalise = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

// An override needs a reason and can never cover a BSN.
function validOverrides(overrides: readonly PrivacyOverride[] | undefined): Set<string> {
  const out = new Set<string>();
  for (const o of overrides ?? []) {
    if (!isOverridable(o.kind) || !o.reason || !o.reason.trim() || !o.text) continue;
    out.add(`${o.kind}\u0000${normalise(o.text)}`);
  }
  return out;
}

function isOverridden(f: PrivacyFinding, overrides: Set<string>): boolean {
  return f.overridable && overrides.size > 0 && overrides.has(`${f.kind}\u0000${normalise(f.text)}`);
}
