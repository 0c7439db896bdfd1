import { ActionIcon, Badge, Button, Collapse, Group, Paper, Stack, Title, Tooltip } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { validateDefinition, type InstrumentDefinition, type InstrumentItem } from '@kennislijn/shared-instruments';
import type { RealtimePerson } from '@kennislijn/shared-realtime';
import { RemoveInstrumentItemDocument, UpdateInstrumentItemDocument, type InstrumentCommentFieldsFragment } from '@kennislijn/web-graphql';
import { IconArrowDown, IconArrowUp, IconMessageCircle, IconPencil, IconTrash } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../communities/common/ConfirmDialog';
import { CommentThread } from '../comments/CommentThread';
import { itemInput, itemPart, partRev, toItem } from '../common/definition';
import { errorMap, under } from '../common/errors';
import { useLanguage } from '../common/labels';
import { ItemSummary } from '../common/summaries';
import { ItemFields } from './ItemFields';
import { forgetItemDraft, itemDraftKey, itemTexts, sameItem } from './item-edit';
import { ConflictNotice, PartFooter } from './PartFrame';
import { usePartEditor } from './usePartEditor';

export interface ItemCardProps {
  instrumentId: string;
  item: InstrumentItem;
  index: number;
  count: number;
  rev: number;
  byName: string | null;
  definition: InstrumentDefinition;
  editors: RealtimePerson[];
  comments: InstrumentCommentFieldsFragment[];
  canEdit: boolean;
  canComment: boolean;
  viewerId: string | null;
  refetch: () => void;
  onFocusChange: (itemId: string, focused: boolean) => void;
  onMove: (itemId: string, toIndex: number, direction: 'up' | 'down') => void;
}

/** "Dana Docent bewerkt dit item" for everyone else in this item right now. */
export function EditingBadges({ editors }: { editors: RealtimePerson[] }) {
  const { t } = useTranslation();
  return (
    <>
      {editors.map((person) => (
        <Badge key={person.id} variant="light" color="indigo" tt="none" leftSection={<IconPencil size={12} aria-hidden />} className="kl-editing-badge">
          {t('instruments.editor.editing', { name: person.name })}
        </Badge>
      ))}
    </>
  );
}

// One question of the draft: edited in place and saved on leaving it (or with Opslaan), sending the
// item's revision; others' changes arrive live, and never overwrite unsaved typing.
export function ItemCard(props: ItemCardProps) {
  const { instrumentId, item, index, count, rev, byName, definition, editors, comments, canEdit, canComment, viewerId, refetch, onFocusChange, onMove } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const n = index + 1;
  const idBase = `item-${item.id}`;
  const [update] = useMutation(UpdateInstrumentItemDocument);
  const [remove] = useMutation(RemoveInstrumentItemDocument);
  const [removing, setRemoving] = useState(false);
  const openCount = comments.filter((c) => !c.resolvedAt).length;
  const [commentsOpen, setCommentsOpen] = useState(false);
  const subscaleName = (id: string) => definition.subscales.find((s) => s.id === id)?.name ?? id;

  const validate = useCallback(
    (value: InstrumentItem) => {
      const def = { ...definition, items: definition.items.map((i) => (i.id === value.id ? value : i)) };
      return under(errorMap(validateDefinition(def), t, language), `items.${value.id}`);
    },
    [definition, t, language],
  );

  const editor = usePartEditor<InstrumentItem>({
    storageKey: itemDraftKey(instrumentId, item.id),
    server: item,
    rev,
    byName,
    same: sameItem,
    refetch,
    texts: itemTexts,
    validate,
    onFocusChange: (focused) => onFocusChange(item.id, focused),
    send: async (value, expectedRev, overrides) => {
      const { data } = await update({ variables: { id: instrumentId, itemId: item.id, expectedRev, input: itemInput(value), privacyOverrides: overrides } });
      const saved = data?.updateInstrumentItem;
      const stored = saved?.draft?.items.find((i) => i.id === item.id);
      if (!saved || !stored) throw new Error('no answer');
      return { value: toItem(stored), rev: partRev(saved.draftParts, itemPart(item.id)).rev };
    },
  });
  const value = editor.sync.value;
  // The API names item fields by path; the fields here know them without "items.<id>.".
  const errors = { ...under(editor.errors, `items.${item.id}`), ...Object.fromEntries(Object.entries(editor.errors).filter(([f]) => !f.startsWith('items.'))) };

  const headingId = `${idBase}-kop`;
  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p={{ base: 'sm', sm: 'md' }}
      aria-labelledby={headingId}
      className="kl-item-card"
      data-item-id={item.id}
      data-editing={editors.length > 0 || undefined}
      {...(canEdit ? editor.containerProps : {})}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Group gap="xs" wrap="wrap">
            <Title order={3} size="h5" id={headingId}>
              {t('instruments.editor.item', { n })}
            </Title>
            <Badge variant="outline" color="gray" c="gray.8" tt="none">
              {t(`instruments.types.${value.type}`)}
            </Badge>
            <EditingBadges editors={editors} />
          </Group>
          {canEdit ? (
            <Group gap={4} wrap="nowrap">
              <Tooltip label={t('instruments.editor.moveUp', { n })}>
                <ActionIcon id={`${idBase}-up`} variant="subtle" color="gray" size="lg" aria-label={t('instruments.editor.moveUp', { n })} disabled={index === 0} onClick={() => onMove(item.id, index - 1, 'up')}>
                  <IconArrowUp size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('instruments.editor.moveDown', { n })}>
                <ActionIcon id={`${idBase}-down`} variant="subtle" color="gray" size="lg" aria-label={t('instruments.editor.moveDown', { n })} disabled={index === count - 1} onClick={() => onMove(item.id, index + 1, 'down')}>
                  <IconArrowDown size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('instruments.editor.remove', { n })}>
                <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('instruments.editor.remove', { n })} onClick={() => setRemoving(true)}>
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
          ) : null}
        </Group>

        {canEdit ? (
          <>
            <ConflictNotice editor={editor} kind="item" renderTheirs={(theirs) => <ItemSummary item={theirs} subscaleName={subscaleName} />} />
            <ItemFields item={value} onChange={editor.sync.edit} errors={errors} guard={editor.guard} subscales={definition.subscales} idBase={idBase} />
            <PartFooter editor={editor} idBase={idBase} />
          </>
        ) : (
          <ItemSummary item={item} subscaleName={subscaleName} showType={false} />
        )}

        <Button
          variant="subtle"
          size="compact-sm"
          color="gray"
          c="gray.8"
          w="fit-content"
          leftSection={<IconMessageCircle size={16} aria-hidden />}
          rightSection={
            openCount > 0 ? (
              <Badge size="sm" circle={openCount < 10} variant="filled" aria-hidden>
                {openCount}
              </Badge>
            ) : null
          }
          aria-expanded={commentsOpen}
          aria-controls={`${idBase}-opmerkingen`}
          onClick={() => setCommentsOpen((v) => !v)}
        >
          {t('instruments.comments.toggle')}
          {openCount > 0 ? <span className="kl-sr-only"> ({t('instruments.comments.openCount', { count: openCount })})</span> : null}
        </Button>
        <Collapse expanded={commentsOpen} id={`${idBase}-opmerkingen`}>
          {commentsOpen ? (
            <CommentThread
              instrumentId={instrumentId}
              itemId={item.id}
              comments={comments}
              canComment={canComment}
              canResolveAll={canEdit}
              viewerId={viewerId}
              fieldLabel={t('instruments.comments.labelItem', { n })}
              idBase={idBase}
            />
          ) : null}
        </Collapse>
      </Stack>
      <ConfirmDialog
        opened={removing}
        onClose={() => setRemoving(false)}
        title={t('instruments.editor.removeTitle')}
        message={t('instruments.editor.removeText', { n })}
        confirmLabel={t('instruments.editor.removeConfirm')}
        danger
        onConfirm={() => {
          forgetItemDraft(instrumentId, item.id);
          return remove({ variables: { id: instrumentId, itemId: item.id, expectedRev: editor.sync.state.baseRev } });
        }}
      />
    </Paper>
  );
}
