import type { TFunction } from 'i18next';

export const MIN_PASSWORD_LENGTH = 10;

// Client-side checks mirror the API's rules so most mistakes show before a round trip;
// the API stays the judge and its per-field messages are shown too.
export const isEmail = (t: TFunction) => (value: string) =>
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? null : t('validation.emailInvalid');

export const isNewPassword = (t: TFunction) => (value: string) =>
  value.length >= MIN_PASSWORD_LENGTH ? null : t('validation.passwordTooShort');

export const isFilled = (message: string) => (value: string) => (value.trim() ? null : message);
