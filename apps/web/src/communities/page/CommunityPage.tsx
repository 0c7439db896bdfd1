import { Alert, Badge, Button, Group, Tabs, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { CommunityDocument, hasErrorCode, type CommunityDetailFieldsFragment } from '@kennislijn/web-graphql';
import { EmptyState, LoadingState } from '@kennislijn/web-ui';
import { IconArchive, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { CommunityCasesTab } from '../../cases/list/CommunityCasesTab';
import { DiscussionPanel } from '../../discussions/DiscussionPanel';
import { useCommunityLive } from '../../discussions/useCommunityLive';
import { Page } from '../../pages/Page';
import { QueryErrorState } from '../../pages/QueryErrorState';
import { PresenceAvatars } from '../../realtime/PresenceAvatars';
import { JoinPolicyText, VisibilityBadge } from '../common/labels';
import { FeedTab } from '../feed/FeedTab';
import { MembersTab } from '../members/MembersTab';
import { AuditLogTab } from '../moderation/AuditLogTab';
import { ModerationTab } from '../moderation/ModerationTab';
import { SettingsTab } from '../settings/SettingsTab';
import { AboutTab } from './AboutTab';
import { MembershipAction } from './MembershipAction';

type TabKey = 'activiteit' | 'gesprek' | 'casussen' | 'leden' | 'over' | 'moderatie' | 'logboek' | 'instellingen';

interface TabDef {
  key: TabKey;
  label: string;
  /** Unread count shown on the tab. */
  badge?: number;
  render: () => ReactNode;
}

// Only the tabs the viewer may use (viewerCan decides), in a fixed order.
function useTabs(community: CommunityDetailFieldsFragment, unread: number): TabDef[] {
  const { t } = useTranslation();
  const can = community.viewerCan;
  const tabs: (TabDef | false)[] = [
    { key: 'activiteit', label: t('community.tabs.activity'), render: () => <FeedTab community={community} /> },
    {
      key: 'gesprek',
      label: t('community.tabs.discussion'),
      badge: unread,
      render: () => <DiscussionPanel kind="COMMUNITY" subjectId={community.id} communitySlug={community.slug} title={t('discussion.communityTitle')} />,
    },
    { key: 'casussen', label: t('community.tabs.cases'), render: () => <CommunityCasesTab community={community} /> },
    can.readMembers && { key: 'leden', label: t('community.tabs.members'), render: () => <MembersTab community={community} /> },
    { key: 'over', label: t('community.tabs.about'), render: () => <AboutTab community={community} /> },
    can.moderate && { key: 'moderatie', label: t('community.tabs.moderation'), render: () => <ModerationTab community={community} /> },
    can.readAuditLog && { key: 'logboek', label: t('community.tabs.auditLog'), render: () => <AuditLogTab community={community} /> },
    can.edit && { key: 'instellingen', label: t('community.tabs.settings'), render: () => <SettingsTab community={community} /> },
  ];
  return tabs.filter((tab): tab is TabDef => Boolean(tab));
}

function CommunityNotFound() {
  const { t } = useTranslation();
  return (
    <Page title={t('community.notFound.title')}>
      <EmptyState
        icon={<IconUsersGroup size={30} aria-hidden />}
        title={t('community.notFound.heading')}
        description={t('community.notFound.text')}
        action={
          <Button component={Link} to="/gemeenschappen">
            {t('community.notFound.back')}
          </Button>
        }
      />
    </Page>
  );
}

function CommunityView({ community, tab }: { community: CommunityDetailFieldsFragment; tab: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const live = useCommunityLive(community.id);
  const tabs = useTabs(community, live.thread?.unreadCount ?? 0);
  const active = tabs.find((item) => item.key === tab) ?? tabs[0];
  return (
    <Page title={community.name} actions={<MembershipAction community={community} />}>
      <Group gap="md" wrap="wrap" mt={-8} mb="lg">
        <VisibilityBadge visibility={community.visibility} />
        <Group gap={4} wrap="nowrap">
          <IconUsers size={16} aria-hidden />
          <Text size="sm" c="gray.7">
            {t('communities.memberCount', { count: community.memberCount })}
          </Text>
        </Group>
        <JoinPolicyText joinPolicy={community.joinPolicy} />
        <PresenceAvatars people={live.online} label={t('discussion.online')} />
        {community.viewerRole ? (
          <Text size="sm" c="gray.7">
            {t('community.yourRole', { role: t(`communityRoles.${community.viewerRole}`) })}
          </Text>
        ) : null}
      </Group>
      {community.archivedAt ? (
        <Alert color="gray" variant="light" icon={<IconArchive aria-hidden />} mb="lg">
          {t('community.archivedNotice')}
        </Alert>
      ) : null}
      <Tabs
        value={active?.key}
        onChange={(value) => value && navigate(`/gemeenschappen/${community.slug}/${value}`, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="lg" style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' }}>
          {tabs.map((item) => (
            <Tabs.Tab
              key={item.key}
              value={item.key}
              rightSection={
                item.badge && item.key !== active?.key ? (
                  <>
                    <Badge size="sm" variant="filled" circle={item.badge < 10} aria-hidden>
                      {item.badge > 99 ? '99+' : item.badge}
                    </Badge>
                    <VisuallyHidden>{t('discussion.unreadSr', { count: item.badge })}</VisuallyHidden>
                  </>
                ) : null
              }
            >
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
    </Page>
  );
}

export function CommunityPage() {
  const { t } = useTranslation();
  const { slug = '', tab: tabSegment } = useParams();
  // Notifications link to ?tab=moderatie; the app itself uses /gemeenschappen/:slug/:tab.
  const [searchParams] = useSearchParams();
  const tab = tabSegment ?? searchParams.get('tab') ?? undefined;
  const { data, loading, error, refetch } = useQuery(CommunityDocument, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });

  if (error && hasErrorCode(error, 'NOT_FOUND')) return <CommunityNotFound />;
  if (data?.community) return <CommunityView community={data.community} tab={tab} />;
  return (
    <Page title={t('community.loadingTitle')}>
      {loading || !error ? (
        <LoadingState label={t('community.loading')} />
      ) : (
        <QueryErrorState error={error} onRetry={() => void refetch()} retrying={loading} />
      )}
    </Page>
  );
}
