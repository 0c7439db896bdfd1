// Real time: the socket.io server, events emitted only after commit, presence (in memory or Redis)
// and the Redis adapter that connects API instances.
export * from './lib/realtime.module';
export * from './lib/realtime.service';
export * from './lib/after-commit';
export * from './lib/presence.store';
