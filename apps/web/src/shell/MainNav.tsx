import { Divider, NavLink, Stack } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import { NAV_ITEMS } from './nav-items';

interface MainNavProps {
  onNavigate?: () => void;
}

// RouterNavLink sets aria-current="page" on the active item for screen readers.
export function MainNav({ onNavigate }: MainNavProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Stack gap={4}>
      {NAV_ITEMS.map(({ path, labelKey, icon: Icon }) => (
        <NavLink
          key={path}
          component={RouterNavLink}
          to={path}
          label={t(labelKey)}
          leftSection={<Icon size={20} stroke={1.75} aria-hidden />}
          active={pathname === path || pathname.startsWith(`${path}/`)}
          onClick={onNavigate}
          styles={{ label: { fontSize: 'var(--mantine-font-size-md)' } }}
        />
      ))}
      {/* Only in the development server (vite serve): the mailbox of mails that were not sent. */}
      {import.meta.env.DEV ? (
        <>
          <Divider my="sm" />
          <NavLink
            component={RouterNavLink}
            to="/dev/mailbox"
            label={t('nav.devMailbox')}
            leftSection={<IconMail size={20} stroke={1.75} aria-hidden />}
            active={pathname === '/dev/mailbox'}
            onClick={onNavigate}
          />
        </>
      ) : null}
    </Stack>
  );
}
