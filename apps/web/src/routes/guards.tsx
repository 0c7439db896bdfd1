import { useAuth } from '@kennislijn/web-auth';
import { LoadingState } from '@kennislijn/web-ui';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, type Location } from 'react-router';

export const HOME_PATH = '/gemeenschappen';

interface FromState {
  from?: Pick<Location, 'pathname' | 'search'>;
}

function SessionCheck() {
  const { t } = useTranslation();
  return <LoadingState label={t('common.loading')} />;
}

// Anonymous visitors go to the sign-in page; we remember where they wanted to go.
export function RequireAuth() {
  const { status } = useAuth();
  const location = useLocation();
  if (status === 'unknown') return <SessionCheck />;
  if (status === 'signedOut') {
    return <Navigate to="/inloggen" replace state={{ from: location } satisfies FromState} />;
  }
  return <Outlet />;
}

// Sign-in and sign-up are for anonymous visitors. This is also what moves a person on
// after a successful sign-in or sign-up: the auth state changes and we redirect here.
export function PublicOnly() {
  const { status } = useAuth();
  const location = useLocation();
  if (status === 'unknown') return <SessionCheck />;
  if (status === 'signedIn') {
    const from = (location.state as FromState | null)?.from;
    const target = from && from.pathname !== '/inloggen' ? `${from.pathname}${from.search}` : HOME_PATH;
    return <Navigate to={target} replace />;
  }
  return <Outlet />;
}
