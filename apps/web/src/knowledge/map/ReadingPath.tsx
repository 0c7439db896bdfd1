import { Anchor, Group, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { ReadingPathDocument, type LearningLineMapQuery } from '@kennislijn/web-graphql';
import { IconRoute } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AsyncSection } from '../../communities/common/AsyncSection';
import { citationShort } from '../common/citation';
import { EvidenceLabel, KnowledgeTypeBadge } from '../common/labels';
import { splitLevelName } from './map-table';

interface ReadingPathProps {
  levels: LearningLineMapQuery['levels'];
  level: number;
  ownLevel: number | null;
  onLevelChange: (level: number) => void;
}

function PathList({ level }: { level: number }) {
  const { t } = useTranslation();
  const path = useQuery(ReadingPathDocument, { variables: { level }, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  const items = path.data?.readingPath;
  return (
    <AsyncSection
      loading={path.loading}
      error={path.error}
      hasData={Boolean(items)}
      isEmpty={items?.length === 0}
      onRetry={() => void path.refetch()}
      loadingLabel={t('knowledge.path.loading')}
      emptyIcon={<IconRoute size={20} aria-hidden />}
      emptyTitle={t('knowledge.path.emptyTitle')}
      emptyText={t('knowledge.path.emptyText')}
      headingOrder={3}
    >
      <Text size="sm" c="gray.7" mb="sm">
        {t('knowledge.path.count', { count: items?.length ?? 0 })}
      </Text>
      <ol className="kl-path" aria-label={t('knowledge.path.listLabel', { number: level })}>
        {items?.map((item) => (
          <li key={item.id} className="kl-path-item">
            <Stack gap={4}>
              <Anchor component={Link} to={`/kennisbank/${item.id}`} fw={700}>
                {item.title}
              </Anchor>
              <Group gap="sm" wrap="wrap">
                <KnowledgeTypeBadge type={item.type} />
                {item.citation ? (
                  <Text size="sm" c="gray.8">
                    <span className="kl-sr-only">{t('knowledge.source')}: </span>
                    {citationShort(item.citation)}
                  </Text>
                ) : null}
                <EvidenceLabel level={item.evidenceLevel} />
              </Group>
            </Stack>
          </li>
        ))}
      </ol>
    </AsyncSection>
  );
}

// The reading path of a level: its knowledge items, foundations first (the API's order). A student
// starts on their own level.
export function ReadingPath({ levels, level, ownLevel, onLevelChange }: ReadingPathProps) {
  const { t } = useTranslation();
  const sorted = [...levels].sort((a, b) => a.number - b.number);
  return (
    <Tabs value={String(level)} onChange={(value) => value && onLevelChange(Number(value))} keepMounted={false}>
      <Tabs.List aria-label={t('knowledge.path.tabsLabel')} mb="md">
        {sorted.map((l) => (
          <Tabs.Tab key={l.number} value={String(l.number)}>
            {splitLevelName(l.name)[0]}
            {ownLevel === l.number ? <span className="kl-own-level"> ({t('knowledge.path.yourLevel')})</span> : null}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {sorted.map((l) => (
        <Tabs.Panel key={l.number} value={String(l.number)}>
          <Text size="sm" c="gray.8" mb="sm">
            {l.description}
          </Text>
          <PathList level={l.number} />
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
