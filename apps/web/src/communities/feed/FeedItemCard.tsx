import { Alert, Avatar, Badge, Box, Group, Paper, Stack, Text } from '@mantine/core';
import type { FeedItemFieldsFragment } from '@kennislijn/web-graphql';
import { IconEyeOff, IconPinFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PersonName } from '../common/PersonName';
import { TimeAgo } from '../common/TimeAgo';
import { CaseFeedLine } from './CaseFeedLine';
import { FeedItemMenu } from './FeedItemMenu';
import { InstrumentFeedLine } from './InstrumentFeedLine';
import { SessionFeedLine } from './SessionFeedLine';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

export function FeedItemCard({ item }: { item: FeedItemFieldsFragment }) {
  const { t } = useTranslation();
  const person = item.post?.author ?? item.actor;

  if (item.type === 'CASE_POSTED' || item.type === 'CASE_RESPONDED' || item.type === 'CASE_RESOLVED') {
    return <CaseFeedLine item={item} />;
  }

  if (item.type === 'INSTRUMENT_PUBLISHED') return <InstrumentFeedLine item={item} />;
  if (item.type === 'SESSION_PLANNED') return <SessionFeedLine item={item} />;

  if (item.type !== 'POST' || !item.post) {
    // Events (community started, someone joined) are one quiet line.
    const text =
      item.type === 'MEMBER_JOINED'
        ? t('feed.event.MEMBER_JOINED', { name: person?.displayName ?? t('common.unknownPerson') })
        : item.type === 'COMMUNITY_CREATED'
          ? t('feed.event.COMMUNITY_CREATED', { name: person?.displayName ?? t('common.unknownPerson') })
          : t('feed.event.other');
    return (
      <Box component="article" px="md" py={6}>
        <Group gap="xs" wrap="wrap">
          <Text size="sm">{text}</Text>
          <TimeAgo iso={item.createdAt} />
        </Group>
      </Box>
    );
  }

  return (
    <Paper component="article" withBorder radius="md" p="md" bg={item.hidden ? 'gray.0' : undefined}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Avatar radius="xl" color="indigo" aria-hidden>
              {person ? initials(person.displayName) : '?'}
            </Avatar>
            <Stack gap={0}>
              <PersonName person={person} withRole />
              <TimeAgo iso={item.createdAt} />
            </Stack>
          </Group>
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            {item.pinned ? (
              <Badge variant="light" leftSection={<IconPinFilled size={12} aria-hidden />}>
                {t('feed.pinnedBadge')}
              </Badge>
            ) : null}
            <FeedItemMenu item={item} />
          </Group>
        </Group>
        {item.hidden ? (
          <Alert color="gray" variant="light" icon={<IconEyeOff aria-hidden />} p="xs">
            <Text size="sm" c="gray.9">
              {t('feed.hiddenBy', { reason: item.hiddenReason ?? t('feed.noReason') })}
            </Text>
          </Alert>
        ) : null}
        {/* bodyHtml is rendered from Markdown and sanitised by the server. */}
        <div className="kl-rich-text" dangerouslySetInnerHTML={{ __html: item.post.bodyHtml }} />
      </Stack>
    </Paper>
  );
}
