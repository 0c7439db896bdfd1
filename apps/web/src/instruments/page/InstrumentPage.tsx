import { Anchor, Button, Group, Tabs, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { hasErrorCode, InstrumentDetailDocument, type InstrumentDetailFieldsFragment } from '@kennislijn/web-graphql';
import { EmptyState, LoadingState } from '@kennislijn/web-ui';
import { IconGitFork, IconSend, IconTools, IconUserPlus, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Page } from '../../pages/Page';
import { QueryErrorState } from '../../pages/QueryErrorState';
import { PresenceAvatars } from '../../realtime/PresenceAvatars';
import { useRealtime } from '../../realtime/realtime-context';
import { LineageNote, VersionBadge } from '../common/labels';
import { useInstrumentLive } from '../common/useInstrumentLive';
import { DraftEditor } from '../editor/DraftEditor';
import { InstrumentAnalysisTab } from '../monitoring/InstrumentAnalysisTab';
import { InstrumentTracksTab } from '../monitoring/InstrumentTracksTab';
import { VersionsTab } from '../versions/VersionsTab';
import { AddAuthorDialog } from './AddAuthorDialog';
import { ForkDialog } from './ForkDialog';
import { PublishDialog } from './PublishDialog';

type TabKey = 'concept' | 'versies' | 'trajecten' | 'analyse';

interface TabDef {
  key: TabKey;
  label: string;
  render: () => ReactNode;
}

function InstrumentNotFound() {
  const { t } = useTranslation();
  return (
    <Page title={t('instruments.page.notFound.title')}>
      <EmptyState
        icon={<IconTools size={30} aria-hidden />}
        title={t('instruments.page.notFound.heading')}
        description={t('instruments.page.notFound.text')}
        action={
          <Button component={Link} to="/instrumenten">
            {t('instruments.page.notFound.back')}
          </Button>
        }
      />
    </Page>
  );
}

type Dialog = 'publish' | 'author' | 'fork' | null;

function InstrumentView({ instrument, tab, refetch }: { instrument: InstrumentDetailFieldsFragment; tab: string | undefined; refetch: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { userId } = useRealtime();
  const [dialog, setDialog] = useState<Dialog>(null);
  const can = instrument.permissions;
  const live = useInstrumentLive(instrument.id, can.readDraft, refetch);
  const base = `/instrumenten/${instrument.id}`;

  const tabs: TabDef[] = [
    ...(can.readDraft && instrument.draft
      ? [{ key: 'concept' as const, label: t('instruments.page.tabs.concept'), render: () => <DraftEditor instrument={instrument} live={live} viewerId={userId} refetch={refetch} /> }]
      : []),
    { key: 'versies', label: t('instruments.page.tabs.versions'), render: () => <VersionsTab instrument={instrument} /> },
    {
      key: 'trajecten',
      label: t('instruments.page.tabs.tracks'),
      render: () => <InstrumentTracksTab instrumentId={instrument.id} communityId={instrument.communityId} latestVersion={instrument.latestVersion} canTrack={can.track} />,
    },
    {
      key: 'analyse',
      label: t('instruments.page.tabs.analysis'),
      render: () => <InstrumentAnalysisTab instrumentId={instrument.id} latestVersion={instrument.latestVersion} canAnalyse={can.analyse} />,
    },
  ];
  const active = tabs.find((item) => item.key === tab) ?? tabs[0];
  const authorNames = instrument.authors.map((a) => a.displayName).join(', ');

  const actions = (
    <>
      {can.edit ? (
        <Button variant="default" leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setDialog('author')}>
          {t('instruments.page.addAuthor')}
        </Button>
      ) : null}
      {can.fork && instrument.versions.length > 0 ? (
        <Button variant="default" leftSection={<IconGitFork size={18} aria-hidden />} onClick={() => setDialog('fork')}>
          {t('instruments.page.fork')}
        </Button>
      ) : null}
      {can.edit && instrument.draft ? (
        <Button leftSection={<IconSend size={18} aria-hidden />} onClick={() => setDialog('publish')}>
          {t('instruments.page.publish')}
        </Button>
      ) : null}
    </>
  );

  return (
    <Page title={instrument.title} actions={actions}>
      <Group gap="md" wrap="wrap" mt={-8} mb="lg">
        <VersionBadge latestVersion={instrument.latestVersion} />
        <Group gap={4} wrap="nowrap">
          <IconUsersGroup size={16} aria-hidden />
          <Anchor component={Link} to={`/gemeenschappen/${instrument.community.slug}`} size="sm">
            {instrument.community.name}
          </Anchor>
        </Group>
        {authorNames ? (
          <Group gap={4} wrap="nowrap">
            <IconUsers size={16} aria-hidden />
            <Text size="sm" c="gray.7" data-authors>
              {t('instruments.page.authors', { names: authorNames })}
            </Text>
          </Group>
        ) : null}
        {instrument.lineage ? <LineageNote lineage={instrument.lineage} /> : null}
        {can.readDraft ? <PresenceAvatars people={live.others} label={t('instruments.page.presence')} /> : null}
      </Group>
      <Tabs value={active?.key} onChange={(value) => value && void navigate(`${base}/${value}`, { replace: true })} keepMounted={false}>
        <Tabs.List mb="lg" style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' }}>
          {tabs.map((item) => (
            <Tabs.Tab key={item.key} value={item.key}>
              {item.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map((item) => (
          <Tabs.Panel key={item.key} value={item.key}>
            {item.render()}
          </Tabs.Panel>
        ))}
      </Tabs>
      {dialog === 'author' ? (
        <AddAuthorDialog instrumentId={instrument.id} community={instrument.community} authorIds={instrument.authors.map((a) => a.id)} opened onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'fork' ? <ForkDialog instrumentId={instrument.id} versions={instrument.versions.map((v) => v.number)} opened onClose={() => setDialog(null)} /> : null}
      {dialog === 'publish' ? (
        <PublishDialog instrument={instrument} opened onClose={() => setDialog(null)} onStale={refetch} onPublished={() => void navigate(`${base}/versies`, { replace: true })} />
      ) : null}
    </Page>
  );
}

export function InstrumentPage() {
  const { t } = useTranslation();
  const { id = '', tab } = useParams();
  const { data, loading, error, refetch } = useQuery(InstrumentDetailDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  // Changes by others come in bursts (typing, then saving several parts): one read at a time, and
  // one more after it when something changed meanwhile.
  const running = useRef(false);
  const again = useRef(false);
  const reread = useCallback(() => {
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    void refetch()
      .catch(() => undefined)
      .finally(() => {
        running.current = false;
        if (again.current) {
          again.current = false;
          reread();
        }
      });
  }, [refetch]);

  if (error && (hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'BAD_USER_INPUT'))) return <InstrumentNotFound />;
  if (data?.instrument) return <InstrumentView instrument={data.instrument} tab={tab} refetch={reread} />;
  return (
    <Page title={t('instruments.page.loadingTitle')}>
      {loading || !error ? <LoadingState label={t('instruments.page.loading')} /> : <QueryErrorState error={error} onRetry={() => void refetch()} retrying={loading} />}
    </Page>
  );
}
