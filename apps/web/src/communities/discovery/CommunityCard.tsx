import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { CommunityCardFieldsFragment } from '@kennislijn/web-graphql';
import { IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { JoinPolicyText, TagList, VisibilityBadge } from '../common/labels';

// Markdown source as one plain line for the card; the community page shows the rendered text.
function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function CommunityCard({ community }: { community: CommunityCardFieldsFragment }) {
  const { t } = useTranslation();
  const headingId = `gemeenschap-${community.id}`;
  return (
    <Paper component="li" withBorder radius="md" p="lg" aria-labelledby={headingId}>
      <Stack gap="xs" h="100%">
        <Group gap="xs" wrap="wrap">
          <VisibilityBadge visibility={community.visibility} />
          {community.viewerStatus === 'MEMBER' ? (
            <Badge variant="light" color="gray" c="gray.8">
              {t('communities.status.MEMBER')}
            </Badge>
          ) : null}
          {community.viewerStatus === 'PENDING' ? (
            <Badge variant="light" color="gray" c="gray.8">
              {t('communities.status.PENDING')}
            </Badge>
          ) : null}
          {community.archivedAt ? (
            <Badge variant="light" color="gray" c="gray.8">
              {t('communities.archived')}
            </Badge>
          ) : null}
        </Group>
        <Title order={2} size="h4" id={headingId}>
          <Anchor component={Link} to={`/gemeenschappen/${community.slug}`} c="inherit" fw={700}>
            {community.name}
          </Anchor>
        </Title>
        <Text c="gray.7" lineClamp={3}>
          {plainText(community.description)}
        </Text>
        <Group gap="md" wrap="wrap" mt="auto">
          <Group gap={4} wrap="nowrap">
            <IconUsers size={16} aria-hidden />
            <Text size="sm" c="gray.7">
              {t('communities.memberCount', { count: community.memberCount })}
            </Text>
          </Group>
          <JoinPolicyText joinPolicy={community.joinPolicy} />
        </Group>
        {community.researchThemes.length > 0 ? (
          <Text size="sm" c="gray.7">
            {t('communities.themesLabel')}: {community.researchThemes.map((theme) => theme.name).join(', ')}
          </Text>
        ) : null}
        <TagList tags={community.tags} label={t('communities.tagsLabel')} />
      </Stack>
    </Paper>
  );
}
