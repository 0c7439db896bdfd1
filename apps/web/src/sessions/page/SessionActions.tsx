import { Button, Group } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { CancelSessionDocument, SessionIcsDocument, StartSessionDocument, type SessionDetailFieldsFragment } from '@kennislijn/web-graphql';
import { IconCalendarDown, IconCalendarX, IconPencil, IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../communities/common/ConfirmDialog';
import { notifyError, notifySuccess } from '../../communities/common/notify';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { forgetSessionLists } from '../common/cache';
import { amsterdamDate } from '../common/when';

/** The session as an .ics file, downloaded (not opened) as sessie-<date>.ics. */
function useIcsDownload(session: SessionDetailFieldsFragment) {
  const client = useApolloClient();
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const { data } = await client.query({ query: SessionIcsDocument, variables: { id: session.id }, fetchPolicy: 'network-only' });
      if (!data) return;
      const blob = new Blob([data.sessionIcs], { type: 'text/calendar;charset=utf-8' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `sessie-${amsterdamDate(session.startsAt)}.ics`;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (e) {
      notifyError(apiErrorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };
  return { download, busy };
}

// The page's actions: add to your calendar (everyone); edit, start and cancel (moderators).
export function SessionActions({ session }: { session: SessionDetailFieldsFragment }) {
  const { t } = useTranslation();
  const ics = useIcsDownload(session);
  const [start, { loading: starting }] = useMutation(StartSessionDocument, { update: forgetSessionLists });
  const [cancel] = useMutation(CancelSessionDocument, { update: forgetSessionLists });
  const [confirmCancel, setConfirmCancel] = useState(false);
  const moderate = session.viewerCan.moderate;
  const planned = session.status === 'PLANNED';

  return (
    <Group gap="sm" wrap="wrap">
      {moderate && planned ? (
        <Button
          leftSection={<IconPlayerPlay size={18} aria-hidden />}
          loading={starting}
          disabled={session.steps.length === 0}
          title={session.steps.length === 0 ? t('sessions.page.noMethodToStart') : undefined}
          onClick={() => {
            start({ variables: { id: session.id } }).catch((e: unknown) => notifyError(apiErrorMessage(e, t)));
          }}
        >
          {t('sessions.page.start')}
        </Button>
      ) : null}
      {session.status !== 'CANCELLED' ? (
        <Button variant="default" leftSection={<IconCalendarDown size={18} aria-hidden />} loading={ics.busy} onClick={() => void ics.download()}>
          {t('sessions.page.ics')}
        </Button>
      ) : null}
      {moderate && planned ? (
        <Button variant="default" component={Link} to={`/sessies/${session.id}/bewerken`} leftSection={<IconPencil size={18} aria-hidden />}>
          {t('sessions.page.edit')}
        </Button>
      ) : null}
      {moderate && (planned || session.status === 'LIVE') ? (
        <>
          <Button variant="subtle" color="red" leftSection={<IconCalendarX size={18} aria-hidden />} onClick={() => setConfirmCancel(true)}>
            {t('sessions.page.cancel')}
          </Button>
          <ConfirmDialog
            opened={confirmCancel}
            onClose={() => setConfirmCancel(false)}
            title={t('sessions.page.cancelTitle')}
            message={t('sessions.page.cancelText')}
            confirmLabel={t('sessions.page.cancelConfirm')}
            danger
            onConfirm={async () => {
              await cancel({ variables: { id: session.id } });
              notifySuccess(t('sessions.page.cancelled'));
            }}
          />
        </>
      ) : null}
    </Group>
  );
}
