import { checkPrivacy } from '@kennislijn/shared-privacy';
import type { PrivacyOverrideValue } from '../privacy/usePrivacyGuard';

export interface Mention {
  id: string;
  name: string;
}

/** The "@word" being typed right before the caret, with where its "@" is; null when none. */
export function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const match = /(?:^|\s)@([\p{L}\p{N}_.'-]{0,30})$/u.exec(text.slice(0, caret));
  if (!match) return null;
  return { start: caret - match[1].length - 1, query: match[1] };
}

/** Puts "@Name " in place of the "@word" being typed; returns the new text and caret position. */
export function insertMention(text: string, start: number, caret: number, name: string): { text: string; caret: number } {
  const inserted = `@${name} `;
  return { text: text.slice(0, start) + inserted + text.slice(caret), caret: start + inserted.length };
}

/** The chosen mentions still in the text (each person once). */
export function mentionsIn(text: string, mentions: Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => text.includes(`@${m.name}`) && !seen.has(m.id) && seen.add(m.id));
}

/**
 * A chosen @-mention is the name of a member, not of a client: the privacy guard's name findings
 * that lie wholly inside one are overridden, with that as the recorded reason. A name typed without
 * choosing it from the list is still flagged.
 */
export function mentionOverrides(text: string, mentions: Mention[], reason: string): PrivacyOverrideValue[] {
  const spans: [number, number][] = [];
  for (const m of mentionsIn(text, mentions)) {
    const needle = `@${m.name}`;
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) spans.push([i + 1, i + needle.length]);
  }
  if (spans.length === 0) return [];
  const out = new Map<string, PrivacyOverrideValue>();
  for (const f of checkPrivacy(text, { kinds: ['NAME'] })) {
    if (spans.some(([start, end]) => f.start >= start && f.end <= end)) out.set(f.text, { kind: f.kind, text: f.text, reason });
  }
  return [...out.values()];
}
