import { ActionIcon, Menu } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { HideContentDocument, ReportContentDocument, RestoreContentDocument } from '@kennislijn/web-graphql';
import { IconDots, IconEye, IconEyeOff, IconFlag } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../communities/common/notify';
import { ReasonDialog } from '../../communities/common/ReasonDialog';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import type { CaseResponseNode } from './ResponseItem';

const REFETCH = { refetchQueries: ['Case'], awaitRefetchQueries: true };

// Report (members) and hide or restore (moderators) one response; from the response's viewerCan.
export function ResponseMenu({ response }: { response: CaseResponseNode }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'report' | 'hide' | null>(null);
  const [report] = useMutation(ReportContentDocument);
  const [hide] = useMutation(HideContentDocument, REFETCH);
  const [restore] = useMutation(RestoreContentDocument, REFETCH);
  const { viewerCan } = response;
  if (!viewerCan.report && !viewerCan.hide) return null;

  const restoreResponse = async () => {
    try {
      await restore({ variables: { type: 'CASE_RESPONSE', id: response.id } });
      notifySuccess(t('responses.restored'));
    } catch (error) {
      notifyError(apiErrorMessage(error, t));
    }
  };

  return (
    <>
      <Menu position="bottom-end" shadow="md" width={220}>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('responses.menu')}>
            <IconDots size={20} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {viewerCan.report ? (
            <Menu.Item leftSection={<IconFlag size={16} aria-hidden />} onClick={() => setDialog('report')}>
              {t('feed.menu.report')}
            </Menu.Item>
          ) : null}
          {viewerCan.hide ? (
            response.hidden ? (
              <Menu.Item leftSection={<IconEye size={16} aria-hidden />} onClick={() => void restoreResponse()}>
                {t('feed.menu.restore')}
              </Menu.Item>
            ) : (
              <Menu.Item leftSection={<IconEyeOff size={16} aria-hidden />} onClick={() => setDialog('hide')}>
                {t('feed.menu.hide')}
              </Menu.Item>
            )
          ) : null}
        </Menu.Dropdown>
      </Menu>
      <ReasonDialog
        opened={dialog === 'report'}
        onClose={() => setDialog(null)}
        title={t('responses.reportDialog.title')}
        description={t('feed.reportDialog.text')}
        label={t('responses.reportDialog.reason')}
        submitLabel={t('feed.reportDialog.submit')}
        required
        onSubmit={async (reason) => {
          await report({ variables: { type: 'CASE_RESPONSE', id: response.id, reason } });
          notifySuccess(t('feed.reportDialog.done'));
        }}
      />
      <ReasonDialog
        opened={dialog === 'hide'}
        onClose={() => setDialog(null)}
        title={t('responses.hideDialog.title')}
        description={t('responses.hideDialog.text')}
        label={t('feed.hideDialog.reason')}
        submitLabel={t('feed.menu.hide')}
        required
        danger
        onSubmit={async (reason) => {
          await hide({ variables: { type: 'CASE_RESPONSE', id: response.id, reason } });
          notifySuccess(t('responses.hidden'));
        }}
      />
    </>
  );
}
