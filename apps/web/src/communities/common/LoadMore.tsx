import { Button, Center } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { FormAlert } from '../../forms/FormAlert';

interface LoadMoreProps {
  hasMore: boolean;
  onLoadMore: () => Promise<unknown>;
  /** Instead of "Meer laden" (e.g. "Eerdere berichten laden"). */
  label?: string;
}

// "Meer laden" under a keyset-paged list; a failed page says so and can be tried again.
export function LoadMore({ hasMore, onLoadMore, label }: LoadMoreProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!hasMore) return null;
  const load = async () => {
    setBusy(true);
    setError(null);
    try {
      await onLoadMore();
    } catch (e) {
      setError(apiErrorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Center py="md" style={{ flexDirection: 'column', gap: 8 }}>
      <FormAlert message={error} />
      <Button variant="default" loading={busy} onClick={() => void load()}>
        {label ?? t('common.loadMore')}
      </Button>
    </Center>
  );
}
