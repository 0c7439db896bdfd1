import { ActionIcon, Button, Fieldset, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { ITEM_TYPES, LIKERT_MAX_POINTS, LIKERT_MIN_POINTS, type InstrumentItem, type ItemType, type Subscale } from '@kennislijn/shared-instruments';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PrivacyTextField } from '../../privacy/PrivacyTextField';
import type { PrivacyGuard } from '../../privacy/usePrivacyGuard';
import { freshId } from '../common/definition';
import { changeType, resizeLabels } from './item-edit';

interface ItemFieldsProps {
  item: InstrumentItem;
  onChange: (update: (item: InstrumentItem) => InstrumentItem) => void;
  /** By path within the item: "text", "labels", "labels.0", "options.o1.label". */
  errors: Record<string, string>;
  guard: PrivacyGuard;
  subscales: Subscale[];
  idBase: string;
}

// Everything about one question, edited in place: its type, text and help, then what the type needs
// (scale labels, slider anchors, answer options with scores), then how it counts.
export function ItemFields({ item, onChange, errors, guard, subscales, idBase }: ItemFieldsProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<InstrumentItem>) => onChange((i) => ({ ...i, ...patch }));
  const setLabel = (index: number, value: string) =>
    onChange((i) => {
      const labels = i.type === 'VAS' && i.labels.length === 0 ? ['', ''] : [...i.labels];
      labels[index] = value;
      return { ...i, labels };
    });
  const setOption = (index: number, patch: Partial<InstrumentItem['options'][number]>) =>
    onChange((i) => ({ ...i, options: i.options.map((o, k) => (k === index ? { ...o, ...patch } : o)) }));
  const scored = item.type !== 'OPEN_TEXT';

  return (
    <Stack gap="sm">
      <NativeSelect
        id={`${idBase}-type`}
        label={t('instruments.editor.type')}
        value={item.type}
        error={errors['type']}
        onChange={(event) => {
          const type = event.currentTarget.value as ItemType;
          onChange((i) => changeType(i, type));
        }}
        data={ITEM_TYPES.map((type) => ({ value: type, label: t(`instruments.types.${type}`) }))}
        w={{ base: '100%', sm: 280 }}
      />
      <PrivacyTextField
        guard={guard}
        field="text"
        id={`${idBase}-text`}
        label={t('instruments.editor.text')}
        value={item.text}
        error={errors['text'] || null}
        minRows={2}
        maxRows={8}
        onChange={(text) => set({ text })}
      />
      <PrivacyTextField
        guard={guard}
        field="help"
        id={`${idBase}-help`}
        label={t('instruments.editor.help')}
        value={item.help ?? ''}
        error={errors['help'] || null}
        singleLine
        onChange={(help) => set({ help })}
      />

      {item.type === 'LIKERT' ? (
        <Stack gap="xs">
          <NumberInput
            size="md"
            id={`${idBase}-points`}
            label={t('instruments.editor.points')}
            description={t('instruments.editor.pointsHint')}
            min={LIKERT_MIN_POINTS}
            max={LIKERT_MAX_POINTS}
            clampBehavior="strict"
            allowDecimal={false}
            value={item.points ?? ''}
            error={errors['points']}
            onChange={(value) => {
              const points = typeof value === 'number' ? value : Number.parseInt(value, 10);
              if (!Number.isInteger(points) || points < LIKERT_MIN_POINTS || points > LIKERT_MAX_POINTS) return;
              onChange((i) => ({ ...i, points, labels: resizeLabels(i.labels, points) }));
            }}
            w={{ base: '100%', sm: 200 }}
          />
          <Fieldset variant="unstyled" radius="md" p={0} legend={<Text size="md" fw={600} component="span">{t('instruments.editor.labels')}</Text>}>
            {errors['labels'] ? (
              <Text size="sm" c="red.9" mb={4}>
                {errors['labels']}
              </Text>
            ) : null}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs">
              {item.labels.map((label, index) => (
                <PrivacyTextField
                  key={index}
                  guard={guard}
                  field={`labels.${index}`}
                  id={`${idBase}-label-${index}`}
                  label={t('instruments.editor.pointLabel', { n: index + 1 })}
                  value={label}
                  error={errors[`labels.${index}`] || null}
                  singleLine
                  onChange={(value) => setLabel(index, value)}
                />
              ))}
            </SimpleGrid>
          </Fieldset>
        </Stack>
      ) : null}

      {item.type === 'VAS' ? (
        <Fieldset variant="unstyled" radius="md" p={0} legend={<Text size="md" fw={600} component="span">{t('instruments.editor.anchors')}</Text>}>
          {errors['labels'] ? (
            <Text size="sm" c="red.9" mb={4}>
              {errors['labels']}
            </Text>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            {[0, 1].map((index) => (
              <PrivacyTextField
                key={index}
                guard={guard}
                field={`labels.${index}`}
                id={`${idBase}-label-${index}`}
                label={index === 0 ? t('instruments.editor.anchorLeft') : t('instruments.editor.anchorRight')}
                value={item.labels[index] ?? ''}
                error={errors[`labels.${index}`] || null}
                singleLine
                onChange={(value) => setLabel(index, value)}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
      ) : null}

      {item.type === 'SINGLE_CHOICE' ? (
        <Fieldset variant="unstyled" radius="md" p={0} legend={<Text size="md" fw={600} component="span">{t('instruments.editor.options')}</Text>}>
          <Text size="sm" c="gray.7" mb={4}>
            {t('instruments.editor.optionScoreHint')}
          </Text>
          {errors['options'] ? (
            <Text size="sm" c="red.9" mb={4}>
              {errors['options']}
            </Text>
          ) : null}
          <Stack gap="xs">
            {item.options.map((option, index) => (
              <Group key={option.id} gap="xs" align="flex-start" wrap="nowrap">
                <div style={{ flex: 1, minWidth: 0 }}>
                  <PrivacyTextField
                    guard={guard}
                    field={`options.${index}`}
                    id={`${idBase}-option-${option.id}`}
                    label={t('instruments.editor.optionLabel', { n: index + 1 })}
                    value={option.label}
                    error={errors[`options.${option.id}.label`] || errors[`options.${option.id}.id`] || null}
                    singleLine
                    onChange={(label) => setOption(index, { label })}
                  />
                </div>
                <NumberInput
                  size="md"
                  id={`${idBase}-option-${option.id}-score`}
                  label={t('instruments.editor.score')}
                  aria-label={t('instruments.editor.optionScore', { n: index + 1 })}
                  value={option.score ?? ''}
                  error={errors[`options.${option.id}.score`]}
                  decimalScale={2}
                  onChange={(value) => setOption(index, { score: value === '' ? null : Number(value) })}
                  w={{ base: 96, sm: 140 }}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mt={28}
                  aria-label={t('instruments.editor.removeOption', { n: index + 1 })}
                  onClick={() => onChange((i) => ({ ...i, options: i.options.filter((_, k) => k !== index) }))}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="subtle"
              size="compact-sm"
              w="fit-content"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() =>
                onChange((i) => ({
                  ...i,
                  options: [...i.options, { id: freshId('o', i.options.map((o) => o.id)), label: '', score: null }],
                }))
              }
            >
              {t('instruments.editor.addOption')}
            </Button>
          </Stack>
        </Fieldset>
      ) : null}

      {scored ? (
        <Group gap="lg" align="flex-end" wrap="wrap">
          <NativeSelect
            id={`${idBase}-subscale`}
            label={t('instruments.editor.subscale')}
            value={item.subscaleId ?? ''}
            error={errors['subscaleId']}
            onChange={(event) => set({ subscaleId: event.currentTarget.value || null })}
            data={[{ value: '', label: t('instruments.editor.noSubscale') }, ...subscales.map((s) => ({ value: s.id, label: s.name || s.id }))]}
            w={{ base: '100%', sm: 320 }}
          />
          <Switch
            id={`${idBase}-reverse`}
            label={t('instruments.editor.reverse')}
            description={t('instruments.editor.reverseHint')}
            checked={item.reverse}
            onChange={(event) => set({ reverse: event.currentTarget.checked })}
          />
        </Group>
      ) : null}
      <Switch id={`${idBase}-required`} label={t('instruments.editor.required')} checked={item.required} onChange={(event) => set({ required: event.currentTarget.checked })} />
    </Stack>
  );
}
