import { Alert, Anchor, Grid, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { hasErrorCode, ResearchThemesDocument, SessionDocument, type SessionDetailFieldsFragment } from '@kennislijn/web-graphql';
import { EmptyState, LoadingState } from '@kennislijn/web-ui';
import { IconCalendarX, IconPresentation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DiscussionPanel } from '../../discussions/DiscussionPanel';
import { Page } from '../../pages/Page';
import { QueryErrorState } from '../../pages/QueryErrorState';
import { SessionStatusBadge } from '../common/labels';
import { LiveRoom } from '../live/LiveRoom';
import { useSessionLive } from '../live/useSessionLive';
import { ClosedSummary } from './ClosedSummary';
import { RsvpPanel } from './RsvpPanel';
import { SessionActions } from './SessionActions';
import { SessionDetails } from './SessionDetails';

function SessionView({ session, refetch }: { session: SessionDetailFieldsFragment; refetch: () => void }) {
  const { t } = useTranslation();
  const themes = useQuery(ResearchThemesDocument, { skip: !session.themeCode });
  const themeName = session.themeCode ? (themes.data?.researchThemes.find((th) => th.code === session.themeCode)?.name ?? session.themeCode) : null;
  const live = useSessionLive(session.id, { ...session, stepStartedAt: session.stepStartedAt ?? null }, session.viewerCan.participate, refetch);
  // The room's state may be ahead of the page's read (a step moved, the session started or closed).
  const status = live.state.status;
  const shown: SessionDetailFieldsFragment = { ...session, status, currentStep: live.state.currentStep, stepStartedAt: live.state.stepStartedAt, stateSeq: live.state.stateSeq };

  return (
    <Page
      title={session.title}
      description={
        <Group gap="xs" wrap="wrap" component="span">
          <SessionStatusBadge status={status} />
          <Text span size="sm">
            <Anchor component={Link} to={`/gemeenschappen/${session.community.slug}`} inherit>
              {session.community.name}
            </Anchor>
          </Text>
        </Group>
      }
      actions={<SessionActions session={shown} />}
    >
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            {status === 'CANCELLED' ? (
              <Alert color="red" variant="light" icon={<IconCalendarX aria-hidden />} title={t('sessions.page.cancelledTitle')} role="status">
                {t('sessions.page.cancelledText')}
              </Alert>
            ) : null}
            {status === 'LIVE' && session.viewerCan.participate ? (
              <LiveRoom
                session={shown}
                state={live.state}
                notes={live.notes}
                people={live.people}
                connected={live.live}
                onState={live.applyState}
                onNoteSaved={live.applyNote}
                onStale={refetch}
              />
            ) : null}
            {status === 'LIVE' && !session.viewerCan.participate ? (
              <Alert variant="light" color="green">
                {t('sessions.page.liveMembersOnly')}
              </Alert>
            ) : null}
            {status === 'CLOSED' ? <ClosedSummary session={session} onChanged={refetch} /> : null}
            {status === 'PLANNED' || status === 'LIVE' ? <RsvpPanel session={shown} /> : null}
            <SessionDetails session={shown} themeName={themeName} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <DiscussionPanel kind="SESSION" subjectId={session.id} communitySlug={session.community.slug} title={t('sessions.page.discussion')} />
        </Grid.Col>
      </Grid>
    </Page>
  );
}

export function SessionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SessionDocument, { variables: { id }, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  const session = data?.session;
  if (session) return <SessionView key={session.id} session={session} refetch={() => void refetch()} />;
  if (error && (hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'BAD_USER_INPUT'))) {
    return (
      <Page title={t('sessions.page.notFoundTitle')}>
        <EmptyState icon={<IconPresentation size={30} aria-hidden />} title={t('sessions.page.notFoundTitle')} description={t('sessions.page.notFoundText')} />
      </Page>
    );
  }
  return (
    <Page title={t('sessions.title')}>
      {loading || !error ? <LoadingState label={t('sessions.page.loading')} /> : <QueryErrorState error={error} onRetry={() => void refetch()} retrying={loading} />}
    </Page>
  );
}
