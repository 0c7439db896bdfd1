import { AppShell, Container, Group, Text } from '@mantine/core';
import { IconTopologyStar3 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitch } from '../../shell/LanguageSwitch';
import { MAIN_CONTENT_ID, SkipLink } from '../../shell/SkipLink';
import '../monitoring/monitoring.css';

// A respondent link shows only its form: no app navigation, no links into the app, not even the home
// link of the brand (the respondent has no account). Only the language can be switched.
export function RespondentLayout() {
  const { t } = useTranslation();
  return (
    <>
      <SkipLink />
      <AppShell header={{ height: 56 }} padding="md">
        <AppShell.Header>
          <Group h="100%" px={{ base: 'sm', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
            <Group gap={8} wrap="nowrap">
              <IconTopologyStar3 size={24} color="var(--mantine-color-indigo-7)" aria-hidden />
              <Text component="span" fw={700} size="lg">
                {t('app.name')}
              </Text>
            </Group>
            <LanguageSwitch />
          </Group>
        </AppShell.Header>
        <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} className="kl-respond-main">
          <Container size={600} px={0} py="sm">
            <Outlet />
          </Container>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
