// Discussions: threads of a community, case or session, messages with per-thread sequence numbers,
// replay of what a client missed, mentions and replies, unread counts, and the socket handlers.
export * from './lib/discussions.module';
export * from './lib/discussions.service';
export * from './lib/thread-subjects';
export * from './lib/entities/discussion.entities';
export * from './lib/models/discussion.models';
