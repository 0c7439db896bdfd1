import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { InstrumentCardFieldsFragment } from '@kennislijn/web-graphql';
import { IconActivity, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TimeAgo } from '../../communities/common/TimeAgo';
import { LineageNote, VersionBadge } from '../common/labels';

// One instrument in the library: title, latest version or "Concept", co-authors and tracks.
export function InstrumentCard({ instrument }: { instrument: InstrumentCardFieldsFragment }) {
  const { t } = useTranslation();
  const headingId = `instrument-${instrument.id}`;
  const names = instrument.authors.map((a) => a.displayName).join(', ');
  return (
    <Paper component="li" withBorder radius="md" p="lg" aria-labelledby={headingId} className="kl-instrument-card">
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <VersionBadge latestVersion={instrument.latestVersion} />
        </Group>
        <Title order={2} size="h4" id={headingId}>
          <Anchor component={Link} to={`/instrumenten/${instrument.id}`} c="inherit" fw={700}>
            {instrument.title}
          </Anchor>
        </Title>
        {instrument.lineage ? <LineageNote lineage={instrument.lineage} /> : null}
        <Group gap="md" wrap="wrap">
          {names ? (
            <Group gap={4} wrap="nowrap">
              <IconUsers size={16} aria-hidden />
              <Text size="sm" c="gray.7">
                {t('instruments.library.authors', { names })}
              </Text>
            </Group>
          ) : null}
          <Group gap={4} wrap="nowrap">
            <IconActivity size={16} aria-hidden />
            <Text size="sm" c="gray.7">
              {t('instruments.library.trackCount', { count: instrument.trackCount })}
            </Text>
          </Group>
          <Group gap={4} wrap="nowrap">
            <Text size="sm" c="gray.7">
              {t('instruments.library.updated')}
            </Text>
            <TimeAgo iso={instrument.updatedAt} />
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
