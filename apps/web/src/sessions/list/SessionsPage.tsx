import { Anchor, Button, Group, SegmentedControl, Stack, Switch, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { SessionsDocument } from '@kennislijn/web-graphql';
import { IconCertificate, IconListDetails, IconPlus, IconPresentation } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AsyncSection } from '../../communities/common/AsyncSection';
import { Page } from '../../pages/Page';
import { parseMonthKey, todayIn } from '../common/calendar';
import { usePlanning } from '../common/usePlanning';
import { viewerTimeZone } from '../common/when';
import { CalendarFeedButton } from './CalendarFeedButton';
import { MonthCalendar } from './MonthCalendar';
import { SessionCard } from './SessionCard';

const PAST_LIMIT = 50;

// The sessions of every community you may read: coming ones (and live ones) first, earlier ones below;
// a month calendar as the other view. View, filter and month live in the address.
export function SessionsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const view = params.get('weergave') === 'kalender' ? 'calendar' : 'list';
  const mine = params.get('mijn') === '1';
  const month = parseMonthKey(params.get('maand')) ? (params.get('maand') as string) : todayIn(viewerTimeZone()).slice(0, 7);
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };
  // Fixed for the page's life, so the list is not asked again every render.
  const [now] = useState(() => new Date().toISOString());
  const upcoming = useQuery(SessionsDocument, {
    variables: { from: now, mine: mine || undefined, first: 200 },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
    skip: view !== 'list',
  });
  const past = useQuery(SessionsDocument, {
    variables: { to: now, mine: mine || undefined, newestFirst: true, first: PAST_LIMIT },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
    skip: view !== 'list',
  });
  const { moderated } = usePlanning();
  // A session closed early is over, even when its planned end is still to come.
  const upcomingSessions = (upcoming.data?.sessions ?? []).filter((s) => s.status !== 'CLOSED');
  const pastSessions = [...(past.data?.sessions ?? []).filter((s) => s.endsAt < now), ...(upcoming.data?.sessions ?? []).filter((s) => s.status === 'CLOSED')]
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt))
    .slice(0, PAST_LIMIT);
  const planButton =
    moderated.length > 0 ? (
      <Button component={Link} to={moderated.length === 1 ? `/sessies/nieuw?community=${moderated[0].id}` : '/sessies/nieuw'} leftSection={<IconPlus size={18} aria-hidden />}>
        {t('sessions.list.plan')}
      </Button>
    ) : null;

  return (
    <Page
      title={t('sessions.title')}
      description={t('sessions.intro')}
      actions={
        <Group gap="sm">
          {planButton}
          <CalendarFeedButton />
        </Group>
      }
    >
      <Stack gap="lg">
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Group gap="lg" wrap="wrap">
            <SegmentedControl
              aria-label={t('sessions.list.viewLabel')}
              value={view}
              onChange={(v) => set('weergave', v === 'calendar' ? 'kalender' : null)}
              data={[
                { value: 'list', label: t('sessions.list.viewList') },
                { value: 'calendar', label: t('sessions.list.viewCalendar') },
              ]}
            />
            <Switch label={t('sessions.list.mine')} checked={mine} onChange={(e) => set('mijn', e.currentTarget.checked ? '1' : null)} />
          </Group>
          <Group gap="md" wrap="wrap">
            <Anchor component={Link} to="/sessies/aanwezigheid" size="sm">
              <Group gap={4} wrap="nowrap" component="span">
                <IconCertificate size={16} aria-hidden />
                {t('sessions.list.attendance')}
              </Group>
            </Anchor>
            {moderated.length > 0 ? (
              <Anchor component={Link} to={`/sessies/methoden?community=${moderated[0].id}`} size="sm">
                <Group gap={4} wrap="nowrap" component="span">
                  <IconListDetails size={16} aria-hidden />
                  {t('sessions.list.methods')}
                </Group>
              </Anchor>
            ) : null}
          </Group>
        </Group>

        {view === 'calendar' ? (
          <MonthCalendar month={month} mine={mine} onMonthChange={(m) => set('maand', m === todayIn(viewerTimeZone()).slice(0, 7) ? null : m)} />
        ) : (
          <>
            <section aria-labelledby="sessies-komend">
              <Title order={2} size="h3" id="sessies-komend" mb="sm">
                {t('sessions.list.upcoming')}
              </Title>
              <AsyncSection
                loading={upcoming.loading}
                error={upcoming.error}
                hasData={Boolean(upcoming.data)}
                isEmpty={upcomingSessions.length === 0}
                onRetry={() => void upcoming.refetch()}
                loadingLabel={t('sessions.list.loading')}
                emptyIcon={<IconPresentation size={30} aria-hidden />}
                emptyTitle={mine ? t('sessions.list.emptyMineTitle') : t('sessions.list.emptyTitle')}
                emptyText={mine ? t('sessions.list.emptyMineText') : moderated.length > 0 ? t('sessions.list.emptyTextModerator') : t('sessions.list.emptyText')}
                emptyAction={mine ? undefined : planButton}
                headingOrder={3}
              >
                <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="sessies-komend">
                  {upcomingSessions.map((s) => (
                    <SessionCard key={s.id} session={s} />
                  ))}
                </Stack>
              </AsyncSection>
            </section>
            <section aria-labelledby="sessies-eerder">
              <Title order={2} size="h3" id="sessies-eerder" mb="sm">
                {t('sessions.list.past')}
              </Title>
              <AsyncSection
                loading={past.loading}
                error={past.error}
                hasData={Boolean(past.data)}
                isEmpty={pastSessions.length === 0}
                onRetry={() => void past.refetch()}
                loadingLabel={t('sessions.list.loading')}
                emptyTitle={t('sessions.list.pastEmptyTitle')}
                emptyText={t('sessions.list.pastEmpty')}
                headingOrder={3}
              >
                <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="sessies-eerder">
                  {pastSessions.map((s) => (
                    <SessionCard key={s.id} session={s} />
                  ))}
                </Stack>
                {pastSessions.length >= PAST_LIMIT ? (
                  <Text size="sm" c="gray.7" mt="sm">
                    {t('sessions.list.pastLimit', { count: PAST_LIMIT })}
                  </Text>
                ) : null}
              </AsyncSection>
            </section>
          </>
        )}
      </Stack>
    </Page>
  );
}
