import { TYPING_TIMEOUT_MS, type RealtimePerson } from '@kennislijn/shared-realtime';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSocketEvent } from '../realtime/hooks';
import { useRealtime } from '../realtime/realtime-context';

// We tell the others at most this often that we are typing.
const EMIT_EVERY_MS = 2_000;

/** Who else is typing in a thread (each disappears TYPING_TIMEOUT_MS after their last signal), and a throttled "I am typing". */
export function useTyping(threadId: string | null) {
  const { socket, userId } = useRealtime();
  const [typing, setTyping] = useState<{ person: RealtimePerson; until: number }[]>([]);
  const lastEmit = useRef(0);

  useSocketEvent('typing', ({ threadId: id, person }) => {
    if (id !== threadId || person.id === userId) return;
    const until = Date.now() + TYPING_TIMEOUT_MS;
    setTyping((list) => [...list.filter((t) => t.person.id !== person.id), { person, until }]);
  });

  // Someone who sent their message stopped typing.
  useSocketEvent('message', (message) => {
    if (message.threadId === threadId) setTyping((list) => list.filter((t) => t.person.id !== message.author.id));
  });
  useSocketEvent('messages', (messages) => {
    const authors = new Set(messages.filter((m) => m.threadId === threadId).map((m) => m.author.id));
    if (authors.size) setTyping((list) => list.filter((t) => !authors.has(t.person.id)));
  });

  useEffect(() => {
    if (typing.length === 0) return undefined;
    const next = Math.min(...typing.map((t) => t.until));
    const timer = setTimeout(() => setTyping((list) => list.filter((t) => t.until > Date.now())), Math.max(0, next - Date.now()) + 50);
    return () => clearTimeout(timer);
  }, [typing]);

  const notifyTyping = useCallback(() => {
    if (!socket?.connected || !threadId) return;
    const now = Date.now();
    if (now - lastEmit.current < EMIT_EVERY_MS) return;
    lastEmit.current = now;
    socket.emit('typing', { threadId });
  }, [socket, threadId]);

  const stoppedTyping = useCallback(() => {
    lastEmit.current = 0;
  }, []);

  return { typingPeople: typing.map((t) => t.person), notifyTyping, stoppedTyping };
}
