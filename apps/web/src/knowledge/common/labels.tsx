import { Badge, Group, Text } from '@mantine/core';
import { EVIDENCE_LEVEL_LABELS, KNOWLEDGE_TYPE_LABELS, THEORY_THEME_LABELS, type EvidenceLevel, type KnowledgeType, type TheoryTheme } from '@kennislijn/shared-domain';
import {
  IconArticle,
  IconBook2,
  IconBulb,
  IconChartDots,
  IconFlask,
  IconMicroscope,
  IconPuzzle,
  IconSchool,
  IconSeedling,
  IconTools,
  IconUsersGroup,
  IconWorld,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';

export function useLanguage(): 'nl' | 'en' {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'nl';
}

/** The shared labels of the knowledge enums (one list for API and web), in the person's language. */
export function useKnowledgeLabels() {
  const language = useLanguage();
  return {
    language,
    type: (type: KnowledgeType) => KNOWLEDGE_TYPE_LABELS[type]?.[language] ?? type,
    evidence: (level: EvidenceLevel) => EVIDENCE_LEVEL_LABELS[level]?.[language] ?? level,
    theory: (theme: TheoryTheme) => THEORY_THEME_LABELS[theme]?.[language] ?? theme,
  };
}

type Icon = ComponentType<{ size?: number; 'aria-hidden'?: boolean }>;

const TYPE_ICONS: Record<KnowledgeType, Icon> = {
  RESEARCH_FINDING: IconMicroscope,
  ARTICLE: IconArticle,
  METHOD: IconPuzzle,
  INSTRUMENT_REFERENCE: IconTools,
  PRACTICE_EXAMPLE: IconSchool,
  LESSON_LEARNED: IconBulb,
};

const EVIDENCE_ICONS: Record<EvidenceLevel, Icon> = {
  EFFECTIVE: IconChartDots,
  PROMISING: IconSeedling,
  PRACTICE_BASED: IconFlask,
  THEORY: IconBook2,
};

// The kind of knowledge as a word with an icon (never colour alone).
export function KnowledgeTypeBadge({ type }: { type: KnowledgeType }) {
  const labels = useKnowledgeLabels();
  const Icon = TYPE_ICONS[type] ?? IconArticle;
  return (
    <Badge variant="light" color="indigo" tt="none" leftSection={<Icon size={14} aria-hidden />}>
      {labels.type(type)}
    </Badge>
  );
}

/** How strong the evidence is: "Bewijskracht: Veelbelovend" (with the word, so "Theorie" is not mistaken for a theme). */
export function EvidenceLabel({ level }: { level: EvidenceLevel }) {
  const { t } = useTranslation();
  const labels = useKnowledgeLabels();
  const Icon = EVIDENCE_ICONS[level] ?? IconBook2;
  return (
    <Group gap={4} wrap="nowrap">
      <Icon size={16} aria-hidden />
      <Text size="sm" c="gray.8">
        {t('knowledge.evidence')}: {labels.evidence(level)}
      </Text>
    </Group>
  );
}

/** Where an item lives: a community, or the general knowledge base kept by curators. */
export function ScopeLabel({ community }: { community: { name: string } | null | undefined }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      {community ? <IconUsersGroup size={16} aria-hidden /> : <IconWorld size={16} aria-hidden />}
      <Text size="sm" c="gray.7">
        {community ? community.name : t('knowledge.siteWide')}
      </Text>
    </Group>
  );
}

/** Qualification codes and levels an item is linked to, as small chips (the qualification text as a tooltip). */
export function LearningLineChips({
  qualifications,
  levels,
}: {
  qualifications: readonly { id: string; code: string; text: string }[];
  levels: readonly { id: string; number: number; name: string }[];
}) {
  const { t } = useTranslation();
  if (!qualifications.length && !levels.length) return null;
  return (
    <Group component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('knowledge.linksLabel')}>
      {qualifications.map((q) => (
        <li key={q.id}>
          <Badge variant="outline" color="indigo" tt="none" fw={600} title={q.text}>
            {q.code}
          </Badge>
        </li>
      ))}
      {levels.map((l) => (
        <li key={l.id}>
          <Badge variant="outline" color="gray" c="gray.8" tt="none" fw={500} title={l.name}>
            {t('knowledge.levelShort', { number: l.number })}
          </Badge>
        </li>
      ))}
    </Group>
  );
}
