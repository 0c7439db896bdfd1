import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  CommunityBansDocument,
  UnbanMemberDocument,
  type CommunityBansQuery,
  type CommunityDetailFieldsFragment,
} from '@kennislijn/web-graphql';
import { IconBan } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncSection } from '../common/AsyncSection';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { notifySuccess } from '../common/notify';
import { PersonName } from '../common/PersonName';
import { useFormat } from '../common/useFormat';
import { ModerationSection } from './ModerationSection';

type Ban = CommunityBansQuery['community']['bans'][number];

function BanItem({ communityId, ban }: { communityId: string; ban: Ban }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const [confirming, setConfirming] = useState(false);
  const [unban] = useMutation(UnbanMemberDocument, { refetchQueries: ['CommunityBans'] });
  const name = ban.person.displayName;
  return (
    <Paper component="li" withBorder radius="md" p="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <PersonName person={ban.person} />
          <Text size="sm">
            {t('moderation.bans.reason')}: {ban.reason}
          </Text>
          <Text size="sm" c="gray.7">
            {t('moderation.bans.by', { name: ban.bannedBy?.displayName ?? t('common.unknownPerson'), date: date(ban.createdAt) })}
          </Text>
        </Stack>
        <Button size="sm" variant="default" onClick={() => setConfirming(true)}>
          {t('moderation.bans.unban')}
        </Button>
      </Group>
      <ConfirmDialog
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('moderation.bans.unbanTitle', { name })}
        message={t('moderation.bans.unbanText')}
        confirmLabel={t('moderation.bans.unban')}
        onConfirm={async () => {
          await unban({ variables: { communityId, userId: ban.person.id } });
          notifySuccess(t('moderation.bans.unbanned', { name }));
        }}
      />
    </Paper>
  );
}

export function BansPanel({ community }: { community: CommunityDetailFieldsFragment }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CommunityBansDocument, {
    variables: { slug: community.slug },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const bans = data?.community.bans;
  return (
    <ModerationSection id="verbanningen" title={t('moderation.bans.title')} intro={t('moderation.bans.intro')}>
      <AsyncSection
        loading={loading}
        error={error}
        hasData={Boolean(bans)}
        isEmpty={bans?.length === 0}
        onRetry={() => void refetch()}
        loadingLabel={t('moderation.bans.loading')}
        emptyIcon={<IconBan size={20} aria-hidden />}
        emptyTitle={t('moderation.bans.emptyTitle')}
        emptyText={t('moderation.bans.emptyText')}
        headingOrder={3}
      >
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('moderation.bans.title')}>
          {bans?.map((ban) => <BanItem key={ban.person.id} communityId={community.id} ban={ban} />)}
        </Stack>
      </AsyncSection>
    </ModerationSection>
  );
}
