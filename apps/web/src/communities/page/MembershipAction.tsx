import { Badge, Button, Group } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import {
  CancelJoinRequestDocument,
  JoinCommunityDocument,
  LeaveCommunityDocument,
  RequestToJoinDocument,
  type CommunityDetailFieldsFragment,
} from '@kennislijn/web-graphql';
import { IconClock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { notifyError, notifySuccess } from '../common/notify';
import { ReasonDialog } from '../common/ReasonDialog';

const REFETCH = { refetchQueries: ['Community', 'CommunityFeed'], awaitRefetchQueries: true };

// The one membership action that fits viewerStatus and viewerCan; nothing is guessed here.
export function MembershipAction({ community }: { community: CommunityDetailFieldsFragment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'request' | 'leave' | 'cancel' | null>(null);
  const [join, { loading: joining }] = useMutation(JoinCommunityDocument, REFETCH);
  const [requestToJoin] = useMutation(RequestToJoinDocument, REFETCH);
  const [cancelRequest] = useMutation(CancelJoinRequestDocument, REFETCH);
  const [leave] = useMutation(LeaveCommunityDocument, {
    update: (cache) => cache.evict({ fieldName: 'communities' }),
  });
  const { viewerCan, viewerStatus } = community;

  const handleJoin = async () => {
    try {
      await join({ variables: { id: community.id } });
      notifySuccess(t('membership.joined', { name: community.name }));
    } catch (error) {
      notifyError(apiErrorMessage(error, t));
    }
  };

  let action = null;
  if (viewerStatus === 'PENDING') {
    // Withdrawing needs the open request's id (viewerJoinRequest); without it only the badge shows.
    action = (
      <Group gap="sm">
        <Badge size="lg" variant="light" color="gray" c="gray.8" leftSection={<IconClock size={14} aria-hidden />}>
          {t('membership.pending')}
        </Badge>
        {community.viewerJoinRequest ? (
          <Button variant="default" onClick={() => setDialog('cancel')}>
            {t('membership.cancelRequest')}
          </Button>
        ) : null}
      </Group>
    );
  } else if (viewerCan.join) {
    action = (
      <Button loading={joining} onClick={() => void handleJoin()}>
        {t('membership.join')}
      </Button>
    );
  } else if (viewerCan.requestToJoin) {
    action = <Button onClick={() => setDialog('request')}>{t('membership.request')}</Button>;
  } else if (viewerCan.leave) {
    action = (
      <Button variant="default" size="sm" onClick={() => setDialog('leave')}>
        {t('membership.leave')}
      </Button>
    );
  }

  return (
    <>
      {action}
      <ReasonDialog
        opened={dialog === 'request'}
        onClose={() => setDialog(null)}
        title={t('membership.requestDialog.title', { name: community.name })}
        description={t('membership.requestDialog.text')}
        label={t('membership.requestDialog.message')}
        submitLabel={t('membership.requestDialog.submit')}
        onSubmit={async (message) => {
          await requestToJoin({ variables: { id: community.id, message: message || undefined } });
          notifySuccess(t('membership.requested'));
        }}
      />
      <ConfirmDialog
        opened={dialog === 'cancel'}
        onClose={() => setDialog(null)}
        title={t('membership.cancelDialog.title')}
        message={t('membership.cancelDialog.text')}
        confirmLabel={t('membership.cancelRequest')}
        onConfirm={async () => {
          const requestId = community.viewerJoinRequest?.id;
          if (!requestId) throw new Error('No open request');
          await cancelRequest({ variables: { id: requestId } });
          notifySuccess(t('membership.cancelled'));
        }}
      />
      <ConfirmDialog
        opened={dialog === 'leave'}
        onClose={() => setDialog(null)}
        title={t('membership.leaveDialog.title', { name: community.name })}
        message={
          community.visibility === 'PRIVATE' ? t('membership.leaveDialog.textPrivate') : t('membership.leaveDialog.text')
        }
        confirmLabel={t('membership.leave')}
        danger
        onConfirm={async () => {
          await leave({ variables: { id: community.id } });
          notifySuccess(t('membership.left', { name: community.name }));
          navigate('/gemeenschappen');
        }}
      />
    </>
  );
}
