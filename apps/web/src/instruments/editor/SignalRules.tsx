import { ActionIcon, Button, Fieldset, Group, NativeSelect, NumberInput, Stack, Text, Title } from '@mantine/core';
import { THRESHOLD_KINDS, type ThresholdKind } from '@kennislijn/shared-instruments';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PrivacyTextField } from '../../privacy/PrivacyTextField';
import type { PrivacyGuard } from '../../privacy/usePrivacyGuard';
import { freshId, type ScoringPart } from '../common/definition';

const num = (value: string | number) => (value === '' ? Number.NaN : Number(value));

export function SubHeading({ children, hint }: { children: ReactNode; hint?: ReactNode }) {
  return (
    <Stack gap={2}>
      <Title order={3} size="h5">
        {children}
      </Title>
      {hint ? (
        <Text size="sm" c="gray.7">
          {hint}
        </Text>
      ) : null}
    </Stack>
  );
}

interface SignalRulesProps {
  value: ScoringPart;
  setScoring: (patch: Partial<ScoringPart['scoring']>) => void;
  guard: PrivacyGuard;
  /** Field path → message ("scoring.thresholds.t1.value"). */
  errors: Record<string, string>;
  /** The scopes a rule can be about (the total, the subscales), keeping an unknown current one visible. */
  scopeData: (current: string) => { value: string; label: string }[];
  defaultScope: string;
}

// Signal thresholds and reference lines of the scoring part, one fieldset per rule.
export function SignalRules({ value, setScoring, guard, errors: e, scopeData, defaultScope }: SignalRulesProps) {
  const { t } = useTranslation();
  const { scoring } = value;
  return (
    <>
      <SubHeading hint={t('instruments.scoring.thresholdsHint')}>{t('instruments.scoring.thresholds')}</SubHeading>
      {scoring.thresholds.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('instruments.scoring.noThresholds')}
        </Text>
      ) : null}
      {scoring.thresholds.map((th, i) => {
        const base = `scoring.thresholds.${th.id}`;
        const setThreshold = (patch: Partial<typeof th>) => setScoring({ thresholds: scoring.thresholds.map((x) => (x.id === th.id ? { ...x, ...patch } : x)) });
        return (
          <Fieldset key={th.id} variant="default" radius="md" p="sm" legend={<Text size="sm" fw={600} component="span">{t('instruments.scoring.threshold', { n: i + 1 })}</Text>}>
            <Group gap="xs" align="flex-start" wrap="wrap">
              <NativeSelect
                id={`drempel-${th.id}-score`}
                label={t('instruments.scoring.scope')}
                value={th.scope}
                error={e[`${base}.scope`]}
                onChange={(event) => setThreshold({ scope: event.currentTarget.value })}
                data={scopeData(th.scope)}
                w={170}
              />
              <NativeSelect
                id={`drempel-${th.id}-soort`}
                label={t('instruments.scoring.kind')}
                value={th.kind}
                onChange={(event) => setThreshold({ kind: event.currentTarget.value as ThresholdKind })}
                data={THRESHOLD_KINDS.map((k) => ({ value: k, label: t(`instruments.scoring.kinds.${k}`) }))}
                w={240}
              />
              <NumberInput
                size="md"
                id={`drempel-${th.id}-waarde`}
                label={t('instruments.scoring.value')}
                value={Number.isFinite(th.value) ? th.value : ''}
                error={e[`${base}.value`]}
                decimalScale={2}
                onChange={(v) => setThreshold({ value: num(v) })}
                w={120}
              />
              <div style={{ flex: '1 1 220px', minWidth: 0 }}>
                <PrivacyTextField
                  guard={guard}
                  field={`${base}.label`}
                  id={`drempel-${th.id}-tekst`}
                  label={t('instruments.scoring.signal')}
                  singleLine
                  value={th.label}
                  error={e[`${base}.label`] || e[`${base}.id`] || null}
                  onChange={(label) => setThreshold({ label })}
                />
              </div>
              <ActionIcon variant="subtle" color="red" size="lg" mt={28} aria-label={t('instruments.scoring.removeThreshold', { n: i + 1 })} onClick={() => setScoring({ thresholds: scoring.thresholds.filter((x) => x.id !== th.id) })}>
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          </Fieldset>
        );
      })}
      <Button
        variant="subtle"
        size="compact-sm"
        w="fit-content"
        leftSection={<IconPlus size={14} aria-hidden />}
        onClick={() =>
          setScoring({ thresholds: [...scoring.thresholds, { id: freshId('t', scoring.thresholds.map((x) => x.id)), scope: defaultScope, kind: 'BELOW', value: 0, label: '' }] })
        }
      >
        {t('instruments.scoring.addThreshold')}
      </Button>

      <SubHeading hint={t('instruments.scoring.referenceLinesHint')}>{t('instruments.scoring.referenceLines')}</SubHeading>
      {scoring.referenceLines.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('instruments.scoring.noReferenceLines')}
        </Text>
      ) : null}
      {scoring.referenceLines.map((r, i) => {
        const base = `scoring.referenceLines.${r.id}`;
        const setLine = (patch: Partial<typeof r>) => setScoring({ referenceLines: scoring.referenceLines.map((x) => (x.id === r.id ? { ...x, ...patch } : x)) });
        return (
          <Fieldset key={r.id} variant="default" radius="md" p="sm" legend={<Text size="sm" fw={600} component="span">{t('instruments.scoring.referenceLine', { n: i + 1 })}</Text>}>
            <Group gap="xs" align="flex-start" wrap="wrap">
              <NativeSelect
                id={`lijn-${r.id}-score`}
                label={t('instruments.scoring.scope')}
                value={r.scope}
                error={e[`${base}.scope`]}
                onChange={(event) => setLine({ scope: event.currentTarget.value })}
                data={scopeData(r.scope)}
                w={170}
              />
              <NumberInput
                size="md"
                id={`lijn-${r.id}-waarde`}
                label={t('instruments.scoring.value')}
                value={Number.isFinite(r.value) ? r.value : ''}
                error={e[`${base}.value`]}
                decimalScale={2}
                onChange={(v) => setLine({ value: num(v) })}
                w={120}
              />
              <div style={{ flex: '1 1 220px', minWidth: 0 }}>
                <PrivacyTextField
                  guard={guard}
                  field={`${base}.label`}
                  id={`lijn-${r.id}-tekst`}
                  label={t('instruments.scoring.lineLabel')}
                  singleLine
                  value={r.label}
                  error={e[`${base}.label`] || e[`${base}.id`] || null}
                  onChange={(label) => setLine({ label })}
                />
              </div>
              <ActionIcon variant="subtle" color="red" size="lg" mt={28} aria-label={t('instruments.scoring.removeReferenceLine', { n: i + 1 })} onClick={() => setScoring({ referenceLines: scoring.referenceLines.filter((x) => x.id !== r.id) })}>
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          </Fieldset>
        );
      })}
      <Button
        variant="subtle"
        size="compact-sm"
        w="fit-content"
        leftSection={<IconPlus size={14} aria-hidden />}
        onClick={() => setScoring({ referenceLines: [...scoring.referenceLines, { id: freshId('r', scoring.referenceLines.map((x) => x.id)), scope: defaultScope, value: 0, label: '' }] })}
      >
        {t('instruments.scoring.addReferenceLine')}
      </Button>
    </>
  );
}
