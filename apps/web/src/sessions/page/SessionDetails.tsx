import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { AMSTERDAM } from '@kennislijn/shared-sessions';
import type { SessionDetailFieldsFragment } from '@kennislijn/web-graphql';
import { IconCalendarEvent, IconMapPin, IconVideo } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSessionLabels } from '../common/labels';
import { Markdown } from '../common/Markdown';
import { differsFromAmsterdam, formatSpan, viewerTimeZone } from '../common/when';
import { MethodSteps } from '../form/MethodPreview';
import { LinkedItems } from './LinkedItems';

/** When (your time, and Dutch time when that differs), where, the theme, the method and what it is about. */
export function SessionDetails({ session, themeName }: { session: SessionDetailFieldsFragment; themeName: string | null }) {
  const { t } = useTranslation();
  const labels = useSessionLabels();
  const zone = viewerTimeZone();
  const theme = themeName ?? session.themeText;
  const totalMinutes = session.steps.reduce((sum, s) => sum + s.minutes, 0);
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
      <Stack gap="md">
        <Stack gap={6} component="section" aria-label={t('sessions.page.whenWhere')}>
          <Group gap={8} wrap="nowrap" align="flex-start">
            <IconCalendarEvent size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
            <Stack gap={0}>
              <Text fw={600} data-when>
                {formatSpan(session.startsAt, session.endsAt, zone, labels.locale)}
              </Text>
              {differsFromAmsterdam(session.startsAt, zone) ? (
                <Text size="sm" c="gray.7">
                  {t('sessions.page.dutchTime', { when: formatSpan(session.startsAt, session.endsAt, AMSTERDAM, labels.locale) })}
                </Text>
              ) : null}
            </Stack>
          </Group>
          {session.location ? (
            <Group gap={8} wrap="nowrap" align="flex-start">
              <IconMapPin size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
              <Text>{session.location}</Text>
            </Group>
          ) : null}
          {session.onlineUrl ? (
            <Group gap={8} wrap="nowrap" align="flex-start">
              <IconVideo size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
              <Anchor href={session.onlineUrl} target="_blank" rel="noopener noreferrer">
                {t('sessions.page.onlineLink')}
              </Anchor>
            </Group>
          ) : null}
          {theme ? (
            <Group gap={8}>
              <Badge variant="outline" color="gray" tt="none">
                {t('sessions.card.theme', { theme })}
              </Badge>
            </Group>
          ) : null}
        </Stack>

        {session.description.trim() ? (
          <section aria-labelledby="sessie-over">
            <Title order={2} size="h4" id="sessie-over" mb={6}>
              {t('sessions.page.about')}
            </Title>
            <Markdown text={session.description} />
          </section>
        ) : null}

        {session.methodName ? (
          <section aria-labelledby="sessie-methode">
            <Group gap="xs" mb={6}>
              <Title order={2} size="h4" id="sessie-methode">
                {t('sessions.page.method', { name: session.methodName })}
              </Title>
              {totalMinutes ? (
                <Badge variant="light" tt="none">
                  {t('sessions.method.total', { count: totalMinutes })}
                </Badge>
              ) : null}
            </Group>
            {session.status !== 'LIVE' ? <MethodSteps steps={session.steps} /> : null}
          </section>
        ) : null}

        <LinkedItems caseIds={session.caseIds} knowledgeIds={session.knowledgeIds} instrumentIds={session.instrumentIds} />
      </Stack>
    </Paper>
  );
}
