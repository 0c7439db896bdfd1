import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { SessionCardFieldsFragment } from '@kennislijn/web-graphql';
import { IconCalendarEvent, IconMapPin, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SessionStatusBadge, useSessionLabels } from '../common/labels';
import { formatSpan, viewerTimeZone } from '../common/when';

/** One session in a list: what, when, where, who comes, and your own answer. */
export function SessionCard({ session }: { session: SessionCardFieldsFragment }) {
  const { t } = useTranslation();
  const labels = useSessionLabels();
  const counts = session.rsvpCounts;
  const theme = session.themeText;
  return (
    <Paper component="li" withBorder radius="md" p="md" data-session-id={session.id}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Title order={3} size="h4">
            <Anchor component={Link} to={`/sessies/${session.id}`} inherit>
              {session.title}
            </Anchor>
          </Title>
          <SessionStatusBadge status={session.status} />
        </Group>
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconCalendarEvent size={16} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />
          <Text size="sm">{formatSpan(session.startsAt, session.endsAt, viewerTimeZone(), labels.locale)}</Text>
        </Group>
        {session.location ? (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <IconMapPin size={16} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />
            <Text size="sm">{session.location}</Text>
          </Group>
        ) : null}
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconUsersGroup size={16} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />
          <Text size="sm">{session.community.name}</Text>
        </Group>
        <Group gap="xs" wrap="wrap">
          {theme ? (
            <Badge variant="outline" color="gray" tt="none">
              {t('sessions.card.theme', { theme })}
            </Badge>
          ) : null}
          {session.methodName ? (
            <Badge variant="outline" color="gray" tt="none">
              {session.methodName}
            </Badge>
          ) : null}
          {session.viewerRsvp ? (
            <Badge variant="light" color={session.viewerRsvp.status === 'GOING' ? 'green' : 'gray'} tt="none">
              {session.viewerRsvp.status === 'WAITLIST' && session.viewerRsvp.waitlistPosition
                ? t('sessions.rsvp.waitlistShort', { position: session.viewerRsvp.waitlistPosition })
                : labels.rsvp(session.viewerRsvp.status)}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm" c="gray.7">
          {session.capacity === null || session.capacity === undefined
            ? t('sessions.card.countsUnlimited', { going: counts.going, maybe: counts.maybe })
            : t('sessions.card.counts', { going: counts.going, capacity: session.capacity, maybe: counts.maybe, waitlist: counts.waitlist })}
        </Text>
      </Stack>
    </Paper>
  );
}
