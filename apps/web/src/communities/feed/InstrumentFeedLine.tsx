import { Anchor, Group, Paper, Text, ThemeIcon } from '@mantine/core';
import type { FeedItemFieldsFragment } from '@kennislijn/web-graphql';
import { IconTools } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TimeAgo } from '../common/TimeAgo';
import { FeedItemMenu } from './FeedItemMenu';

// A published instrument version in the feed: one line with the instrument as a link.
export function InstrumentFeedLine({ item }: { item: FeedItemFieldsFragment }) {
  const { t } = useTranslation();
  const version = item.instrumentVersion;
  const name = item.actor?.displayName ?? t('common.unknownPerson');
  return (
    <Paper component="article" withBorder radius="md" px="md" py="sm">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" radius="xl" size={32} aria-hidden>
          <IconTools size={18} />
        </ThemeIcon>
        <Group gap="xs" wrap="wrap" style={{ flex: 1 }}>
          <Text size="sm">
            <Trans
              i18nKey="feed.instrument.INSTRUMENT_PUBLISHED"
              values={{ name, number: version?.number ?? '', title: version?.definition.title ?? '' }}
              components={{ instrument: version ? <Anchor component={Link} to={`/instrumenten/${version.instrumentId}/versies`} fw={600} /> : <Text component="span" /> }}
            />
          </Text>
          <TimeAgo iso={item.createdAt} />
        </Group>
        {item.viewerCan.pin ? <FeedItemMenu item={item} /> : null}
      </Group>
    </Paper>
  );
}
