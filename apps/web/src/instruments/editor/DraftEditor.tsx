import { Alert, Button, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { ITEM_TYPES, type ItemType } from '@kennislijn/shared-instruments';
import { AddInstrumentItemDocument, MoveInstrumentItemDocument, type InstrumentDetailFieldsFragment } from '@kennislijn/web-graphql';
import { IconChevronDown, IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../communities/common/notify';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { CommentThread } from '../comments/CommentThread';
import { itemPart, partRev, toDefinition, toMetaPart, toScoringPart } from '../common/definition';
import type { InstrumentLive } from '../common/useInstrumentLive';
import { ItemCard } from './ItemCard';
import { LostItemNotice } from './LostItemNotice';
import { MetaSection } from './MetaSection';
import { ScoringSection } from './ScoringSection';
import { useLostItems } from './useLostItems';

interface DraftEditorProps {
  instrument: InstrumentDetailFieldsFragment;
  live: InstrumentLive;
  viewerId: string | null;
  refetch: () => void;
}

// The Concept tab: the draft edited together. Each part (heading, every question, scoring) is saved
// on its own with its revision; what others change arrives live.
export function DraftEditor({ instrument, live, viewerId, refetch }: DraftEditorProps) {
  const { t } = useTranslation();
  const draft = instrument.draft;
  const definition = useMemo(() => (draft ? toDefinition(draft) : null), [draft]);
  const canEdit = instrument.permissions.edit;
  const canComment = instrument.permissions.comment;
  const [add, { loading: adding }] = useMutation(AddInstrumentItemDocument);
  const [move] = useMutation(MoveInstrumentItemDocument);
  const [announcement, setAnnouncement] = useState('');
  const [focusNew, setFocusNew] = useState<string | null>(null);
  const itemCount = definition?.items.length ?? 0;
  const lost = useLostItems(instrument.id, definition?.items ?? [], instrument.draftParts);

  // A new question gets the focus in its text field, so typing can start at once.
  useEffect(() => {
    if (!focusNew) return;
    const field = document.getElementById(`item-${focusNew}-text`);
    if (field) {
      setFocusNew(null);
      field.focus();
      field.scrollIntoView({ block: 'center' });
    }
  }, [focusNew, itemCount]);

  if (!definition || !draft) return null;
  const focusPart = (part: string) => (focused: boolean) => live.focus(focused ? part : null);

  const addItem = async (type: ItemType) => {
    try {
      const { data } = await add({ variables: { id: instrument.id, type } });
      if (!data) return;
      setFocusNew(data.addInstrumentItem.itemId);
      const n = (data.addInstrumentItem.instrument.draft?.items.findIndex((i) => i.id === data.addInstrumentItem.itemId) ?? 0) + 1;
      setAnnouncement(t('instruments.editor.added', { n }));
    } catch (error) {
      notifyError(apiErrorMessage(error, t));
    }
  };

  const moveItem = async (itemId: string, toIndex: number, direction: 'up' | 'down') => {
    try {
      await move({ variables: { id: instrument.id, itemId, toIndex } });
      setAnnouncement(t('instruments.editor.moved', { n: toIndex + 1 }));
      // Keep the keyboard where it was: on the same button of the moved question.
      requestAnimationFrame(() => {
        const same = document.getElementById(`item-${itemId}-${direction}`) as HTMLButtonElement | null;
        const other = document.getElementById(`item-${itemId}-${direction === 'up' ? 'down' : 'up'}`) as HTMLButtonElement | null;
        (same && !same.disabled ? same : other)?.focus();
      });
    } catch (error) {
      notifyError(apiErrorMessage(error, t));
    }
  };

  const meta = partRev(instrument.draftParts, 'meta');
  const scoring = partRev(instrument.draftParts, 'scoring');
  const itemComments = (itemId: string) => instrument.comments.filter((c) => c.itemId === itemId);

  return (
    <Stack gap="lg" className="kl-draft-editor" data-live={live.live || undefined}>
      <div className="kl-sr-only" role="status" aria-live="polite">
        {announcement}
      </div>
      {!canEdit ? (
        <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />}>
          <Text size="sm" c="gray.9">
            {t('instruments.editor.readOnly')}
          </Text>
        </Alert>
      ) : null}
      {!live.live ? (
        <Text size="sm" c="gray.7">
          {t('instruments.editor.connecting')}
        </Text>
      ) : null}

      <MetaSection
        instrumentId={instrument.id}
        meta={toMetaPart(draft)}
        purposeHtml={draft.purposeHtml}
        rev={meta.rev}
        byName={meta.byName}
        definition={definition}
        canEdit={canEdit}
        editors={live.editorsOf('meta')}
        refetch={refetch}
        onFocusChange={focusPart('meta')}
      />

      <Stack gap="sm" component="section" aria-labelledby="concept-vragen">
        <Title order={2} size="h4" id="concept-vragen">
          {t('instruments.editor.items')}
        </Title>
        {lost.lost.map((entry) => (
          <LostItemNotice key={entry.id} entry={entry} onRestore={() => lost.restore(entry)} onDismiss={() => lost.dismiss(entry.id)} />
        ))}
        {definition.items.length === 0 ? (
          <Text size="sm" c="gray.7">
            {t('instruments.editor.itemsEmpty')}
          </Text>
        ) : (
          <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('instruments.editor.itemsLabel')}>
            {definition.items.map((item, index) => {
              const r = partRev(instrument.draftParts, itemPart(item.id));
              return (
                <ItemCard
                  key={item.id}
                  instrumentId={instrument.id}
                  item={item}
                  index={index}
                  count={definition.items.length}
                  rev={r.rev}
                  byName={r.byName}
                  definition={definition}
                  editors={live.editorsOf(item.id)}
                  comments={itemComments(item.id)}
                  canEdit={canEdit}
                  canComment={canComment}
                  viewerId={viewerId}
                  refetch={refetch}
                  onFocusChange={(id, focused) => live.focus(focused ? id : null)}
                  onMove={(id, toIndex, direction) => void moveItem(id, toIndex, direction)}
                />
              );
            })}
          </Stack>
        )}
        {canEdit ? (
          <Menu position="bottom-start" withinPortal>
            <Menu.Target>
              <Button variant="light" w="fit-content" loading={adding} leftSection={<IconPlus size={18} aria-hidden />} rightSection={<IconChevronDown size={16} aria-hidden />}>
                {t('instruments.editor.addItem')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown aria-label={t('instruments.editor.addItemMenu')}>
              <Menu.Label>{t('instruments.editor.addItemMenu')}</Menu.Label>
              {ITEM_TYPES.map((type) => (
                <Menu.Item key={type} onClick={() => void addItem(type)}>
                  {t(`instruments.types.${type}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        ) : null}
      </Stack>

      <ScoringSection
        instrumentId={instrument.id}
        part={toScoringPart(draft)}
        rev={scoring.rev}
        byName={scoring.byName}
        definition={definition}
        canEdit={canEdit}
        editors={live.editorsOf('scoring')}
        refetch={refetch}
        onFocusChange={focusPart('scoring')}
      />

      <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="concept-opmerkingen">
        <Stack gap="sm">
          <Title order={2} size="h4" id="concept-opmerkingen">
            {t('instruments.comments.wholeHeading')}
          </Title>
          <CommentThread
            instrumentId={instrument.id}
            itemId={null}
            comments={instrument.comments.filter((c) => !c.itemId)}
            canComment={canComment}
            canResolveAll={canEdit}
            viewerId={viewerId}
            fieldLabel={t('instruments.comments.label')}
            idBase="instrument"
          />
        </Stack>
      </Paper>
    </Stack>
  );
}
