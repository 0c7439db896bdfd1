import type { RealtimeError, RealtimeMessage } from '@kennislijn/shared-realtime';
import { PRIVACY_REPLACEMENTS, isOverridable, type PrivacyKind } from '@kennislijn/shared-privacy';
import type { MessageFieldsFragment, ServerPrivacyFinding, ThreadFieldsFragment } from '@kennislijn/web-graphql';

/** Messages from GraphQL (history, edits) in the socket's shape, so ThreadSync holds one kind. */
export function fromGraphQL(m: MessageFieldsFragment): RealtimeMessage {
  return {
    id: m.id,
    threadId: m.threadId,
    seq: m.seq,
    eventSeq: m.eventSeq,
    clientId: m.clientId ?? null,
    author: { id: m.author.id, name: m.author.displayName },
    body: m.body ?? null,
    bodyHtml: m.bodyHtml ?? null,
    replyToId: m.replyToId ?? null,
    mentionIds: m.mentionIds,
    createdAt: m.createdAt,
    editedAt: m.editedAt ?? null,
    deleted: m.deleted,
    hidden: m.hidden,
  };
}

export interface MessageActions {
  edit: boolean;
  delete: boolean;
  reply: boolean;
  report: boolean;
  hide: boolean;
  restore: boolean;
}

/**
 * What the viewer may do with a message. Live messages carry no viewerCan, so this follows the API's
 * rules from the thread's permissions (posting needs a membership of an active community).
 */
export function actionsFor(m: RealtimeMessage, viewerId: string | null, thread: Pick<ThreadFieldsFragment, 'viewerCan'>): MessageActions {
  const mine = viewerId !== null && m.author.id === viewerId;
  const live = !m.deleted && !m.hidden;
  const { post, moderate } = thread.viewerCan;
  return {
    edit: mine && live && post,
    delete: mine && !m.deleted && post,
    reply: live && post,
    report: !mine && live && post,
    hide: moderate && live,
    restore: moderate && m.hidden && !m.deleted,
  };
}

/** A short plain-text excerpt of a message (for reply quotes). */
export function excerpt(m: RealtimeMessage, length = 80): string {
  const text = (m.body ?? '').replace(/[*_`>#[\]()]/g, '').replace(/\s+/g, ' ').trim();
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** The findings of a refused send (PRIVACY_FINDINGS over the socket), as the privacy components show them. */
export function socketFindings(error: RealtimeError, body: string, language: 'nl' | 'en'): ServerPrivacyFinding[] {
  return (error.findings ?? []).map((f) => {
    const raw = f as typeof f & { text?: string; replacement?: string; overridable?: boolean; message: unknown };
    const message = typeof raw.message === 'string' ? raw.message : ((raw.message as Record<string, string> | null)?.[language] ?? '');
    const kind = f.kind as PrivacyKind;
    return {
      field: 'body',
      kind: f.kind,
      start: f.start,
      end: f.end,
      text: raw.text ?? body.slice(f.start, f.end),
      message,
      replacement: raw.replacement ?? PRIVACY_REPLACEMENTS[kind] ?? '',
      overridable: raw.overridable ?? isOverridable(kind),
    };
  });
}
