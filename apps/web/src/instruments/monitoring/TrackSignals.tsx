import { Alert, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowsSplit, IconCircleCheck, IconTrendingDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatScore, signalSentence, splitFlags, TOTAL_SCOPE, WARN_TEXT, type TrackChartData } from './track-chart';
import { useLocale } from './useLocale';

type SignalKind = TrackChartData['signals'][number]['kind'];

const KIND_ICON: Record<SignalKind, typeof IconAlertTriangle> = {
  BELOW: IconAlertTriangle,
  ABOVE: IconAlertTriangle,
  DROP: IconTrendingDown,
  SPLIT: IconArrowsSplit,
};

interface Props {
  chart: TrackChartData;
  respondents: readonly { id: string; label: string }[];
}

// What needs attention: the split-alliance flag and every signal, newest session first.
export function TrackSignals({ chart, respondents }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const f = (v: number | null | undefined) => formatScore(v, locale);
  const words = {
    locale,
    session: (n: number) => t('monitoring.sessionN', { n }),
    split: t('monitoring.signals.split'),
    difference: (spread: string) => t('monitoring.signals.difference', { spread }),
    scopeName: (id: string) => (id === TOTAL_SCOPE ? t('monitoring.chart.total') : (chart.scopes.find((s) => s.id === id)?.name ?? id)),
  };
  const flags = splitFlags(chart, respondents);
  const signals = [...chart.signals].sort((a, b) => b.sessionNumber - a.sessionNumber);

  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('monitoring.signals.title')}
      </Title>
      {flags.length > 0 ? (
        <Alert variant="light" color="orange" icon={<IconArrowsSplit aria-hidden />} title={t('monitoring.signals.splitTitle')} styles={{ title: { color: WARN_TEXT } }} data-split-flag>
          <Stack gap={4}>
            {flags.map((flag) => (
              <Text size="sm" key={flag.sessionNumber}>
                {t('monitoring.signals.splitText', {
                  n: flag.sessionNumber,
                  high: flag.high.label,
                  highValue: f(flag.high.value),
                  low: flag.low.label,
                  lowValue: f(flag.low.value),
                  spread: f(flag.spread),
                  limit: f(chart.splitSpread),
                })}
              </Text>
            ))}
            <Text size="sm" c="gray.8">
              {t('monitoring.signals.splitAdvice')}
            </Text>
          </Stack>
        </Alert>
      ) : null}
      {signals.length === 0 ? (
        <Group gap="xs" wrap="nowrap">
          <IconCircleCheck size={20} color="var(--mantine-color-teal-8)" aria-hidden />
          <Text size="sm">{chart.sessions.length === 0 ? t('monitoring.signals.noneYet') : t('monitoring.signals.none')}</Text>
        </Group>
      ) : (
        <List spacing={6} listStyleType="none" p={0} aria-label={t('monitoring.signals.listLabel')} className="kl-signals">
          {signals.map((s, i) => {
            const Icon = KIND_ICON[s.kind];
            const respondent = respondents.find((r) => r.id === s.respondentId)?.label ?? '';
            return (
              <List.Item key={`${s.kind}-${s.sessionNumber}-${s.respondentId ?? 'all'}-${s.scope}-${i}`} data-kind={s.kind} data-respondent={respondent || undefined} data-session={s.sessionNumber}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Badge
                    variant="light"
                    color={s.kind === 'SPLIT' || s.kind === 'DROP' ? 'orange' : 'red'}
                    c={s.kind === 'SPLIT' || s.kind === 'DROP' ? WARN_TEXT : 'red.9'}
                    tt="none"
                    leftSection={<Icon size={12} aria-hidden />}
                    style={{ flexShrink: 0 }}
                  >
                    {t(`monitoring.signals.kind.${s.kind}`)}
                  </Badge>
                  <Text size="sm">{signalSentence(s, respondents, words)}</Text>
                </Group>
              </List.Item>
            );
          })}
        </List>
      )}
    </Stack>
  );
}
