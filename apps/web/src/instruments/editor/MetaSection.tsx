import { Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { deepEqual, RESPONDENT_KINDS, validateDefinition, type InstrumentDefinition, type RespondentKind } from '@kennislijn/shared-instruments';
import type { RealtimePerson } from '@kennislijn/shared-realtime';
import { UpdateInstrumentMetaDocument } from '@kennislijn/web-graphql';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { PrivacyTextField } from '../../privacy/PrivacyTextField';
import { normalizeMeta, partRev, toMetaPart, type MetaPart } from '../common/definition';
import { errorMap } from '../common/errors';
import { useLanguage, useRespondentLabel } from '../common/labels';
import { MetaSummary } from '../common/summaries';
import { EditingBadges } from './ItemCard';
import { ConflictNotice, PartFooter } from './PartFrame';
import { usePartEditor } from './usePartEditor';

const sameMeta = (a: MetaPart, b: MetaPart) => deepEqual(normalizeMeta(a), normalizeMeta(b));
const metaTexts = (m: MetaPart) => ({ title: m.title, purpose: m.purpose });

interface MetaSectionProps {
  instrumentId: string;
  meta: MetaPart;
  purposeHtml: string;
  rev: number;
  byName: string | null;
  definition: InstrumentDefinition;
  canEdit: boolean;
  editors: RealtimePerson[];
  refetch: () => void;
  onFocusChange: (focused: boolean) => void;
}

// Title, purpose (Markdown) and who fills the instrument in: the draft's "meta" part.
export function MetaSection({ instrumentId, meta, purposeHtml, rev, byName, definition, canEdit, editors, refetch, onFocusChange }: MetaSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const respondent = useRespondentLabel();
  const [update] = useMutation(UpdateInstrumentMetaDocument);
  const validate = useCallback(
    (value: MetaPart) => {
      const errors = errorMap(validateDefinition({ ...definition, ...value }), t, language);
      return Object.fromEntries(Object.entries(errors).filter(([f]) => f === 'title' || f === 'purpose' || f === 'respondents'));
    },
    [definition, t, language],
  );
  const editor = usePartEditor<MetaPart>({
    storageKey: `kennislijn.draft.instrumentMeta.${instrumentId}`,
    server: meta,
    rev,
    byName,
    same: sameMeta,
    refetch,
    texts: metaTexts,
    validate,
    onFocusChange,
    send: async (value, expectedRev, overrides) => {
      const n = normalizeMeta(value);
      const { data } = await update({ variables: { id: instrumentId, expectedRev, input: n, privacyOverrides: overrides } });
      const saved = data?.updateInstrumentMeta;
      if (!saved?.draft) throw new Error('no answer');
      return { value: toMetaPart(saved.draft), rev: partRev(saved.draftParts, 'meta').rev };
    },
  });
  const value = editor.sync.value;
  const set = (patch: Partial<MetaPart>) => editor.sync.edit((m) => ({ ...m, ...patch }));

  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="concept-over" {...(canEdit ? editor.containerProps : {})}>
      <Stack gap="sm">
        <Group gap="xs" wrap="wrap">
          <Title order={2} size="h4" id="concept-over">
            {t('instruments.editor.about')}
          </Title>
          <EditingBadges editors={editors} />
        </Group>
        {canEdit ? (
          <>
            <ConflictNotice editor={editor} kind="part" renderTheirs={(theirs) => <MetaSummary meta={theirs} />} />
            <PrivacyTextField
              guard={editor.guard}
              field="title"
              id="concept-titel"
              label={t('instruments.editor.title')}
              required
              singleLine
              value={value.title}
              error={editor.errors['title'] || null}
              onChange={(title) => set({ title })}
            />
            <PrivacyTextField
              guard={editor.guard}
              field="purpose"
              id="concept-doel"
              label={t('instruments.editor.purpose')}
              description={t('instruments.editor.purposeHint')}
              value={value.purpose}
              error={editor.errors['purpose'] || null}
              minRows={3}
              maxRows={12}
              onChange={(purpose) => set({ purpose })}
            />
            <Checkbox.Group
              id="concept-invullers"
              label={t('instruments.editor.respondents')}
              description={t('instruments.editor.respondentsHint')}
              value={value.respondents}
              error={editor.errors['respondents']}
              onChange={(values) => set({ respondents: RESPONDENT_KINDS.filter((k) => values.includes(k)) as RespondentKind[] })}
            >
              <Group gap="md" mt={6} wrap="wrap">
                {RESPONDENT_KINDS.map((kind) => (
                  <Checkbox key={kind} value={kind} label={respondent(kind)} />
                ))}
              </Group>
            </Checkbox.Group>
            <PartFooter editor={editor} idBase="concept-over" />
          </>
        ) : (
          <Stack gap="xs">
            {purposeHtml ? <div className="kl-rich-text" dangerouslySetInnerHTML={{ __html: purposeHtml }} /> : null}
            <Text size="sm">
              {t('instruments.versions.respondents')}: {meta.respondents.length ? meta.respondents.map(respondent).join(', ') : t('instruments.versions.noRespondents')}
            </Text>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
