import { Badge, Group, Text } from '@mantine/core';
import type { CommunityVisibility, JoinPolicy } from '@kennislijn/web-graphql';
import { IconLock, IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

// Visibility as text with an icon, never colour alone.
export function VisibilityBadge({ visibility }: { visibility: CommunityVisibility }) {
  const { t } = useTranslation();
  const isPublic = visibility === 'PUBLIC';
  return (
    <Badge
      variant="light"
      color={isPublic ? 'green' : 'indigo'}
      leftSection={isPublic ? <IconWorld size={14} aria-hidden /> : <IconLock size={14} aria-hidden />}
    >
      {t(`communities.visibility.${visibility}`)}
    </Badge>
  );
}

export function JoinPolicyText({ joinPolicy }: { joinPolicy: JoinPolicy }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="gray.7">
      {t(`communities.joinPolicy.${joinPolicy}`)}
    </Text>
  );
}

export function TagList({ tags, label }: { tags: readonly string[]; label: string }) {
  if (tags.length === 0) return null;
  return (
    <Group component="ul" gap={6} aria-label={label} p={0} m={0} style={{ listStyle: 'none' }}>
      {tags.map((tag) => (
        <li key={tag}>
          <Badge variant="outline" color="gray" tt="none" fw={500} c="gray.8">
            #{tag}
          </Badge>
        </li>
      ))}
    </Group>
  );
}
