import { ActionIcon, Menu } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import type { RealtimeMessage } from '@kennislijn/shared-realtime';
import { DeleteMessageDocument, HideContentDocument, ReportContentDocument, RestoreContentDocument } from '@kennislijn/web-graphql';
import { IconDots, IconEye, IconEyeOff, IconFlag, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../communities/common/ConfirmDialog';
import { notifyError, notifySuccess } from '../communities/common/notify';
import { ReasonDialog } from '../communities/common/ReasonDialog';
import { apiErrorMessage } from '../forms/useApiErrorMessage';
import { EditMessageDialog } from './EditMessageDialog';
import { fromGraphQL, type MessageActions } from './message';

type Dialog = 'edit' | 'delete' | 'report' | 'hide' | null;

interface MessageMenuProps {
  message: RealtimeMessage;
  actions: MessageActions;
  onChanged: (message: RealtimeMessage) => void;
}

// Edit and delete your own message; report someone else's; hide or restore as a moderator.
// Changes come back to everyone as a live 'message' event; our own answer is applied at once.
export function MessageMenu({ message, actions, onChanged }: MessageMenuProps) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [remove] = useMutation(DeleteMessageDocument);
  const [report] = useMutation(ReportContentDocument);
  const [hide] = useMutation(HideContentDocument);
  const [restore] = useMutation(RestoreContentDocument);
  if (!actions.edit && !actions.delete && !actions.report && !actions.hide && !actions.restore) return null;

  const runRestore = async () => {
    try {
      await restore({ variables: { type: 'MESSAGE', id: message.id } });
      notifySuccess(t('discussion.menu.restored'));
    } catch (error) {
      notifyError(apiErrorMessage(error, t));
    }
  };

  return (
    <>
      <Menu position="bottom-end" shadow="md" width={220}>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" size="md" aria-label={t('discussion.menu.label', { name: message.author.name })}>
            <IconDots size={18} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {actions.edit ? (
            <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setDialog('edit')}>
              {t('discussion.menu.edit')}
            </Menu.Item>
          ) : null}
          {actions.restore ? (
            <Menu.Item leftSection={<IconEye size={16} aria-hidden />} onClick={() => void runRestore()}>
              {t('discussion.menu.restore')}
            </Menu.Item>
          ) : null}
          {actions.hide ? (
            <Menu.Item leftSection={<IconEyeOff size={16} aria-hidden />} onClick={() => setDialog('hide')}>
              {t('discussion.menu.hide')}
            </Menu.Item>
          ) : null}
          {actions.report ? (
            <Menu.Item leftSection={<IconFlag size={16} aria-hidden />} onClick={() => setDialog('report')}>
              {t('discussion.menu.report')}
            </Menu.Item>
          ) : null}
          {actions.delete ? (
            <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setDialog('delete')}>
              {t('discussion.menu.delete')}
            </Menu.Item>
          ) : null}
        </Menu.Dropdown>
      </Menu>
      {actions.edit ? <EditMessageDialog message={dialog === 'edit' ? message : null} onClose={() => setDialog(null)} onSaved={onChanged} /> : null}
      <ReasonDialog
        opened={dialog === 'hide'}
        onClose={() => setDialog(null)}
        title={t('discussion.hideDialog.title')}
        label={t('feed.hideDialog.reason')}
        description={t('discussion.hideDialog.text')}
        submitLabel={t('discussion.menu.hide')}
        required
        onSubmit={async (reason) => {
          await hide({ variables: { type: 'MESSAGE', id: message.id, reason } });
          notifySuccess(t('discussion.menu.hidden'));
        }}
      />
      <ReasonDialog
        opened={dialog === 'report'}
        onClose={() => setDialog(null)}
        title={t('discussion.reportDialog.title')}
        label={t('feed.reportDialog.reason')}
        description={t('discussion.reportDialog.text')}
        submitLabel={t('feed.reportDialog.submit')}
        required
        onSubmit={async (reason) => {
          await report({ variables: { type: 'MESSAGE', id: message.id, reason } });
          notifySuccess(t('feed.reportDialog.done'));
        }}
      />
      <ConfirmDialog
        opened={dialog === 'delete'}
        onClose={() => setDialog(null)}
        title={t('discussion.deleteDialog.title')}
        message={t('discussion.deleteDialog.text')}
        confirmLabel={t('discussion.menu.delete')}
        danger
        onConfirm={async () => {
          const { data } = await remove({ variables: { id: message.id } });
          if (data) onChanged(fromGraphQL(data.deleteMessage));
          notifySuccess(t('discussion.menu.deleted'));
        }}
      />
    </>
  );
}
