import { readApiError, readPrivacyFindings } from '@kennislijn/web-graphql';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePrivacyGuard, type PrivacyGuard, type PrivacyOverrideValue } from '../../privacy/usePrivacyGuard';
import { useLocale } from '../monitoring/useLocale';
import { answerMessage, checkAnswers, readAnswerDraft, toAnswerInputs, writeAnswerDraft, type FormAnswers, type FormItem, type MessageParams } from './answers';
import { itemDomId } from './ItemField';

export interface AnswersForm {
  answers: FormAnswers;
  setAnswer: (itemId: string, value: number | string | null) => void;
  replaceAnswers: (answers: FormAnswers) => void;
  errors: Record<string, string>;
  guard: PrivacyGuard;
  overrides: PrivacyOverrideValue[];
  /** Checks like the API; shows per-item errors and moves focus to the first. True when all is fine. */
  validate: () => boolean;
  /** Puts the API's per-item errors and privacy findings on the items; returns what is left to say, if anything. */
  applyError: (error: unknown) => 'FIELDS' | 'PRIVACY' | null;
  inputs: () => ReturnType<typeof toAnswerInputs>;
}

/**
 * The answers of one questionnaire: per-item errors, the privacy guard on open answers, and (with a
 * `draftKey`) a draft in sessionStorage, so nothing typed is lost on a reload.
 */
export function useAnswersForm(items: readonly FormItem[], idBase: string, draftKey: string | null, initial?: FormAnswers): AnswersForm {
  const { t } = useTranslation();
  const locale = useLocale();
  const [answers, setAnswers] = useState<FormAnswers>(() => initial ?? (draftKey ? readAnswerDraft(draftKey) : {}));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [overrides, setOverrides] = useState<PrivacyOverrideValue[]>([]);

  useEffect(() => {
    if (draftKey) writeAnswerDraft(draftKey, answers);
  }, [draftKey, answers]);

  const fields = useMemo(() => {
    const out: Record<string, string> = {};
    for (const item of items) if (item.type === 'OPEN_TEXT') out[item.id] = typeof answers[item.id] === 'string' ? (answers[item.id] as string) : '';
    return out;
  }, [items, answers]);
  const guard = usePrivacyGuard({ fields, overrides, onOverridesChange: setOverrides });

  const message = useCallback(
    (key: string, params?: MessageParams) =>
      answerMessage(key, params, locale, (k, p) => {
        if (k === 'validation.required') return t('monitoring.form.errorRequired');
        if (k === 'validation.tooLong') return t('monitoring.form.errorTooLong', { max: p?.['max'] ?? '' });
        return t('monitoring.form.errorInvalid');
      }),
    [locale, t],
  );

  const focusItem = (itemId: string) => {
    // After React has drawn the errors.
    setTimeout(() => document.getElementById(itemDomId(idBase, itemId))?.focus(), 0);
  };

  return {
    answers,
    setAnswer: (itemId, value) => {
      setAnswers((a) => ({ ...a, [itemId]: value }));
      setErrors((e) => {
        if (!e[itemId]) return e;
        const { [itemId]: _gone, ...rest } = e;
        return rest;
      });
    },
    replaceAnswers: setAnswers,
    errors,
    guard,
    overrides,
    validate: () => {
      const found = checkAnswers(items, answers);
      const next: Record<string, string> = {};
      for (const [id, e] of Object.entries(found)) next[id] = message(e.key, e.params);
      setErrors(next);
      const first = items.find((i) => next[i.id]);
      if (first) {
        focusItem(first.id);
        return false;
      }
      if (guard.countNow() > 0) {
        const flagged = items.find((i) => (guard.findings[i.id]?.length ?? 0) > 0);
        if (flagged) focusItem(flagged.id);
        return false;
      }
      return true;
    },
    applyError: (error) => {
      const findings = readPrivacyFindings(error);
      if (findings.length > 0) {
        guard.setServerFindings(findings);
        return 'PRIVACY';
      }
      const apiError = readApiError(error);
      const known = new Set(items.map((i) => i.id));
      const placed = Object.entries(apiError.fieldErrors).filter(([field]) => known.has(field));
      if (placed.length === 0) return null;
      setErrors(Object.fromEntries(placed));
      const first = items.find((i) => apiError.fieldErrors[i.id]);
      if (first) focusItem(first.id);
      return 'FIELDS';
    },
    inputs: () => toAnswerInputs(items, answers),
  };
}
