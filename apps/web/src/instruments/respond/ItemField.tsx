import { Box, Fieldset, Group, NumberInput, Radio, Slider, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PrivacyTextField } from '../../privacy/PrivacyTextField';
import type { PrivacyGuard } from '../../privacy/usePrivacyGuard';
import { useLocale } from '../monitoring/useLocale';
import { parseVas, type FormItem } from './answers';

export interface ItemFieldProps {
  item: FormItem;
  /** For ids: unique on the page. */
  idBase: string;
  /** Position in the list, for "Vraag 2 van 4". */
  index: number;
  total: number;
  value: number | string | null;
  onChange: (value: number | string | null) => void;
  error?: string | null;
  guard: PrivacyGuard;
  /** A respondent cannot explain a privacy finding away; a professional may. */
  allowOverride: boolean;
  /** Larger touch targets (the respondent's phone). */
  large?: boolean;
}

export const itemDomId = (idBase: string, itemId: string) => `${idBase}-${itemId}`;

function RequiredMark() {
  const { t } = useTranslation();
  return (
    <>
      <Text component="span" c="red.9" aria-hidden>
        {' *'}
      </Text>
      <VisuallyHidden>{` (${t('monitoring.form.required')})`}</VisuallyHidden>
    </>
  );
}

function Question({ item, index, total }: { item: FormItem; index: number; total: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} component="span">
      <Text component="span" size="sm" c="gray.7" fw={500} display="block">
        {t('monitoring.form.progressItem', { n: index + 1, total })}
      </Text>
      <Text component="span" fw={600} size="md" display="block">
        {item.text}
        {item.required ? <RequiredMark /> : null}
      </Text>
    </Stack>
  );
}

function ErrorText({ id, error }: { id: string; error?: string | null }) {
  return (
    <Text id={id} size="sm" c="red.9" fw={500} mt={error ? 4 : 0}>
      {error ?? ''}
    </Text>
  );
}

interface ChoiceProps {
  name: string;
  options: { value: string; label: ReactNode }[];
  selected: string | null;
  onSelect: (value: string) => void;
  describedBy: string;
  invalid: boolean;
  large?: boolean;
}

// Native radios with one name: arrow keys move between them; the fieldset's legend names the group.
function Choices({ name, options, selected, onSelect, describedBy, invalid, large }: ChoiceProps) {
  return (
    <Stack gap={large ? 'xs' : 6}>
      {options.map((o) => (
        <Radio
          key={o.value}
          name={name}
          value={o.value}
          checked={selected === o.value}
          onChange={() => onSelect(o.value)}
          label={o.label}
          size={large ? 'md' : 'sm'}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={large ? 'kl-choice kl-choice-large' : 'kl-choice'}
        />
      ))}
    </Stack>
  );
}

/** One question of an instrument, drawn by its type: a slider with a number, a scale, a choice or a text. */
export function ItemField({ item, idBase, index, total, value, onChange, error, guard, allowOverride, large }: ItemFieldProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = itemDomId(idBase, item.id);
  const errorId = `${id}-fout`;
  const helpId = `${id}-hulp`;
  const describedBy = item.help ? `${helpId} ${errorId}` : errorId;
  const help = item.help ? (
    <Text id={helpId} size="sm" c="gray.7" mb="xs">
      {item.help}
    </Text>
  ) : null;

  if (item.type === 'OPEN_TEXT') {
    return (
      <Box id={id} data-item={item.id} tabIndex={-1}>
        <PrivacyTextField
          guard={guard}
          field={item.id}
          id={`${id}-tekst`}
          label={<Question item={item} index={index} total={total} />}
          description={item.help ?? t('monitoring.form.openHint')}
          value={typeof value === 'string' ? value : ''}
          onChange={(text) => onChange(text)}
          error={error ?? undefined}
          minRows={3}
          maxRows={10}
          allowOverride={allowOverride}
        />
      </Box>
    );
  }

  let body: ReactNode;
  if (item.type === 'VAS') {
    const numeric = typeof value === 'number' ? value : null;
    const [left, right] = item.labels.length === 2 ? item.labels : ['0', '10'];
    body = (
      <Stack gap="xs">
        <Box px={large ? 'sm' : 4} pt={large ? 'md' : 'sm'}>
          <Slider
            min={0}
            max={10}
            step={0.1}
            precision={1}
            value={numeric ?? 5}
            onChange={(v) => onChange(Math.round(v * 10) / 10)}
            size={large ? 'lg' : 'md'}
            thumbSize={large ? 32 : 22}
            thumbLabel={item.text}
            thumbValueText={(v) => (numeric === null ? t('monitoring.form.vasEmpty') : t('monitoring.form.vasValueText', { value: v.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB') }))}
            thumbProps={{ 'aria-describedby': `${id}-ankers ${describedBy}` }}
            label={(v) => v.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB')}
            marks={[0, 2, 4, 6, 8, 10].map((m) => ({ value: m, label: String(m) }))}
            color={numeric === null ? 'gray.5' : undefined}
            styles={numeric === null ? { thumb: { borderStyle: 'dashed' } } : undefined}
            className="kl-vas"
            data-vas={item.id}
            data-empty={numeric === null || undefined}
          />
        </Box>
        <Group id={`${id}-ankers`} justify="space-between" mt="md" wrap="nowrap" gap="md" align="flex-start">
          <Text size="sm" c="gray.8" style={{ flex: '1 1 0', minWidth: 0 }}>
            {`0 = ${left}`}
          </Text>
          <Text size="sm" c="gray.8" ta="right" style={{ flex: '1 1 0', minWidth: 0 }}>
            {`10 = ${right}`}
          </Text>
        </Group>
        <NumberInput
          id={`${id}-getal`}
          label={large ? t('monitoring.form.vasNumber') : t('monitoring.form.vasNumberEntry')}
          value={numeric ?? ''}
          onChange={(v) => onChange(typeof v === 'number' ? v : v === '' ? null : parseVas(String(v)))}
          min={0}
          max={10}
          step={0.1}
          decimalScale={1}
          decimalSeparator={locale === 'nl' ? ',' : '.'}
          allowNegative={false}
          inputMode="decimal"
          hideControls={large}
          w={large ? '100%' : 260}
          size={large ? 'md' : 'sm'}
          aria-describedby={errorId}
          aria-invalid={error ? true : undefined}
        />
        {numeric === null ? (
          <Text size="sm" c="gray.7">
            {t('monitoring.form.vasNotYet')}
          </Text>
        ) : null}
      </Stack>
    );
  } else if (item.type === 'LIKERT') {
    const points = item.points ?? item.labels.length;
    const options = Array.from({ length: points }, (_, i) => ({
      value: String(i + 1),
      label: item.labels[i] ? `${i + 1} · ${item.labels[i]}` : String(i + 1),
    }));
    body = (
      <Choices
        name={`${id}-keuze`}
        options={options}
        selected={typeof value === 'number' ? String(value) : null}
        onSelect={(v) => onChange(Number(v))}
        describedBy={describedBy}
        invalid={!!error}
        large={large}
      />
    );
  } else {
    body = (
      <Choices
        name={`${id}-keuze`}
        options={item.options.map((o) => ({ value: o.id, label: o.label }))}
        selected={typeof value === 'string' ? value : null}
        onSelect={(v) => onChange(v)}
        describedBy={describedBy}
        invalid={!!error}
        large={large}
      />
    );
  }

  return (
    <Fieldset
      id={id}
      data-item={item.id}
      tabIndex={-1}
      legend={<Question item={item} index={index} total={total} />}
      variant="unstyled"
      className="kl-item"
      data-invalid={error ? true : undefined}
      aria-describedby={describedBy}
    >
      {help}
      {body}
      <ErrorText id={errorId} error={error} />
    </Fieldset>
  );
}
