import { AppShell, Container, Group } from '@mantine/core';
import { Outlet } from 'react-router';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';

// Sign-in and sign-up: no navigation yet, one form in the middle.
export function PublicLayout() {
  return (
    <>
      <SkipLink />
      <AppShell header={{ height: 64 }} padding="lg">
        <AppShell.Header>
          <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
            <Brand />
            <LanguageSwitch />
          </Group>
        </AppShell.Header>
        <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
          <Container size={480} px={0} py="md">
            <Outlet />
          </Container>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
