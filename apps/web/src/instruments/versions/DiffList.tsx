import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../common/labels';
import { describeChange, type ChangeInput } from './diff-text';

// Colours whose light variant keeps text above 4.5:1 (see the theme); the kind is also in words.
const COLORS: Record<string, { color: string; c?: string }> = { ADDED: { color: 'green' }, REMOVED: { color: 'red' }, CHANGED: { color: 'indigo' }, MOVED: { color: 'gray', c: 'gray.9' } };

interface DiffListProps {
  changes: ChangeInput[];
  /** Names for subscale ids (from the newer definition). */
  subscaleNames: Record<string, string>;
  label: string;
}

// The differences between two versions as a list of plain sentences, each with its kind in words.
export function DiffList({ changes, subscaleNames, label }: DiffListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const tr = (key: string, params?: Record<string, string | number>) => String(t(key as never, params as never));
  const ctx = { language, subscaleName: (id: string) => subscaleNames[id] ?? id };
  if (changes.length === 0) {
    return (
      <Text size="sm" c="gray.7">
        {t('instruments.versions.noChanges')}
      </Text>
    );
  }
  return (
    <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }} aria-label={label} className="kl-diff">
      {changes.map((c, i) => (
        <Paper component="li" key={`${c.entity}-${c.id ?? ''}-${c.field ?? ''}-${c.kind}-${i}`} withBorder radius="sm" px="sm" py={6} data-kind={c.kind}>
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <Badge variant="light" color={COLORS[c.kind]?.color ?? 'gray'} c={COLORS[c.kind]?.c} tt="none" style={{ flexShrink: 0 }} miw={92}>
              {t(`instruments.diff.kinds.${c.kind as 'ADDED'}`)}
            </Badge>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {describeChange(c, tr, ctx)}
            </Text>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
