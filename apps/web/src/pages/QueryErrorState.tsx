import { ErrorState } from '@kennislijn/web-ui';
import { useTranslation } from 'react-i18next';
import { useApiErrorMessage } from '../forms/useApiErrorMessage';

interface QueryErrorStateProps {
  error: unknown;
  retrying: boolean;
  onRetry: () => void;
}

/** The error state every page shows when its query fails: a readable message and a retry button. */
export function QueryErrorState({ error, retrying, onRetry }: QueryErrorStateProps) {
  const { t } = useTranslation();
  const message = useApiErrorMessage(error);
  return <ErrorState title={t('common.errorTitle')} message={message} retryLabel={t('common.retry')} onRetry={onRetry} retrying={retrying} />;
}
