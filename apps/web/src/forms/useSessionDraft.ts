import type { UseFormReturnType } from '@mantine/form';
import { useEffect } from 'react';

// Keeps what was typed across a reload (per browser tab). Secrets are never stored.
export function readDraft<Values extends object>(key: string, fallback: Values): Values {
  try {
    const stored = sessionStorage.getItem(key);
    return stored ? { ...fallback, ...(JSON.parse(stored) as Partial<Values>) } : fallback;
  } catch {
    return fallback;
  }
}

export function useSessionDraft<Values extends object>(
  key: string,
  form: UseFormReturnType<Values>,
  omit: readonly (keyof Values)[],
) {
  const values = form.getValues();
  useEffect(() => {
    const draft: Partial<Values> = { ...values };
    for (const field of omit) delete draft[field];
    try {
      sessionStorage.setItem(key, JSON.stringify(draft));
    } catch {
      // Storage can be full or blocked; a lost draft is not worth an error.
    }
  }, [key, values, omit]);
}

export function clearDraft(key: string) {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // See above.
  }
}
