import { ActionIcon, Button, Group, NativeSelect, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { deepEqual, TOTAL, validateDefinition, type InstrumentDefinition, type ScoreMethod } from '@kennislijn/shared-instruments';
import type { RealtimePerson } from '@kennislijn/shared-realtime';
import { UpdateInstrumentScoringDocument } from '@kennislijn/web-graphql';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { PrivacyTextField } from '../../privacy/PrivacyTextField';
import { freshId, normalizeScoring, partRev, scoringInput, toScoringPart, type ScoringPart } from '../common/definition';
import { errorMap } from '../common/errors';
import { useLanguage } from '../common/labels';
import { ScoringSummary } from '../common/summaries';
import { SignalRules, SubHeading } from './SignalRules';
import { EditingBadges } from './ItemCard';
import { ConflictNotice, PartFooter } from './PartFrame';
import { usePartEditor } from './usePartEditor';

const sameScoring = (a: ScoringPart, b: ScoringPart) => deepEqual(normalizeScoring(a), normalizeScoring(b));

function scoringTexts(part: ScoringPart): Record<string, string> {
  const out: Record<string, string> = {};
  part.subscales.forEach((s) => (out[`subscales.${s.id}.name`] = s.name));
  part.scoring.thresholds.forEach((th) => (out[`scoring.thresholds.${th.id}.label`] = th.label));
  part.scoring.referenceLines.forEach((r) => (out[`scoring.referenceLines.${r.id}.label`] = r.label));
  return out;
}

const METHODS: ScoreMethod[] = ['MEAN', 'SUM'];

interface ScoringSectionProps {
  instrumentId: string;
  part: ScoringPart;
  rev: number;
  byName: string | null;
  definition: InstrumentDefinition;
  canEdit: boolean;
  editors: RealtimePerson[];
  refetch: () => void;
  onFocusChange: (focused: boolean) => void;
}

// Subscales, the total, signal thresholds, reference lines and the split-alliance spread: the
// draft's "scoring" part, saved as one.
export function ScoringSection({ instrumentId, part, rev, byName, definition, canEdit, editors, refetch, onFocusChange }: ScoringSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [update] = useMutation(UpdateInstrumentScoringDocument);
  const validate = useCallback(
    (value: ScoringPart) => {
      const errors = errorMap(validateDefinition({ ...definition, ...value, items: [] }), t, language);
      return Object.fromEntries(Object.entries(errors).filter(([f]) => f.startsWith('subscales') || f.startsWith('scoring')));
    },
    [definition, t, language],
  );
  const editor = usePartEditor<ScoringPart>({
    storageKey: `kennislijn.draft.instrumentScoring.${instrumentId}`,
    server: part,
    rev,
    byName,
    same: sameScoring,
    refetch,
    texts: scoringTexts,
    validate,
    onFocusChange,
    send: async (value, expectedRev, overrides) => {
      const { data } = await update({ variables: { id: instrumentId, expectedRev, input: scoringInput(value), privacyOverrides: overrides } });
      const saved = data?.updateInstrumentScoring;
      if (!saved?.draft) throw new Error('no answer');
      return { value: toScoringPart(saved.draft), rev: partRev(saved.draftParts, 'scoring').rev };
    },
  });
  const value = editor.sync.value;
  const { subscales, scoring } = value;
  const e = editor.errors;
  const edit = (update: (p: ScoringPart) => ScoringPart) => editor.sync.edit(update);
  const setScoring = (patch: Partial<ScoringPart['scoring']>) => edit((p) => ({ ...p, scoring: { ...p.scoring, ...patch } }));
  const scopes = [...(scoring.total ? [{ value: TOTAL, label: t('instruments.scoring.scopeTotal') }] : []), ...subscales.map((s) => ({ value: s.id, label: s.name || s.id }))];
  const defaultScope = scopes[0]?.value ?? TOTAL;
  const scopeData = (current: string) => (scopes.some((s) => s.value === current) ? scopes : [{ value: current, label: current }, ...scopes]);

  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="concept-scoring" {...(canEdit ? editor.containerProps : {})}>
      <Stack gap="md">
        <Stack gap={2}>
          <Group gap="xs" wrap="wrap">
            <Title order={2} size="h4" id="concept-scoring">
              {t('instruments.scoring.heading')}
            </Title>
            <EditingBadges editors={editors} />
          </Group>
          <Text size="sm" c="gray.7">
            {t('instruments.scoring.intro')}
          </Text>
        </Stack>
        {!canEdit ? (
          <ScoringSummary part={part} />
        ) : (
          <>
            <ConflictNotice editor={editor} kind="part" renderTheirs={(theirs) => <ScoringSummary part={theirs} />} />

            <SubHeading>{t('instruments.scoring.subscales')}</SubHeading>
            {subscales.length === 0 ? (
              <Text size="sm" c="gray.7">
                {t('instruments.scoring.noSubscales')}
              </Text>
            ) : null}
            {subscales.map((s, i) => (
              <Group key={s.id} gap="xs" align="flex-start" wrap="wrap">
                <div style={{ flex: '1 1 220px', minWidth: 0 }}>
                  <PrivacyTextField
                    guard={editor.guard}
                    field={`subscales.${s.id}.name`}
                    id={`subschaal-${s.id}-naam`}
                    label={t('instruments.scoring.subscaleName', { n: i + 1 })}
                    singleLine
                    value={s.name}
                    error={e[`subscales.${s.id}.name`] || e[`subscales.${s.id}.id`] || null}
                    onChange={(name) => edit((p) => ({ ...p, subscales: p.subscales.map((x) => (x.id === s.id ? { ...x, name } : x)) }))}
                  />
                </div>
                <NativeSelect
                  id={`subschaal-${s.id}-methode`}
                  label={t('instruments.scoring.method')}
                  aria-label={t('instruments.scoring.subscaleMethod', { n: i + 1 })}
                  value={s.method}
                  onChange={(event) => {
                    const method = event.currentTarget.value as ScoreMethod;
                    edit((p) => ({ ...p, subscales: p.subscales.map((x) => (x.id === s.id ? { ...x, method } : x)) }));
                  }}
                  data={METHODS.map((m) => ({ value: m, label: t(`instruments.scoring.methods.${m}`) }))}
                  w={200}
                />
                <ActionIcon variant="subtle" color="red" size="lg" mt={28} aria-label={t('instruments.scoring.removeSubscale', { n: i + 1 })} onClick={() => edit((p) => ({ ...p, subscales: p.subscales.filter((x) => x.id !== s.id) }))}>
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="subtle"
              size="compact-sm"
              w="fit-content"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => edit((p) => ({ ...p, subscales: [...p.subscales, { id: freshId('s', p.subscales.map((x) => x.id)), name: '', method: 'MEAN' }] }))}
            >
              {t('instruments.scoring.addSubscale')}
            </Button>

            <Group gap="md" align="flex-start" wrap="wrap">
              <NativeSelect
                id="scoring-totaal"
                label={t('instruments.scoring.total')}
                value={scoring.total ?? ''}
                error={e['scoring.total']}
                onChange={(event) => setScoring({ total: (event.currentTarget.value || null) as ScoreMethod | null })}
                data={[...METHODS.map((m) => ({ value: m, label: t(`instruments.scoring.methods.${m}`) })), { value: '', label: t('instruments.scoring.totalNone') }]}
                w={{ base: '100%', sm: 240 }}
              />
              <NumberInput
                size="md"
                id="scoring-gespleten"
                label={t('instruments.scoring.splitSpread')}
                description={t('instruments.scoring.splitSpreadHint')}
                value={scoring.splitSpread ?? ''}
                error={e['scoring.splitSpread']}
                min={0}
                decimalScale={2}
                onChange={(v) => setScoring({ splitSpread: v === '' ? null : Number(v) })}
                w={{ base: '100%', sm: 420 }}
              />
            </Group>

            <SignalRules value={value} setScoring={setScoring} guard={editor.guard} errors={e} scopeData={scopeData} defaultScope={defaultScope} />

            <PartFooter editor={editor} idBase="concept-scoring" saveLabel={t('instruments.scoring.save')} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
