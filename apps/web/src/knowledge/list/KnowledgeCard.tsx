import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { KnowledgeCardFieldsFragment } from '@kennislijn/web-graphql';
import { IconQuote } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { citationShort } from '../common/citation';
import { EvidenceLabel, KnowledgeTypeBadge, LearningLineChips, ScopeLabel } from '../common/labels';
import { plainExcerpt } from '../common/plain-excerpt';

interface KnowledgeCardProps {
  item: KnowledgeCardFieldsFragment;
  headingOrder?: 2 | 3;
  /** In the reading path the place in the order is shown before the title. */
  position?: number;
}

// One knowledge item in a list: its kind, title, source in short ("Bordin (1979)"), evidence, where it
// lives, the start of its summary and its place on the learning line.
export function KnowledgeCard({ item, headingOrder = 2, position }: KnowledgeCardProps) {
  const { t } = useTranslation();
  const headingId = `kennisitem-${item.id}${position ? `-${position}` : ''}`;
  return (
    <Paper component="li" withBorder radius="md" p={{ base: 'md', sm: 'lg' }} aria-labelledby={headingId} className="kl-knowledge-card">
      <Stack gap="xs">
        <Group gap="sm" wrap="wrap">
          <KnowledgeTypeBadge type={item.type} />
          <EvidenceLabel level={item.evidenceLevel} />
        </Group>
        <Title order={headingOrder} size="h4" id={headingId}>
          {position ? (
            <Text component="span" inherit c="gray.7" mr={6}>
              {position}.
            </Text>
          ) : null}
          <Anchor component={Link} to={`/kennisbank/${item.id}`} c="inherit" fw={700}>
            {item.title}
          </Anchor>
        </Title>
        <Group gap="md" wrap="wrap">
          {item.citation ? (
            <Group gap={4} wrap="nowrap">
              <IconQuote size={16} aria-hidden />
              <Text size="sm" fw={600} c="gray.8">
                <span className="kl-sr-only">{t('knowledge.source')}: </span>
                {citationShort(item.citation)}
              </Text>
            </Group>
          ) : null}
          <ScopeLabel community={item.community} />
        </Group>
        {item.summary ? (
          <Text size="sm" c="gray.8">
            {plainExcerpt(item.summary)}
          </Text>
        ) : null}
        <LearningLineChips qualifications={item.qualifications} levels={item.levels} />
      </Stack>
    </Paper>
  );
}
