import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  CommunityInvitationsDocument,
  RevokeInvitationDocument,
  type CommunityDetailFieldsFragment,
  type InvitationFieldsFragment,
} from '@kennislijn/web-graphql';
import { IconMailForward } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncSection } from '../common/AsyncSection';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { notifySuccess } from '../common/notify';
import { useFormat } from '../common/useFormat';
import { CreateInvitationForm } from './CreateInvitationForm';
import { ModerationSection } from './ModerationSection';

function InvitationItem({ invitation }: { invitation: InvitationFieldsFragment }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const [confirming, setConfirming] = useState(false);
  const [revoke] = useMutation(RevokeInvitationDocument, { refetchQueries: ['CommunityInvitations'] });
  const what = invitation.email
    ? t('moderation.invitations.emailTo', { email: invitation.email })
    : t(`moderation.invitations.modeLink.${invitation.mode}`);
  return (
    <Paper component="li" withBorder radius="md" p="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Text fw={600}>{what}</Text>
          <Text size="sm" c="gray.7">
            {t('moderation.invitations.details', {
              expires: date(invitation.expiresAt),
              uses: invitation.uses,
              name: invitation.createdBy?.displayName ?? t('common.unknownPerson'),
            })}
          </Text>
        </Stack>
        <Button size="sm" variant="default" onClick={() => setConfirming(true)}>
          {t('moderation.invitations.revoke')}
        </Button>
      </Group>
      <ConfirmDialog
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('moderation.invitations.revokeTitle')}
        message={t('moderation.invitations.revokeText', { what })}
        confirmLabel={t('moderation.invitations.revoke')}
        danger
        onConfirm={async () => {
          await revoke({ variables: { id: invitation.id } });
          notifySuccess(t('moderation.invitations.revoked'));
        }}
      />
    </Paper>
  );
}

export function InvitationsPanel({ community }: { community: CommunityDetailFieldsFragment }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CommunityInvitationsDocument, {
    variables: { slug: community.slug },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const invitations = data?.community.invitations.filter((invitation) => !invitation.revokedAt);
  return (
    <ModerationSection id="uitnodigingen" title={t('moderation.invitations.title')} intro={t('moderation.invitations.intro')}>
      <CreateInvitationForm communityId={community.id} can={community.viewerCan} />
      <Title order={3} size="h4" mt="sm">
        {t('moderation.invitations.activeTitle')}
      </Title>
      <AsyncSection
        loading={loading}
        error={error}
        hasData={Boolean(invitations)}
        isEmpty={invitations?.length === 0}
        onRetry={() => void refetch()}
        loadingLabel={t('moderation.invitations.loading')}
        emptyIcon={<IconMailForward size={20} aria-hidden />}
        emptyTitle={t('moderation.invitations.emptyTitle')}
        emptyText={t('moderation.invitations.emptyText')}
        headingOrder={4}
      >
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('moderation.invitations.activeTitle')}>
          {invitations?.map((invitation) => <InvitationItem key={invitation.id} invitation={invitation} />)}
        </Stack>
      </AsyncSection>
    </ModerationSection>
  );
}
