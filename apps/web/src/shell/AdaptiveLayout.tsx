import { useAuth } from '@kennislijn/web-auth';
import { LoadingState } from '@kennislijn/web-ui';
import { useTranslation } from 'react-i18next';
import { AppLayout } from './AppLayout';
import { PublicLayout } from './PublicLayout';

// Pages that anyone may open (an invitation link): the full shell when signed in, the plain one otherwise.
export function AdaptiveLayout() {
  const { t } = useTranslation();
  const { status } = useAuth();
  if (status === 'unknown') return <LoadingState label={t('common.loading')} />;
  return status === 'signedIn' ? <AppLayout /> : <PublicLayout />;
}
