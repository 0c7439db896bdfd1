import { checkPrivacy, PRIVACY_KINDS, PrivacyFinding, PrivacyKind, PrivacyOverride } from '@kennislijn/shared-privacy';
import { AppException } from '../errors/app.exception';
import { ErrorCode } from '../errors/error-codes';
import { defineMessages } from '../errors/messages';

defineMessages({
  'privacy.findings': {
    nl: 'De tekst bevat gegevens die iemand herkenbaar kunnen maken. Haal ze weg of vervang ze; er is niets opgeslagen.',
    en: 'The text contains details that could identify someone. Remove or replace them; nothing was stored.',
  },
});

/** An author's statement that a finding is a false positive, with the reason (never for a BSN). */
export interface PrivacyOverrideInput {
  kind: string;
  text: string;
  reason: string;
}

/** A finding as the API reports it: which field, where, what, and the suggested replacement. */
export interface PublicPrivacyFinding {
  field: string;
  kind: string;
  start: number;
  end: number;
  text: string;
  message: { nl: string; en: string };
  replacement: string;
  overridable: boolean;
}

/**
 * The API side of the privacy guard: every free-text field passes here before it is stored.
 * Findings the author overrode (kind + exact text, with a reason) are allowed, except a BSN, which
 * is refused outright. Throws PRIVACY_FINDINGS with every unresolved finding, so nothing is stored.
 * Returns the overrides that were actually used, for the record.
 */
export function assertPrivacy(fields: Record<string, string | null | undefined>, overrides: PrivacyOverrideInput[] = []): PrivacyOverrideInput[] {
  const unresolved: PublicPrivacyFinding[] = [];
  const used = new Set<PrivacyOverrideInput>();
  const valid = toLibraryOverrides(overrides);
  for (const [field, value] of Object.entries(fields)) {
    if (!value) continue;
    // The library applies overrides exactly as the browser does (kind + text, case and spacing ignored; never a BSN).
    const remaining = checkPrivacy(value, { overrides: valid });
    for (const f of remaining) unresolved.push(toPublic(field, f));
    const kept = new Set(remaining.map((f) => `${f.start}:${f.end}`));
    for (const f of checkPrivacy(value)) {
      if (kept.has(`${f.start}:${f.end}`)) continue;
      const match = overrides.find((o) => o.kind === f.kind && normalise(o.text) === normalise(f.text));
      if (match) used.add(match);
    }
  }
  if (unresolved.length) {
    throw new AppException(ErrorCode.PRIVACY_FINDINGS, 'privacy.findings', {}, [], { findings: unresolved });
  }
  return [...used];
}

/** Findings of one text, for the `checkPrivacy` query (overrides applied the same way). */
export function privacyFindings(text: string, overrides: PrivacyOverrideInput[] = []): PublicPrivacyFinding[] {
  return checkPrivacy(text, { overrides: toLibraryOverrides(overrides) }).map((f) => toPublic('text', f));
}

const normalise = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

function toLibraryOverrides(overrides: PrivacyOverrideInput[]): PrivacyOverride[] {
  return overrides
    .filter((o) => (PRIVACY_KINDS as readonly string[]).includes(o.kind) && o.reason.trim().length >= 3)
    .map((o) => ({ kind: o.kind as PrivacyKind, text: o.text, reason: o.reason }));
}

function toPublic(field: string, f: PrivacyFinding): PublicPrivacyFinding {
  return { field, kind: f.kind, start: f.start, end: f.end, text: f.text, message: f.message, replacement: f.replacement, overridable: f.overridable };
}
