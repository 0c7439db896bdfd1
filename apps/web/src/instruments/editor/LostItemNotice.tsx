import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../forms/FormAlert';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import type { LostItem } from './useLostItems';

// A question I was typing in was removed by someone else: show what I had, and let me add it back.
export function LostItemNotice({ entry, onRestore, onDismiss }: { entry: LostItem; onRestore: () => Promise<void>; onDismiss: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = entry.byName ?? t('instruments.editor.conflict.someone');
  return (
    <Alert
      color="orange"
      variant="light"
      role="alert"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('instruments.editor.lost.title', { name, n: entry.n })}
      styles={{ title: { color: 'var(--mantine-color-gray-9)' } }}
    >
      <Stack gap="sm">
        <FormAlert message={error} />
        <Text size="sm" c="gray.9">
          {t('instruments.editor.lost.yours', { text: entry.draft.text.trim() || t('instruments.editor.untitled') })}
        </Text>
        <Group gap="sm">
          <Button
            size="sm"
            loading={busy}
            onClick={() => {
              setBusy(true);
              setError(null);
              onRestore()
                .catch((e: unknown) => setError(apiErrorMessage(e, t)))
                .finally(() => setBusy(false));
            }}
          >
            {t('instruments.editor.lost.restore')}
          </Button>
          <Button size="sm" variant="default" onClick={onDismiss}>
            {t('instruments.editor.lost.dismiss')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
