import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { InstrumentVersionDetailDocument } from '@kennislijn/web-graphql';
import { LoadingState } from '@kennislijn/web-ui';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryErrorState } from '../../pages/QueryErrorState';
import { toDefinition, toScoringPart } from '../common/definition';
import { useRespondentLabel } from '../common/labels';
import { ItemSummary, ScoringSummary } from '../common/summaries';

// One published version, read-only: as it was frozen, questions in order, then its scoring.
export function VersionView({ instrumentId, number, onClose }: { instrumentId: string; number: number; onClose: () => void }) {
  const { t } = useTranslation();
  const respondent = useRespondentLabel();
  const { data, loading, error, refetch } = useQuery(InstrumentVersionDetailDocument, { variables: { instrumentId, number } });
  const version = data?.instrumentVersion;
  const headingId = `versie-${number}-inhoud`;
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby={headingId} className="kl-version-view">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4" id={headingId}>
            {t('instruments.versions.viewing', { number })}
          </Title>
          <Button variant="subtle" color="gray" c="gray.8" size="compact-sm" leftSection={<IconX size={14} aria-hidden />} onClick={onClose}>
            {t('instruments.versions.hide')}
          </Button>
        </Group>
        {!version ? (
          loading || !error ? (
            <LoadingState label={t('instruments.versions.loadingVersion')} />
          ) : (
            <QueryErrorState error={error} onRetry={() => void refetch()} retrying={loading} />
          )
        ) : (
          (() => {
            const def = toDefinition(version.definition);
            const subscaleName = (id: string) => def.subscales.find((s) => s.id === id)?.name ?? id;
            return (
              <Stack gap="md">
                <Text fw={700} size="lg">
                  {def.title}
                </Text>
                {version.definition.purposeHtml ? <div className="kl-rich-text" dangerouslySetInnerHTML={{ __html: version.definition.purposeHtml }} /> : null}
                <Text size="sm">
                  {t('instruments.versions.respondents')}: {def.respondents.length ? def.respondents.map(respondent).join(', ') : t('instruments.versions.noRespondents')}
                </Text>
                <Title order={3} size="h5">
                  {t('instruments.versions.itemsHeading')}
                </Title>
                <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
                  {def.items.map((item, i) => (
                    <Paper component="li" key={item.id} withBorder radius="sm" p="sm">
                      <Group gap="sm" align="flex-start" wrap="nowrap">
                        <Text fw={700} c="gray.7" miw={24}>
                          {i + 1}.
                        </Text>
                        <ItemSummary item={item} subscaleName={subscaleName} />
                      </Group>
                    </Paper>
                  ))}
                </Stack>
                <Title order={3} size="h5">
                  {t('instruments.versions.scoringHeading')}
                </Title>
                <ScoringSummary part={toScoringPart(version.definition)} />
              </Stack>
            );
          })()
        )}
      </Stack>
    </Paper>
  );
}
