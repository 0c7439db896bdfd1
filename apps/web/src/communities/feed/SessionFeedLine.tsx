import { Anchor, Group, Paper, Text, ThemeIcon } from '@mantine/core';
import type { FeedItemFieldsFragment } from '@kennislijn/web-graphql';
import { IconPresentation } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TimeAgo } from '../common/TimeAgo';
import { FeedItemMenu } from './FeedItemMenu';

// A planned session in the feed: one line with the session as a link and when it is.
export function SessionFeedLine({ item }: { item: FeedItemFieldsFragment }) {
  const { t, i18n } = useTranslation();
  // null: the session is gone (or not readable).
  const session = item.session;
  const name = item.actor?.displayName ?? t('common.unknownPerson');
  const when = session
    ? new Date(session.startsAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' })
    : '';
  return (
    <Paper component="article" withBorder radius="md" px="md" py="sm">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" radius="xl" size={32} aria-hidden>
          <IconPresentation size={18} />
        </ThemeIcon>
        <Group gap="xs" wrap="wrap" style={{ flex: 1 }}>
          <Text size="sm">
            {session ? (
              <Trans
                i18nKey="feed.session.SESSION_PLANNED"
                values={{ name, title: session.title, when }}
                components={{ session: <Anchor component={Link} to={`/sessies/${session.id}`} fw={600} /> }}
              />
            ) : (
              t('feed.session.plannedNoAccess', { name })
            )}
          </Text>
          <TimeAgo iso={item.createdAt} />
        </Group>
        {item.viewerCan.pin ? <FeedItemMenu item={item} /> : null}
      </Group>
    </Paper>
  );
}
