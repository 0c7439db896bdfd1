import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { CaseCardFieldsFragment } from '@kennislijn/web-graphql';
import { IconEyeOff, IconMessageCircle, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TagList } from '../../communities/common/labels';
import { TimeAgo } from '../../communities/common/TimeAgo';
import { CaseStatusBadge } from '../common/labels';

interface CaseCardProps {
  kase: CaseCardFieldsFragment;
  /** Inside a community's tab the community name is already on the page. */
  showCommunity?: boolean;
  headingOrder?: 2 | 3;
}

export function CaseCard({ kase, showCommunity = true, headingOrder = 2 }: CaseCardProps) {
  const { t } = useTranslation();
  const headingId = `casus-${kase.id}`;
  return (
    <Paper component="li" withBorder radius="md" p="lg" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <CaseStatusBadge status={kase.status} />
          {kase.hidden ? (
            <Badge variant="light" color="gray" c="gray.8" tt="none" leftSection={<IconEyeOff size={12} aria-hidden />}>
              {t('cases.hidden')}
            </Badge>
          ) : null}
        </Group>
        <Title order={headingOrder} size="h4" id={headingId}>
          <Anchor component={Link} to={`/casussen/${kase.id}`} c="inherit" fw={700}>
            {kase.title}
          </Anchor>
        </Title>
        <Text size="sm">
          <Text component="span" size="sm" fw={600}>
            {t('caseForm.collaborationForm')}:{' '}
          </Text>
          {kase.collaborationForm.name}
        </Text>
        <Group gap="md" wrap="wrap">
          {showCommunity ? (
            <Group gap={4} wrap="nowrap">
              <IconUsersGroup size={16} aria-hidden />
              <Text size="sm" c="gray.7">
                {kase.community.name}
              </Text>
            </Group>
          ) : null}
          <Text size="sm" c="gray.7">
            {t('cases.by', { name: kase.authorLabel })}
          </Text>
          <TimeAgo iso={kase.createdAt} />
          <Group gap={4} wrap="nowrap">
            <IconMessageCircle size={16} aria-hidden />
            <Text size="sm" c="gray.7">
              {t('cases.responseCount', { count: kase.responseCount })}
            </Text>
          </Group>
        </Group>
        <TagList tags={kase.tags} label={t('cases.tagsLabel')} />
      </Stack>
    </Paper>
  );
}
