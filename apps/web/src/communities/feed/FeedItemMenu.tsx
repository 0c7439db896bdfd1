import { ActionIcon, Menu } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import {
  DeletePostDocument,
  HideContentDocument,
  PinFeedItemDocument,
  ReportContentDocument,
  RestoreContentDocument,
  UnpinFeedItemDocument,
  type FeedItemFieldsFragment,
} from '@kennislijn/web-graphql';
import { IconDots, IconEye, IconEyeOff, IconFlag, IconPin, IconPinnedOff, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { notifyError, notifySuccess } from '../common/notify';
import { ReasonDialog } from '../common/ReasonDialog';

type Dialog = 'hide' | 'report' | 'delete' | null;
const REFETCH = { refetchQueries: ['CommunityFeed'], awaitRefetchQueries: true };

// What the viewer may do with one feed item; every entry comes from the item's viewerCan.
export function FeedItemMenu({ item }: { item: FeedItemFieldsFragment }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [pin] = useMutation(PinFeedItemDocument, REFETCH);
  const [unpin] = useMutation(UnpinFeedItemDocument, REFETCH);
  const [hide] = useMutation(HideContentDocument, REFETCH);
  const [restore] = useMutation(RestoreContentDocument, REFETCH);
  const [report] = useMutation(ReportContentDocument);
  const [remove] = useMutation(DeletePostDocument, REFETCH);
  const { viewerCan, post } = item;
  const contentId = post?.id;
  if (!viewerCan.pin && !viewerCan.hide && !viewerCan.report && !viewerCan.delete) return null;

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      notifySuccess(done);
    } catch (error) {
      notifyError(apiErrorMessage(error, t));
    }
  };

  return (
    <>
      <Menu position="bottom-end" shadow="md" width={220}>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('feed.menu.label')}>
            <IconDots size={20} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {viewerCan.pin ? (
            item.pinned ? (
              <Menu.Item
                leftSection={<IconPinnedOff size={16} aria-hidden />}
                onClick={() => void run(() => unpin({ variables: { id: item.id } }), t('feed.menu.unpinned'))}
              >
                {t('feed.menu.unpin')}
              </Menu.Item>
            ) : (
              <Menu.Item
                leftSection={<IconPin size={16} aria-hidden />}
                onClick={() => void run(() => pin({ variables: { id: item.id } }), t('feed.menu.pinned'))}
              >
                {t('feed.menu.pin')}
              </Menu.Item>
            )
          ) : null}
          {viewerCan.hide && contentId ? (
            item.hidden ? (
              <Menu.Item
                leftSection={<IconEye size={16} aria-hidden />}
                onClick={() =>
                  void run(() => restore({ variables: { type: 'POST', id: contentId } }), t('feed.menu.restored'))
                }
              >
                {t('feed.menu.restore')}
              </Menu.Item>
            ) : (
              <Menu.Item leftSection={<IconEyeOff size={16} aria-hidden />} onClick={() => setDialog('hide')}>
                {t('feed.menu.hide')}
              </Menu.Item>
            )
          ) : null}
          {viewerCan.report && contentId ? (
            <Menu.Item leftSection={<IconFlag size={16} aria-hidden />} onClick={() => setDialog('report')}>
              {t('feed.menu.report')}
            </Menu.Item>
          ) : null}
          {viewerCan.delete && contentId ? (
            <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setDialog('delete')}>
              {t('feed.menu.delete')}
            </Menu.Item>
          ) : null}
        </Menu.Dropdown>
      </Menu>
      {contentId ? (
        <>
          <ReasonDialog
            opened={dialog === 'hide'}
            onClose={() => setDialog(null)}
            title={t('feed.hideDialog.title')}
            label={t('feed.hideDialog.reason')}
            description={t('feed.hideDialog.text')}
            submitLabel={t('feed.menu.hide')}
            required
            onSubmit={async (reason) => {
              await hide({ variables: { type: 'POST', id: contentId, reason } });
              notifySuccess(t('feed.menu.hidden'));
            }}
          />
          <ReasonDialog
            opened={dialog === 'report'}
            onClose={() => setDialog(null)}
            title={t('feed.reportDialog.title')}
            label={t('feed.reportDialog.reason')}
            description={t('feed.reportDialog.text')}
            submitLabel={t('feed.reportDialog.submit')}
            required
            onSubmit={async (reason) => {
              await report({ variables: { type: 'POST', id: contentId, reason } });
              notifySuccess(t('feed.reportDialog.done'));
            }}
          />
          <ConfirmDialog
            opened={dialog === 'delete'}
            onClose={() => setDialog(null)}
            title={t('feed.deleteDialog.title')}
            message={t('feed.deleteDialog.text')}
            confirmLabel={t('feed.menu.delete')}
            danger
            onConfirm={async () => {
              await remove({ variables: { id: contentId } });
              notifySuccess(t('feed.menu.deleted'));
            }}
          />
        </>
      ) : null}
    </>
  );
}
