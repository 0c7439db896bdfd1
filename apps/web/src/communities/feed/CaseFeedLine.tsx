import { Anchor, Group, Paper, Text, ThemeIcon } from '@mantine/core';
import type { FeedItemFieldsFragment } from '@kennislijn/web-graphql';
import { IconCircleCheck, IconClipboardText, IconMessageCircle } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TimeAgo } from '../common/TimeAgo';
import { FeedItemMenu } from './FeedItemMenu';

const ICONS = {
  CASE_POSTED: IconClipboardText,
  CASE_RESPONDED: IconMessageCircle,
  CASE_RESOLVED: IconCircleCheck,
} as const;

type CaseEvent = keyof typeof ICONS;

// A case event in the feed: one line with the case title as a link. An anonymous case has no actor,
// so the line says "Een lid".
export function CaseFeedLine({ item }: { item: FeedItemFieldsFragment }) {
  const { t } = useTranslation();
  const type = item.type as CaseEvent;
  const Icon = ICONS[type];
  const name = item.actor?.displayName ?? t('feed.case.someone');
  const title = item.case?.title;
  const link = title && item.case ? (
    <Anchor component={Link} to={`/casussen/${item.case.id}`} fw={600} />
  ) : (
    <Text component="span" fs="italic" />
  );
  return (
    <Paper component="article" withBorder radius="md" px="md" py="sm" bg={item.hidden ? 'gray.0' : undefined}>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" radius="xl" size={32} aria-hidden>
          <Icon size={18} />
        </ThemeIcon>
        <Group gap="xs" wrap="wrap" style={{ flex: 1 }}>
          <Text size="sm">
            <Trans i18nKey={`feed.case.${type}`} values={{ name, title: title ?? t('feed.case.unavailable') }} components={{ case: link }} />
          </Text>
          <TimeAgo iso={item.createdAt} />
        </Group>
        {/* Moderators may pin a case line; reporting and hiding happen on the case page. */}
        {item.viewerCan.pin ? <FeedItemMenu item={item} /> : null}
      </Group>
    </Paper>
  );
}
