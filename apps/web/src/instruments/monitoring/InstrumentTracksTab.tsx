import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { RESPONDENT_KIND_LABELS } from '@kennislijn/shared-instruments';
import { MonitoringTracksDocument, type MonitoringTrackCardFieldsFragment } from '@kennislijn/web-graphql';
import { EmptyState, LoadingState } from '@kennislijn/web-ui';
import { IconAlertTriangle, IconChartLine, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../communities/common/useFormat';
import { QueryErrorState } from '../../pages/QueryErrorState';
import { NewTrackForm } from './NewTrackForm';
import { latestSession, WARN_TEXT } from './track-chart';
import { useLocale } from './useLocale';
import './monitoring.css';

export interface InstrumentTracksTabProps {
  instrumentId: string;
  communityId: string;
  latestVersion: number;
  canTrack: boolean;
}

function TrackCard({ track }: { track: MonitoringTrackCardFieldsFragment }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { date } = useFormat();
  const last = latestSession(track.chart.sessions);
  const lastSignals = last === null ? 0 : track.chart.signals.filter((s) => s.sessionNumber === last).length;
  return (
    <Paper component="li" withBorder radius="md" p="md" data-track={track.caseCode}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={3} size="h4">
            <Anchor component={Link} to={`/trajecten/${track.id}`}>
              {track.caseCode}
            </Anchor>
          </Title>
          <Group gap={6}>
            <Badge variant="light" color="gray" c="gray.9" tt="none">
              {t('monitoring.version', { n: track.versionNumber })}
            </Badge>
            {track.closedAt ? (
              <Badge variant="outline" color="gray" c="gray.9" tt="none">
                {t('monitoring.tracks.closed')}
              </Badge>
            ) : null}
            {lastSignals > 0 ? (
              <Badge variant="light" color="orange" c={WARN_TEXT} tt="none" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
                {t('monitoring.tracks.signals', { count: lastSignals })}
              </Badge>
            ) : null}
          </Group>
        </Group>
        <Text size="sm">
          {track.respondents.map((r) => `${r.label} (${RESPONDENT_KIND_LABELS[r.kind][locale].toLowerCase()})`).join(' · ')}
        </Text>
        <Text size="sm" c="gray.7">
          {last === null ? t('monitoring.tracks.noSessions') : t('monitoring.tracks.lastSession', { n: last })}
          {' · '}
          {t('monitoring.tracks.started', { date: date(track.createdAt) })}
        </Text>
      </Stack>
    </Paper>
  );
}

// The "Trajecten" tab of an instrument: tracks that use it in this community, and starting a new one.
export function InstrumentTracksTab({ instrumentId, communityId, latestVersion, canTrack }: InstrumentTracksTabProps) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const { data, loading, error, refetch } = useQuery(MonitoringTracksDocument, {
    variables: { communityId, instrumentId },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const tracks = data?.monitoringTracks;
  const mayStart = canTrack && latestVersion > 0;

  const newButton = mayStart && !creating ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
      {t('monitoring.tracks.new')}
    </Button>
  ) : null;

  return (
    <Stack gap="md" className="kl-tracks">
      <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
        <Stack gap={2}>
          <Title order={2} size="h3">
            {t('monitoring.tracks.title')}
          </Title>
          <Text size="sm" c="gray.7" maw={640}>
            {t('monitoring.tracks.intro')}
          </Text>
        </Stack>
        {tracks && tracks.length > 0 ? newButton : null}
      </Group>
      {latestVersion === 0 ? (
        <Text size="sm" c="gray.8">
          {t('monitoring.tracks.notPublished')}
        </Text>
      ) : null}
      {creating ? <NewTrackForm instrumentId={instrumentId} latestVersion={latestVersion} onCancel={() => setCreating(false)} /> : null}
      {tracks ? (
        tracks.length === 0 ? (
          creating ? null : (
            <EmptyState
              headingOrder={3}
              icon={<IconChartLine size={30} aria-hidden />}
              title={t('monitoring.tracks.emptyTitle')}
              description={mayStart ? t('monitoring.tracks.emptyText') : t('monitoring.tracks.emptyTextReadOnly')}
              action={newButton}
            />
          )
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('monitoring.tracks.listLabel')}>
            {tracks.map((track) => (
              <TrackCard key={track.id} track={track} />
            ))}
          </Stack>
        )
      ) : loading || !error ? (
        <LoadingState label={t('monitoring.tracks.loading')} />
      ) : (
        <QueryErrorState error={error} onRetry={() => void refetch()} retrying={loading} />
      )}
    </Stack>
  );
}
