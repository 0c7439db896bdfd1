import { readApiError } from '@kennislijn/web-graphql';
import { useCallback, useEffect, useMemo, useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../forms/useApiErrorMessage';
import { usePrivacyGuard, type PrivacyOverrideValue } from '../../privacy/usePrivacyGuard';
import { readFieldErrors, readFindings } from '../common/errors';
import type { Same } from './part-sync';
import { usePartSync } from './usePartSync';

interface Options<T> {
  storageKey: string;
  server: T;
  rev: number;
  byName: string | null;
  same: Same<T>;
  send: (value: T, expectedRev: number, overrides: PrivacyOverrideValue[]) => Promise<{ value: T; rev: number }>;
  refetch: () => void;
  /** The free texts of the part, by the field names the API's privacy guard uses. */
  texts: (value: T) => Record<string, string>;
  /** Local checks: field path → message. */
  validate: (value: T) => Record<string, string>;
  /** Called with true when focus enters the part and false when it leaves. */
  onFocusChange?: (focused: boolean) => void;
}

/**
 * An editable part of the draft with everything around it: co-editing (usePartSync), the privacy
 * guard on its texts, local and API field errors by path, and saving when focus leaves the part.
 */
export function usePartEditor<T>({ storageKey, server, rev, byName, same, send, refetch, texts, validate, onFocusChange }: Options<T>) {
  const { t } = useTranslation();
  const [overrides, setOverrides] = useState<PrivacyOverrideValue[]>([]);
  const sync = usePartSync<T>({
    storageKey,
    server,
    rev,
    byName,
    same,
    send: (value, expectedRev) => send(value, expectedRev, overrides),
    onConflict: refetch,
  });
  const guard = usePrivacyGuard({ fields: texts(sync.value), overrides, onOverridesChange: setOverrides });
  const { setServerFindings } = guard;

  useEffect(() => {
    const findings = readFindings(sync.error);
    if (findings.length > 0) setServerFindings(findings);
  }, [sync.error, setServerFindings]);

  const local = useMemo(() => (sync.dirty ? validate(sync.value) : {}), [sync.dirty, sync.value, validate]);
  const server_ = useMemo(() => readFieldErrors(sync.error), [sync.error]);
  const errors = useMemo(() => ({ ...server_, ...local }), [server_, local]);
  const blocked = Object.keys(local).length > 0 || guard.unresolved > 0;

  // A failure that belongs to no field (no connection, no permission) is said above the buttons.
  let formError: string | null = null;
  if (sync.error) {
    const api = readApiError(sync.error);
    if (readFindings(sync.error).length > 0) formError = t('privacy.serverFound');
    else if (api.code !== 'BAD_USER_INPUT' || Object.keys(server_).length === 0) formError = apiErrorMessage(sync.error, t);
  }

  const { save: syncSave } = sync;
  const save = useCallback(async () => {
    if (guard.countNow() > 0 || Object.keys(local).length > 0) return false;
    return syncSave();
  }, [guard, local, syncSave]);

  const containerProps = {
    onFocus: () => onFocusChange?.(true),
    onBlur: (event: FocusEvent<HTMLElement>) => {
      if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
      onFocusChange?.(false);
      // Leaving the part saves it (quietly nothing when there is nothing to save or a choice is pending).
      if (sync.dirty && !sync.state.conflict) void save();
    },
  };

  return { sync, guard, errors, blocked, formError, save, containerProps };
}

export type PartEditor<T> = ReturnType<typeof usePartEditor<T>>;
