// The public shapes of the privacy guard.

export const PRIVACY_KINDS = ['BSN', 'IBAN', 'EMAIL', 'PHONE', 'BIRTHDATE', 'ADDRESS', 'POSTCODE', 'NAME'] as const;

export type PrivacyKind = (typeof PRIVACY_KINDS)[number];

export interface LocalizedMessage {
  nl: string;
  en: string;
}

export interface PrivacyFinding {
  kind: PrivacyKind;
  /** UTF-16 offset of the first character in the checked text. */
  start: number;
  /** UTF-16 offset just past the last character (exclusive). */
  end: number;
  /** The matched text, `text.slice(start, end)`. */
  text: string;
  message: LocalizedMessage;
  /** Suggested replacement, e.g. `[naam]`. */
  replacement: string;
  /** Whether an author may mark this finding as a false positive (never for BSN). */
  overridable: boolean;
}

/** An author's conscious decision that a finding is a false positive. */
export interface PrivacyOverride {
  kind: PrivacyKind;
  text: string;
  /** Why the author thinks this is not personal data; an override without a reason is ignored. */
  reason: string;
}

export interface CheckPrivacyOptions {
  overrides?: readonly PrivacyOverride[];
  /** Only run these detectors (default: all). */
  kinds?: readonly PrivacyKind[];
}

/** A raw detector hit before overlaps are resolved. */
export interface Candidate {
  kind: PrivacyKind;
  start: number;
  end: number;
  /** Higher wins when two candidates overlap; defaults to the kind's strength. */
  strength?: number;
}
