import { Anchor, Badge, Group, Text } from '@mantine/core';
import { RESPONDENT_KIND_LABELS, type RespondentKind } from '@kennislijn/shared-instruments';
import { IconGitFork } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** "Versie 2" for a published instrument, "Concept" before the first version. */
export function VersionBadge({ latestVersion }: { latestVersion: number }) {
  const { t } = useTranslation();
  return latestVersion > 0 ? (
    <Badge variant="light" color="green" tt="none">
      {t('instruments.version', { number: latestVersion })}
    </Badge>
  ) : (
    <Badge variant="light" color="gray" c="gray.8" tt="none">
      {t('instruments.draft')}
    </Badge>
  );
}

export function useLanguage(): 'nl' | 'en' {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'nl';
}

export function useRespondentLabel() {
  const language = useLanguage();
  return (kind: RespondentKind) => RESPONDENT_KIND_LABELS[kind]?.[language] ?? kind;
}

export interface Lineage {
  instrumentId?: string | null;
  title: string;
  versionNumber: number;
  communityName?: string | null;
}

/** Where a fork comes from: "Afgeleid van X versie 2 uit gemeenschap Y", linked when the viewer may read the source. */
export function LineageNote({ lineage }: { lineage: Lineage }) {
  const { t } = useTranslation();
  const text = lineage.communityName
    ? t('instruments.lineage', { title: lineage.title, version: lineage.versionNumber, community: lineage.communityName })
    : t('instruments.lineageHidden', { title: lineage.title, version: lineage.versionNumber });
  return (
    <Group gap={4} wrap="nowrap" align="flex-start">
      <IconGitFork size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      {lineage.instrumentId ? (
        <Anchor component={Link} to={`/instrumenten/${lineage.instrumentId}/versies`} size="sm">
          {text}
        </Anchor>
      ) : (
        <Text size="sm" c="gray.7">
          {text}
        </Text>
      )}
    </Group>
  );
}
