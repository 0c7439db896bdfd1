// Test helper: the matched texts of one kind (or all findings as "KIND:text").
import { checkPrivacy } from '../check-privacy';
import type { PrivacyKind } from '../types';

export function found(text: string, kind?: PrivacyKind): string[] {
  return checkPrivacy(text)
    .filter((f) => !kind || f.kind === kind)
    .map((f) => (kind ? f.text : `${f.kind}:${f.text}`));
}
