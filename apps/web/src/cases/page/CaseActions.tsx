import { ActionIcon, Button, Group, Menu } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { HideContentDocument, ReopenCaseDocument, ReportContentDocument, RestoreContentDocument } from '@kennislijn/web-graphql';
import { IconCircleCheck, IconDots, IconEdit, IconEye, IconEyeOff, IconFlag, IconPencil, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../communities/common/ConfirmDialog';
import { notifyError, notifySuccess } from '../../communities/common/notify';
import { ReasonDialog } from '../../communities/common/ReasonDialog';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import type { CaseDetail } from './CasePage';
import { ResolveDialog } from './ResolveDialog';

type Dialog = 'resolve' | 'lessons' | 'reopen' | 'report' | 'hide' | null;
const REFETCH = { refetchQueries: ['Case'], awaitRefetchQueries: true };

// What the viewer may do with the case; every action comes from the case's viewerCan.
export function CaseActions({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [reopen] = useMutation(ReopenCaseDocument);
  const [report] = useMutation(ReportContentDocument);
  const [hide] = useMutation(HideContentDocument, REFETCH);
  const [restore] = useMutation(RestoreContentDocument, REFETCH);
  const can = kase.viewerCan;
  const resolved = kase.status === 'RESOLVED';
  // Reopening and changing the lessons are for whoever may edit (author, moderators); resolve is only offered while open.
  const canReopen = resolved && can.edit;
  const hasMenu = can.report || can.moderate || canReopen;
  const close = () => setDialog(null);

  const restoreCase = async () => {
    try {
      await restore({ variables: { type: 'CASE', id: kase.id } });
      notifySuccess(t('casePage.restored'));
    } catch (error) {
      notifyError(apiErrorMessage(error, t));
    }
  };

  return (
    <Group gap="sm" wrap="wrap">
      {can.edit ? (
        <Button variant="default" component={Link} to={`/casussen/${kase.id}/bewerken`} leftSection={<IconEdit size={18} aria-hidden />}>
          {t('casePage.edit')}
        </Button>
      ) : null}
      {can.resolve && !resolved ? (
        <Button leftSection={<IconCircleCheck size={18} aria-hidden />} onClick={() => setDialog('resolve')}>
          {t('casePage.resolve.open')}
        </Button>
      ) : null}
      {hasMenu ? (
        <Menu position="bottom-end" shadow="md" width={240}>
          <Menu.Target>
            <ActionIcon variant="default" size="lg" aria-label={t('casePage.menu')}>
              <IconDots size={20} aria-hidden />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            {canReopen ? (
              <>
                <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setDialog('lessons')}>
                  {t('casePage.resolve.editTitle')}
                </Menu.Item>
                <Menu.Item leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => setDialog('reopen')}>
                  {t('casePage.reopen')}
                </Menu.Item>
              </>
            ) : null}
            {can.report ? (
              <Menu.Item leftSection={<IconFlag size={16} aria-hidden />} onClick={() => setDialog('report')}>
                {t('casePage.report')}
              </Menu.Item>
            ) : null}
            {can.moderate ? (
              kase.hidden ? (
                <Menu.Item leftSection={<IconEye size={16} aria-hidden />} onClick={() => void restoreCase()}>
                  {t('casePage.restore')}
                </Menu.Item>
              ) : (
                <Menu.Item color="red" leftSection={<IconEyeOff size={16} aria-hidden />} onClick={() => setDialog('hide')}>
                  {t('casePage.hide')}
                </Menu.Item>
              )
            ) : null}
          </Menu.Dropdown>
        </Menu>
      ) : null}
      <ResolveDialog caseId={kase.id} opened={dialog === 'resolve'} onClose={close} />
      {canReopen ? <ResolveDialog key={kase.lessonsLearned ?? ''} caseId={kase.id} opened={dialog === 'lessons'} onClose={close} initial={kase.lessonsLearned ?? ''} /> : null}
      <ConfirmDialog
        opened={dialog === 'reopen'}
        onClose={close}
        title={t('casePage.reopenDialog.title')}
        message={t('casePage.reopenDialog.text')}
        confirmLabel={t('casePage.reopen')}
        onConfirm={async () => {
          await reopen({ variables: { id: kase.id } });
          notifySuccess(t('casePage.reopened'));
        }}
      />
      <ReasonDialog
        opened={dialog === 'report'}
        onClose={close}
        title={t('casePage.reportDialog.title')}
        description={t('casePage.reportDialog.text')}
        label={t('casePage.reportDialog.reason')}
        submitLabel={t('feed.reportDialog.submit')}
        required
        onSubmit={async (reason) => {
          await report({ variables: { type: 'CASE', id: kase.id, reason } });
          notifySuccess(t('feed.reportDialog.done'));
        }}
      />
      <ReasonDialog
        opened={dialog === 'hide'}
        onClose={close}
        title={t('casePage.hideDialog.title')}
        description={t('casePage.hideDialog.text')}
        label={t('feed.hideDialog.reason')}
        submitLabel={t('casePage.hide')}
        required
        danger
        onSubmit={async (reason) => {
          await hide({ variables: { type: 'CASE', id: kase.id, reason } });
          notifySuccess(t('casePage.hidden'));
        }}
      />
    </Group>
  );
}
