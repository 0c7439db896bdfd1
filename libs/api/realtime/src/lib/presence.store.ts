import type { Redis } from 'ioredis';
import type { RealtimePerson } from '@kennislijn/shared-realtime';

/** Who is in a presence room (`community:<id>`, `thread:<id>`), by socket. */
export interface PresenceStore {
  add(room: string, socketId: string, person: RealtimePerson): Promise<void>;
  remove(room: string, socketId: string): Promise<void>;
  /** Removes every socket of one person from a room; true when they were there. */
  removePerson(room: string, userId: string): Promise<boolean>;
  /** Distinct people, sorted by name. */
  list(room: string): Promise<RealtimePerson[]>;
  /** Keeps this instance's entries alive (Redis); a killed instance's entries expire. */
  refresh(entries: { room: string; socketId: string; person: RealtimePerson }[]): Promise<void>;
  close(): Promise<void>;
}

function distinct(people: RealtimePerson[]): RealtimePerson[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export class MemoryPresenceStore implements PresenceStore {
  private readonly rooms = new Map<string, Map<string, RealtimePerson>>();

  async add(room: string, socketId: string, person: RealtimePerson): Promise<void> {
    const entries = this.rooms.get(room) ?? new Map<string, RealtimePerson>();
    entries.set(socketId, person);
    this.rooms.set(room, entries);
  }

  async remove(room: string, socketId: string): Promise<void> {
    const entries = this.rooms.get(room);
    entries?.delete(socketId);
    if (entries && !entries.size) this.rooms.delete(room);
  }

  async removePerson(room: string, userId: string): Promise<boolean> {
    const entries = this.rooms.get(room);
    let found = false;
    for (const [socketId, person] of entries ?? []) {
      if (person.id !== userId) continue;
      entries?.delete(socketId);
      found = true;
    }
    if (entries && !entries.size) this.rooms.delete(room);
    return found;
  }

  async list(room: string): Promise<RealtimePerson[]> {
    return distinct([...(this.rooms.get(room)?.values() ?? [])]);
  }

  async refresh(): Promise<void> {
    // Nothing expires in one process.
  }

  async close(): Promise<void> {
    this.rooms.clear();
  }
}

/**
 * Presence shared by all API instances: one Redis hash per room, a field per socket holding the
 * person and an expiry. Every instance refreshes its own entries; those of an instance that died
 * (SIGKILL, no clean disconnect) expire after `ttlMs` and are then dropped on read.
 */
export class RedisPresenceStore implements PresenceStore {
  constructor(
    private readonly redis: Redis,
    private readonly ttlMs = 45_000,
  ) {}

  private key(room: string): string {
    return `kl:presence:${room}`;
  }

  async add(room: string, socketId: string, person: RealtimePerson): Promise<void> {
    await this.redis.multi().hset(this.key(room), socketId, JSON.stringify({ ...person, exp: Date.now() + this.ttlMs })).pexpire(this.key(room), this.ttlMs).exec();
  }

  async remove(room: string, socketId: string): Promise<void> {
    await this.redis.hdel(this.key(room), socketId);
  }

  async removePerson(room: string, userId: string): Promise<boolean> {
    const all = await this.redis.hgetall(this.key(room));
    const sockets = Object.entries(all)
      .filter(([, raw]) => (JSON.parse(raw) as RealtimePerson).id === userId)
      .map(([socketId]) => socketId);
    if (sockets.length) await this.redis.hdel(this.key(room), ...sockets);
    return sockets.length > 0;
  }

  async list(room: string): Promise<RealtimePerson[]> {
    const all = await this.redis.hgetall(this.key(room));
    const now = Date.now();
    const alive: RealtimePerson[] = [];
    const stale: string[] = [];
    for (const [socketId, raw] of Object.entries(all)) {
      const entry = JSON.parse(raw) as RealtimePerson & { exp: number };
      if (entry.exp > now) alive.push({ id: entry.id, name: entry.name });
      else stale.push(socketId);
    }
    if (stale.length) await this.redis.hdel(this.key(room), ...stale);
    return distinct(alive);
  }

  async refresh(entries: { room: string; socketId: string; person: RealtimePerson }[]): Promise<void> {
    if (!entries.length) return;
    const exp = Date.now() + this.ttlMs;
    const pipeline = this.redis.pipeline();
    for (const e of entries) pipeline.hset(this.key(e.room), e.socketId, JSON.stringify({ ...e.person, exp })).pexpire(this.key(e.room), this.ttlMs);
    await pipeline.exec();
  }

  async close(): Promise<void> {
    // The client is owned by RealtimeService.
  }
}
