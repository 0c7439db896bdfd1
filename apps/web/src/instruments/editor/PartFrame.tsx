import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconLoader2 } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../forms/FormAlert';
import type { PartEditor } from './usePartEditor';

interface ConflictNoticeProps<T> {
  editor: PartEditor<T>;
  /** "item" for a question, "part" for the heading or the scoring. */
  kind: 'item' | 'part';
  renderTheirs: (theirs: T) => ReactNode;
}

// Somebody else changed this part while I had unsaved changes: say who, show their version, and let
// me choose. Nothing is overwritten until I do.
export function ConflictNotice<T>({ editor, kind, renderTheirs }: ConflictNoticeProps<T>) {
  const { t } = useTranslation();
  const conflict = editor.sync.state.conflict;
  if (!conflict) return null;
  const name = conflict.byName ?? t('instruments.editor.conflict.someone');
  const title = conflict.message ?? t(kind === 'item' ? 'instruments.editor.conflict.item' : 'instruments.editor.conflict.part', { name });
  const known = conflict.theirs !== null;
  return (
    <Alert color="orange" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />} title={title} className="kl-conflict" styles={{ title: { color: 'var(--mantine-color-gray-9)' } }}>
      <Stack gap="sm">
        <Text size="sm" c="gray.9">
          {t('instruments.editor.conflict.explain')}
        </Text>
        {known ? (
          <Stack gap={4} className="kl-conflict-theirs">
            <Text size="sm" fw={700} c="gray.9">
              {t('instruments.editor.conflict.theirs')}
            </Text>
            {renderTheirs(conflict.theirs as T)}
          </Stack>
        ) : (
          <Text size="sm" c="gray.8">
            {t('instruments.editor.conflict.loadingTheirs')}
          </Text>
        )}
        <Group gap="sm">
          <Button size="sm" variant="default" onClick={editor.sync.takeTheirs}>
            {t('instruments.editor.conflict.takeTheirs')}
          </Button>
          <Button size="sm" disabled={!known} onClick={() => void editor.sync.keepMine()}>
            {t('instruments.editor.conflict.keepMine')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

// Save status (announced politely), undo and save.
export function PartFooter<T>({ editor, idBase, saveLabel }: { editor: PartEditor<T>; idBase: string; saveLabel?: string }) {
  const { t } = useTranslation();
  const { status } = editor.sync;
  const icon =
    status === 'saved' ? <IconCheck size={16} aria-hidden /> : status === 'saving' ? <IconLoader2 size={16} aria-hidden /> : status === 'failed' || status === 'conflict' ? <IconAlertTriangle size={16} aria-hidden /> : null;
  return (
    <Stack gap="xs">
      <FormAlert message={editor.formError} />
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap={6} wrap="nowrap" c={status === 'saved' ? 'teal.9' : status === 'failed' || status === 'conflict' ? 'red.9' : 'gray.7'}>
          {icon}
          <Text size="sm" role="status" aria-live="polite" data-save-status={status} id={`${idBase}-status`}>
            {t(`instruments.editor.status.${status}`)}
          </Text>
        </Group>
        <Group gap="sm">
          {editor.sync.dirty && status !== 'saving' ? (
            <Button size="sm" variant="subtle" color="gray" c="gray.8" onClick={editor.sync.discard}>
              {t('instruments.editor.discard')}
            </Button>
          ) : null}
          <Button
            size="sm"
            onClick={() => void editor.save()}
            loading={status === 'saving'}
            disabled={!editor.sync.dirty || Boolean(editor.sync.state.conflict) || editor.blocked}
            aria-describedby={editor.blocked ? `${idBase}-blocked` : undefined}
          >
            {saveLabel ?? t('instruments.editor.save')}
          </Button>
        </Group>
      </Group>
      {editor.blocked && editor.sync.dirty ? (
        <Text size="sm" c="red.9" id={`${idBase}-blocked`}>
          {t('instruments.editor.blocked')}
        </Text>
      ) : null}
    </Stack>
  );
}
