import { readApiError } from '@kennislijn/web-graphql';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';

// One sentence for a person, for any failed request. The API's own message is already
// localised and fit to show; network trouble and rate limits get our own words.
export function apiErrorMessage(error: unknown, t: TFunction): string {
  const apiError = readApiError(error);
  if (apiError.isNetworkError) return t('common.networkError');
  if (apiError.code === 'RATE_LIMITED') return apiError.message ?? t('common.rateLimited');
  if (apiError.code === 'INTERNAL_SERVER_ERROR' || !apiError.message) return t('common.unknownError');
  return apiError.message;
}

export function useApiErrorMessage(error: unknown): string {
  const { t } = useTranslation();
  return error ? apiErrorMessage(error, t) : '';
}
