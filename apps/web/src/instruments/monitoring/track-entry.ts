// Suggestions while entering responses: which session comes next for a respondent, and who is next
// after saving one (entering a whole session goes round the respondents).

interface TrackLike {
  respondents: readonly { id: string }[];
  responses: readonly { respondentId: string; sessionNumber: number }[];
}

/** One after the respondent's last response (1 when there is none). */
export function nextSession(track: TrackLike, respondentId: string): number {
  const own = track.responses.filter((r) => r.respondentId === respondentId).map((r) => r.sessionNumber);
  return own.length ? Math.max(...own) + 1 : 1;
}

/** The next respondent without a response in the saved session, else the first respondent in the next session. */
export function following(track: TrackLike, savedRespondentId: string, savedSession: number): { respondentId: string; sessionNumber: number } {
  const done = new Set(track.responses.map((r) => `${r.respondentId}:${r.sessionNumber}`));
  done.add(`${savedRespondentId}:${savedSession}`);
  const list = track.respondents;
  const start = Math.max(0, list.findIndex((r) => r.id === savedRespondentId));
  for (let step = 1; step <= list.length; step++) {
    const candidate = list[(start + step) % list.length];
    if (!done.has(`${candidate.id}:${savedSession}`)) return { respondentId: candidate.id, sessionNumber: savedSession };
  }
  return { respondentId: list[0]?.id ?? savedRespondentId, sessionNumber: savedSession + 1 };
}
