import { PRIVACY_KINDS, type PrivacyKind } from '@kennislijn/shared-privacy';
import type { TFunction } from 'i18next';

/** The kind of a finding in words ("Telefoonnummer"), never only a colour. */
export function privacyKindLabel(t: TFunction, kind: string): string {
  return (PRIVACY_KINDS as readonly string[]).includes(kind) ? t(`privacy.kinds.${kind as PrivacyKind}`) : kind;
}
