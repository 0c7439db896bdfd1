import { roomOf, type PresencePayload, type RealtimePerson } from '@kennislijn/shared-realtime';
import { useCallback, useState } from 'react';
import { useSocketEvent } from './hooks';

const storageKey = (room: string) => `kennislijn.presence.${room}`;

function readStored(room: string | null): RealtimePerson[] {
  if (!room) return [];
  try {
    const raw = sessionStorage.getItem(storageKey(room));
    return raw ? (JSON.parse(raw) as RealtimePerson[]) : [];
  } catch {
    return [];
  }
}

/**
 * Who is present in a room (`community:<id>` or `thread:<id>`), from 'presence' events. The last list
 * stays while reconnecting, and across a reload (per tab), so the avatars do not flicker.
 */
export function usePresence(room: string | null) {
  const [state, setState] = useState<{ room: string | null; people: RealtimePerson[] }>(() => ({ room, people: readStored(room) }));
  const people = state.room === room ? state.people : readStored(room);

  const update = useCallback(
    (list: RealtimePerson[]) => {
      if (!room) return;
      // One entry per person, even with several tabs open.
      const unique = [...new Map(list.map((p) => [p.id, p])).values()].sort((a, b) => a.name.localeCompare(b.name));
      setState({ room, people: unique });
      try {
        sessionStorage.setItem(storageKey(room), JSON.stringify(unique));
      } catch {
        // Not worth an error.
      }
    },
    [room],
  );

  useSocketEvent('presence', (payload: PresencePayload) => {
    if (payload.room === room) update(payload.people);
  });

  return { people, update };
}

export const communityRoom = roomOf.community;
export const threadRoom = roomOf.thread;
