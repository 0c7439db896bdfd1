import { checkPrivacy, type PrivacyOverride } from '@kennislijn/shared-privacy';
import type { ServerPrivacyFinding } from '@kennislijn/web-graphql';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** An author's "this is not personal data" for one flagged text, with the reason (sent as privacyOverrides). */
export interface PrivacyOverrideValue {
  kind: string;
  text: string;
  reason: string;
}

/** A finding as the form shows it, from the check in the browser or from the API's answer. */
export interface ShownFinding {
  key: string;
  field: string;
  kind: string;
  start: number;
  end: number;
  text: string;
  message: string;
  replacement: string;
  overridable: boolean;
}

export interface PrivacyGuard {
  findings: Record<string, ShownFinding[]>;
  /** Findings still to resolve, over all fields. */
  unresolved: number;
  overrides: PrivacyOverrideValue[];
  addOverride: (override: PrivacyOverrideValue) => void;
  removeOverride: (override: PrivacyOverrideValue) => void;
  /** What the API found (PRIVACY_FINDINGS); it is the authority, so these are shown too. */
  setServerFindings: (findings: ServerPrivacyFinding[]) => void;
  /** Checks the current texts right away (on submit, no waiting for the typing pause). */
  countNow: () => number;
}

interface Options {
  fields: Record<string, string>;
  overrides: PrivacyOverrideValue[];
  onOverridesChange: (overrides: PrivacyOverrideValue[]) => void;
  /**
   * Overrides that follow from the text itself and are not the author's to undo (a chosen @-mention
   * of a member is a name, but not a client's): they silence findings but are not listed.
   */
  implicitOverrides?: PrivacyOverrideValue[];
  delay?: number;
}

const MIN_REASON = 3;
const sameOverride = (a: PrivacyOverrideValue, b: PrivacyOverrideValue) => a.kind === b.kind && a.text === b.text;
const isOverridden = (overrides: PrivacyOverrideValue[], kind: string, text: string) =>
  overrides.some((o) => o.kind === kind && o.text === text && o.reason.trim().length >= MIN_REASON);

function localFindings(field: string, text: string, overrides: PrivacyOverrideValue[], language: 'nl' | 'en'): ShownFinding[] {
  const valid = overrides.filter((o) => o.reason.trim().length >= MIN_REASON) as PrivacyOverride[];
  return checkPrivacy(text, { overrides: valid }).map((f) => ({
    key: `${field}:${f.kind}:${f.start}:${f.text}`,
    field,
    kind: f.kind,
    start: f.start,
    end: f.end,
    text: f.text,
    message: f.message[language],
    replacement: f.replacement,
    overridable: f.overridable,
  }));
}

// The privacy guard while typing: the same check as the API, run in the browser after each typing pause
// (~300 ms), merged with what the API reported. A finding whose text is gone disappears at once.
export function usePrivacyGuard({ fields, overrides: explicit, onOverridesChange, implicitOverrides, delay = 300 }: Options): PrivacyGuard {
  const implicitKey = JSON.stringify(implicitOverrides ?? []);
  // Stable between renders unless the content changes, so the findings memo below holds.
  const overrides = useMemo(
    () => (implicitKey === '[]' ? explicit : [...explicit, ...(JSON.parse(implicitKey) as PrivacyOverrideValue[])]),
    [explicit, implicitKey],
  );
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const fieldsKey = JSON.stringify(fields);
  const [checked, setChecked] = useState(fieldsKey);
  const [server, setServer] = useState<ServerPrivacyFinding[]>([]);

  useEffect(() => {
    if (fieldsKey === checked) return undefined;
    const timer = setTimeout(() => setChecked(fieldsKey), delay);
    return () => clearTimeout(timer);
  }, [fieldsKey, checked, delay]);

  const findings = useMemo(() => {
    const checkedFields = JSON.parse(checked) as Record<string, string>;
    const current = JSON.parse(fieldsKey) as Record<string, string>;
    const out: Record<string, ShownFinding[]> = {};
    for (const [field, text] of Object.entries(current)) {
      const local = localFindings(field, checkedFields[field] ?? '', overrides, language).filter((f) => text.includes(f.text));
      const fromServer = server
        .filter((f) => f.field === field && text.includes(f.text))
        .filter((f) => !(f.overridable && isOverridden(overrides, f.kind, f.text)))
        .filter((f) => !local.some((l) => l.kind === f.kind && l.text === f.text))
        .map((f) => ({ ...f, key: `server:${field}:${f.kind}:${f.start}:${f.text}` }));
      out[field] = [...local, ...fromServer].sort((a, b) => a.start - b.start);
    }
    return out;
  }, [checked, fieldsKey, overrides, server, language]);

  const unresolved = Object.values(findings).reduce((sum, list) => sum + list.length, 0);

  return {
    findings,
    unresolved,
    overrides: explicit,
    addOverride: (override) => onOverridesChange([...explicit.filter((o) => !sameOverride(o, override)), override]),
    removeOverride: (override) => onOverridesChange(explicit.filter((o) => !sameOverride(o, override))),
    setServerFindings: setServer,
    countNow: () => {
      setChecked(fieldsKey);
      return Object.entries(fields).reduce((sum, [field, text]) => {
        const local = localFindings(field, text, overrides, language);
        const extra = server.filter(
          (f) => f.field === field && text.includes(f.text) && !isOverridden(overrides, f.kind, f.text) && !local.some((l) => l.kind === f.kind && l.text === f.text),
        );
        return sum + local.length + extra.length;
      }, 0);
    },
  };
}
