import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ThreadKind } from './entities/discussion.entities';

/** What the discussions module needs to know about the thing a thread belongs to. */
export interface ThreadSubject {
  communityId: string;
  /** Hidden by a moderator: only moderators may read its thread. */
  hidden: boolean;
  /** Path in the web app where the thread is shown. */
  link: string;
  /** A short title for notifications and digests. */
  title: string;
}

export interface ThreadSubjectResolver {
  kind: ThreadKind;
  resolve(manager: EntityManager, subjectId: string): Promise<ThreadSubject | null>;
}

/** Modules that own thread subjects register them here (communities built in, cases, sessions). */
@Injectable()
export class ThreadSubjects {
  private readonly resolvers = new Map<ThreadKind, ThreadSubjectResolver>();

  register(resolver: ThreadSubjectResolver): void {
    this.resolvers.set(resolver.kind, resolver);
  }

  async resolve(manager: EntityManager, kind: ThreadKind, subjectId: string): Promise<ThreadSubject | null> {
    const resolver = this.resolvers.get(kind);
    return resolver ? resolver.resolve(manager, subjectId) : null;
  }
}
