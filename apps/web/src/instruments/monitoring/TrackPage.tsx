import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { RESPONDENT_KIND_LABELS } from '@kennislijn/shared-instruments';
import { CloseMonitoringTrackDocument, hasErrorCode, MonitoringTrackDocument } from '@kennislijn/web-graphql';
import { EmptyState, LoadingState } from '@kennislijn/web-ui';
import { IconArrowLeft, IconChartLine, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConfirmDialog } from '../../communities/common/ConfirmDialog';
import { useFormat } from '../../communities/common/useFormat';
import { Page } from '../../pages/Page';
import { QueryErrorState } from '../../pages/QueryErrorState';
import { RespondentLinks } from './RespondentLinks';
import { ResponseForm, type TrackDetail } from './ResponseForm';
import { TrackChartPanel } from './TrackChartPanel';
import { TrackResponses } from './TrackResponses';
import { TrackSignals } from './TrackSignals';
import { useLocale } from './useLocale';
import { useTrackLive } from './useTrackLive';
import './monitoring.css';

function TrackNotFound() {
  const { t } = useTranslation();
  return (
    <Page title={t('monitoring.track.notFoundTitle')}>
      <EmptyState
        icon={<IconChartLine size={30} aria-hidden />}
        title={t('monitoring.track.notFoundHeading')}
        description={t('monitoring.track.notFoundText')}
        action={
          <Button component={Link} to="/instrumenten">
            {t('monitoring.track.toInstruments')}
          </Button>
        }
      />
    </Page>
  );
}

function Section({ children, label }: { children: React.ReactNode; label?: string }) {
  return (
    <Paper component="section" withBorder radius="md" p={{ base: 'md', sm: 'lg' }} aria-label={label}>
      {children}
    </Paper>
  );
}

function TrackView({ track, live }: { track: TrackDetail; live: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { date } = useFormat();
  const [scope, setScope] = useState(track.chart.scopes[0]?.id ?? 'TOTAL');
  const [closing, setClosing] = useState(false);
  const [close] = useMutation(CloseMonitoringTrackDocument, { refetchQueries: ['MonitoringTrack'], awaitRefetchQueries: true });
  const closed = !!track.closedAt;
  const writable = track.canWrite && !closed;
  const activeScope = track.chart.scopes.some((s) => s.id === scope) ? scope : (track.chart.scopes[0]?.id ?? 'TOTAL');

  return (
    <Page
      title={track.caseCode}
      description={t('monitoring.track.subtitle', { instrument: track.instrument.title, n: track.versionNumber, community: track.instrument.community.name })}
      actions={
        track.canWrite ? (
          <Button variant="default" leftSection={<IconLock size={16} aria-hidden />} onClick={() => setClosing(true)}>
            {closed ? t('monitoring.track.reopen') : t('monitoring.track.close')}
          </Button>
        ) : null
      }
    >
      <Stack gap="lg" className="kl-track" data-live={live || undefined}>
        <Group gap="md" wrap="wrap" mt={-8}>
          <Anchor component={Link} to={`/instrumenten/${track.instrumentId}/trajecten`} size="sm">
            <Group gap={4} wrap="nowrap" component="span">
              <IconArrowLeft size={14} aria-hidden />
              {t('monitoring.track.back', { instrument: track.instrument.title })}
            </Group>
          </Anchor>
          {closed ? (
            <Badge variant="outline" color="gray" c="gray.9" tt="none">
              {t('monitoring.track.closedOn', { date: date(track.closedAt ?? '') })}
            </Badge>
          ) : null}
          <Text size="sm" c="gray.7">
            {track.respondents.map((r) => `${r.label} (${RESPONDENT_KIND_LABELS[r.kind][locale].toLowerCase()})`).join(' · ')}
          </Text>
        </Group>
        {closed ? (
          <Alert variant="light" color="gray" icon={<IconLock aria-hidden />}>
            <Text size="sm">{t('monitoring.track.closedText')}</Text>
          </Alert>
        ) : null}
        <Section>
          <TrackChartPanel chart={track.chart} scope={activeScope} onScopeChange={setScope} />
        </Section>
        <Section>
          <TrackSignals chart={track.chart} respondents={track.respondents} />
        </Section>
        {writable ? (
          <Section>
            <Stack gap="sm">
              <Title order={2} size="h3">
                {t('monitoring.entry.title')}
              </Title>
              <Text size="sm" c="gray.7">
                {t('monitoring.entry.intro')}
              </Text>
              <ResponseForm track={track} />
            </Stack>
          </Section>
        ) : null}
        {writable ? (
          <Section>
            <RespondentLinks track={track} />
          </Section>
        ) : null}
        <Section>
          <TrackResponses track={track} canWrite={writable} />
        </Section>
        {track.notes ? (
          <Section>
            <Title order={2} size="h3" mb="xs">
              {t('monitoring.track.notes')}
            </Title>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {track.notes}
            </Text>
          </Section>
        ) : null}
        {!track.canWrite ? (
          <Text size="sm" c="gray.7">
            {t('monitoring.track.readOnly', { name: track.createdBy?.displayName ?? t('common.unknownPerson') })}
          </Text>
        ) : null}
      </Stack>
      <ConfirmDialog
        opened={closing}
        onClose={() => setClosing(false)}
        title={closed ? t('monitoring.track.reopenTitle') : t('monitoring.track.closeTitle')}
        message={closed ? t('monitoring.track.reopenText') : t('monitoring.track.closeText')}
        confirmLabel={closed ? t('monitoring.track.reopen') : t('monitoring.track.close')}
        onConfirm={() => close({ variables: { id: track.id, closed: !closed } })}
      />
    </Page>
  );
}

// A monitoring track: trend per respondent, signals, entering responses and respondent links. Live:
// a respondent's submission through a link shows up here without reloading.
export function TrackPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(MonitoringTrackDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const live = useTrackLive(data?.monitoringTrack ? id : null, refetch);
  if (error && (hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'BAD_USER_INPUT'))) return <TrackNotFound />;
  if (data?.monitoringTrack) return <TrackView track={data.monitoringTrack} live={live} />;
  return (
    <Page title={t('monitoring.track.loadingTitle')}>
      {loading || !error ? <LoadingState label={t('monitoring.track.loading')} /> : <QueryErrorState error={error} onRetry={() => void refetch()} retrying={loading} />}
    </Page>
  );
}
