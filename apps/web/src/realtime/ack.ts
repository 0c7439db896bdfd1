import type { Ack, ClientToServerEvents } from '@kennislijn/shared-realtime';
import type { KlSocket } from './realtime-context';

/** How long we wait for the server's acknowledgement before we treat a request as lost. */
export const ACK_TIMEOUT_MS = 15_000;

type WithAck = 'thread:subscribe' | 'thread:replay' | 'community:subscribe' | 'message:send' | 'auth:renew';
type AckPayload<E extends WithAck> = Parameters<ClientToServerEvents[E]>[0];
type AckResult<E extends WithAck> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0];

/**
 * Emits an event with an acknowledgement. Never throws: a timeout or a lost connection comes back as
 * `{ ok: false, error: { code: 'TIMEOUT' } }`, a refusal as the server's error.
 */
export async function request<E extends WithAck>(
  socket: KlSocket,
  event: E,
  payload: AckPayload<E>,
  timeoutMs = ACK_TIMEOUT_MS,
): Promise<AckResult<E>> {
  try {
    // socket.io's typing cannot follow a generic event name through emitWithAck.
    const timed = socket.timeout(timeoutMs);
    const emit = timed.emitWithAck as unknown as (event: E, payload: AckPayload<E>) => Promise<AckResult<E>>;
    return await emit.call(timed, event, payload);
  } catch {
    return { ok: false, error: { code: 'TIMEOUT', message: '' } } as Ack<never> as AckResult<E>;
  }
}
