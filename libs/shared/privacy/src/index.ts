// Privacy guard for case texts: finds client-identifying data (BSN, names, addresses, ...) in the browser
// while the author types and in the API before anything is stored. Pure TypeScript, no dependencies.
export { PRIVACY_KINDS } from './lib/types';
export type { CheckPrivacyOptions, LocalizedMessage, PrivacyFinding, PrivacyKind, PrivacyOverride } from './lib/types';
export { checkPrivacy, unresolvedFindings, isOverridable } from './lib/check-privacy';
export { applyReplacement, redact } from './lib/redact';
export { elevenCheck, isValidIban } from './lib/checksums';
export { PRIVACY_MESSAGES, PRIVACY_REPLACEMENTS } from './lib/messages';
