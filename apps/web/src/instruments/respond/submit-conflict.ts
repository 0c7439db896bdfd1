import type { RespondentLinkStatus } from '@kennislijn/web-graphql';

/**
 * What a CONFLICT answer to sending the form means. The API says CONFLICT both when the link was
 * already used and when the practitioner entered this session meanwhile; its message is translated
 * and the code is the same, so the form is read again and its status decides:
 * - USED: the answers are in (sent from another tab, or a retry): "al ingevuld", the draft can go;
 * - EXPIRED: the link no longer takes answers (the draft stays, as after any expired link);
 * - anything else (still OPEN, or the form could not be read): nothing was stored and nothing is
 *   thrown away: the answers stay and the server's message says what happened.
 */
export type SubmitConflictOutcome = 'USED' | 'EXPIRED' | 'KEEP';

export function afterSubmitConflict(status: RespondentLinkStatus | null | undefined): SubmitConflictOutcome {
  if (status === 'USED') return 'USED';
  if (status === 'EXPIRED') return 'EXPIRED';
  return 'KEEP';
}
