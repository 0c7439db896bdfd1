import { Badge, Group, List, Stack, Text } from '@mantine/core';
import type { InstrumentItem } from '@kennislijn/shared-instruments';
import { useTranslation } from 'react-i18next';
import type { MetaPart, ScoringPart } from './definition';
import { useRespondentLabel } from './labels';

/** One question as a respondent would meet it, read-only (versions, and the other version in a conflict). */
export function ItemSummary({ item, subscaleName, showType = true }: { item: InstrumentItem; subscaleName: (id: string) => string; showType?: boolean }) {
  const { t } = useTranslation();
  const notes = [
    item.reverse ? t('instruments.versions.reverseNote') : null,
    item.required ? null : t('instruments.versions.optionalNote'),
    item.subscaleId ? t('instruments.versions.subscaleNote', { name: subscaleName(item.subscaleId) }) : null,
  ].filter(Boolean);
  return (
    <Stack gap={4}>
      <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
        {item.text.trim() || t('instruments.editor.untitled')}
      </Text>
      {item.help ? (
        <Text size="sm" c="gray.7">
          {item.help}
        </Text>
      ) : null}
      {item.type === 'LIKERT' ? (
        <Text size="sm">
          {t('instruments.versions.scaleOf', { points: item.points ?? 0 })}: {item.labels.map((l, i) => `${i + 1} ${l}`).join(' · ')}
        </Text>
      ) : null}
      {item.type === 'VAS' ? (
        <Text size="sm">
          {t('instruments.versions.vasOf')}
          {item.labels.length === 2 ? `: ${item.labels[0]} – ${item.labels[1]}` : ''}
        </Text>
      ) : null}
      {item.type === 'SINGLE_CHOICE' ? (
        <List size="sm" spacing={0}>
          {item.options.map((o) => (
            <List.Item key={o.id}>{o.score === null ? o.label : `${o.label} (${o.score})`}</List.Item>
          ))}
        </List>
      ) : null}
      <Group gap={6} wrap="wrap">
        {showType ? (
          <Badge variant="outline" color="gray" c="gray.8" tt="none" size="sm">
            {t(`instruments.types.${item.type}`)}
          </Badge>
        ) : null}
        {notes.map((note) => (
          <Text key={note} size="xs" c="gray.7">
            {note}
          </Text>
        ))}
      </Group>
    </Stack>
  );
}

export function MetaSummary({ meta }: { meta: MetaPart }) {
  const { t } = useTranslation();
  const respondent = useRespondentLabel();
  return (
    <Stack gap={4}>
      <Text fw={600}>{meta.title}</Text>
      {meta.purpose ? (
        <Text size="sm" c="gray.8" lineClamp={4} style={{ whiteSpace: 'pre-wrap' }}>
          {meta.purpose}
        </Text>
      ) : null}
      <Text size="sm">
        {t('instruments.versions.respondents')}: {meta.respondents.length ? meta.respondents.map(respondent).join(', ') : t('instruments.versions.noRespondents')}
      </Text>
    </Stack>
  );
}

export function ScoringSummary({ part }: { part: ScoringPart }) {
  const { t } = useTranslation();
  const scope = (id: string) => (id === 'TOTAL' ? t('instruments.scoring.scopeTotal') : (part.subscales.find((s) => s.id === id)?.name ?? id));
  const lines = [
    t('instruments.versions.totalLine', { method: part.scoring.total ? t(`instruments.scoring.methods.${part.scoring.total}`) : t('instruments.scoring.totalNone') }),
    ...part.subscales.map((s) => `${t('instruments.editor.subscale')}: ${s.name} (${t(`instruments.scoring.methods.${s.method}`)})`),
    ...part.scoring.thresholds.map((th) =>
      t('instruments.versions.thresholdLine', { rule: `${scope(th.scope)} ${t(`instruments.scoring.kinds.${th.kind}`).toLowerCase()} ${th.value}`, label: th.label }),
    ),
    ...part.scoring.referenceLines.map((r) => t('instruments.versions.referenceLine', { label: r.label, scope: scope(r.scope), value: r.value })),
    part.scoring.splitSpread !== null ? t('instruments.versions.splitLine', { value: part.scoring.splitSpread }) : null,
  ].filter((l): l is string => Boolean(l));
  return (
    <List size="sm" spacing={2}>
      {lines.map((line, i) => (
        <List.Item key={i}>{line}</List.Item>
      ))}
    </List>
  );
}
