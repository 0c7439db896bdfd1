import { ActionIcon, Badge, Group, Menu, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { IconBan, IconDots, IconUserMinus } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import {
  BanMemberDocument,
  RemoveMemberDocument,
  SetMemberRoleDocument,
  type CommunityMembersQuery,
  type CommunityRole,
} from '@kennislijn/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { notifyError, notifySuccess } from '../common/notify';
import { PersonName } from '../common/PersonName';
import { ReasonDialog } from '../common/ReasonDialog';
import { useFormat } from '../common/useFormat';

export type MemberNode = CommunityMembersQuery['community']['members']['edges'][number]['node'];
export const COMMUNITY_ROLES: readonly CommunityRole[] = ['MEMBER', 'MODERATOR', 'OWNER'];

interface MemberRowProps {
  communityId: string;
  member: MemberNode;
}

// Actions on one member come from the member's viewerCan (setRole, remove, ban); nothing is guessed here.
export function MemberRow({ communityId, member }: MemberRowProps) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const [dialog, setDialog] = useState<'remove' | 'ban' | null>(null);
  const refetch = { refetchQueries: ['CommunityMembers', 'Community'] };
  const [setRole, { loading: savingRole }] = useMutation(SetMemberRoleDocument, refetch);
  const [removeMember] = useMutation(RemoveMemberDocument, refetch);
  const [banMember] = useMutation(BanMemberDocument, { refetchQueries: ['CommunityMembers', 'Community', 'CommunityBans'] });
  const { person, viewerCan } = member;
  const userId = person.id;

  const changeRole = async (role: CommunityRole) => {
    try {
      await setRole({ variables: { communityId, userId, role } });
      notifySuccess(t('members.roleChanged', { name: person.displayName, role: t(`communityRoles.${role}`) }));
    } catch (error) {
      notifyError(apiErrorMessage(error, t));
    }
  };

  return (
    <Paper component="li" withBorder radius="md" p="md">
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <PersonName person={person} withRole />
          <Text size="sm" c="gray.7">
            {[person.organisation, t('members.joinedOn', { date: date(member.joinedAt) })].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
        <Group gap="sm" wrap="wrap">
          {viewerCan.setRole ? (
            <NativeSelect
              size="sm"
              aria-label={t('members.roleFor', { name: person.displayName })}
              value={member.role}
              disabled={savingRole}
              onChange={(event) => void changeRole(event.currentTarget.value as CommunityRole)}
              data={COMMUNITY_ROLES.map((role) => ({ value: role, label: t(`communityRoles.${role}`) }))}
            />
          ) : (
            <Badge variant="light" color={member.role === 'MEMBER' ? 'gray' : 'indigo'} c={member.role === 'MEMBER' ? 'gray.8' : undefined}>
              {t(`communityRoles.${member.role}`)}
            </Badge>
          )}
          {viewerCan.remove || viewerCan.ban ? (
            <Menu position="bottom-end" shadow="md">
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('members.actionsFor', { name: person.displayName })}>
                  <IconDots size={20} aria-hidden />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                {viewerCan.remove ? (
                  <Menu.Item leftSection={<IconUserMinus size={16} aria-hidden />} onClick={() => setDialog('remove')}>
                    {t('members.remove')}
                  </Menu.Item>
                ) : null}
                {viewerCan.ban ? (
                  <Menu.Item color="red" leftSection={<IconBan size={16} aria-hidden />} onClick={() => setDialog('ban')}>
                    {t('members.ban')}
                  </Menu.Item>
                ) : null}
              </Menu.Dropdown>
            </Menu>
          ) : null}
        </Group>
      </Group>
      <ReasonDialog
        opened={dialog === 'remove'}
        onClose={() => setDialog(null)}
        title={t('members.removeDialog.title', { name: person.displayName })}
        description={t('members.removeDialog.text')}
        label={t('members.removeDialog.reason')}
        submitLabel={t('members.remove')}
        danger
        onSubmit={async (reason) => {
          await removeMember({ variables: { communityId, userId, reason: reason || undefined } });
          notifySuccess(t('members.removed', { name: person.displayName }));
        }}
      />
      <ReasonDialog
        opened={dialog === 'ban'}
        onClose={() => setDialog(null)}
        title={t('members.banDialog.title', { name: person.displayName })}
        description={t('members.banDialog.text')}
        label={t('members.banDialog.reason')}
        submitLabel={t('members.ban')}
        required
        danger
        onSubmit={async (reason) => {
          await banMember({ variables: { communityId, userId, reason } });
          notifySuccess(t('members.banned', { name: person.displayName }));
        }}
      />
    </Paper>
  );
}
