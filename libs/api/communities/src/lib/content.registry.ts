import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ContentType } from './entities/moderation.entities';

/** A piece of content as moderation sees it, whatever module owns it. */
export interface ContentRef {
  type: ContentType;
  id: string;
  communityId: string;
  authorId: string | null;
  excerpt: string;
  hiddenAt: Date | null;
  hiddenReason: string | null;
}

/** How moderation reaches one content type. Modules register theirs (posts here; cases, messages later). */
export interface ContentHandler {
  type: ContentType;
  load(manager: EntityManager, ids: readonly string[]): Promise<ContentRef[]>;
  /** Hides (with reason) or restores (null) the content, within the moderation transaction. */
  setHidden(manager: EntityManager, id: string, hidden: { reason: string; by: string } | null): Promise<void>;
}

@Injectable()
export class ContentRegistry {
  private readonly handlers = new Map<ContentType, ContentHandler>();

  register(handler: ContentHandler): void {
    this.handlers.set(handler.type, handler);
  }

  handler(type: ContentType): ContentHandler | undefined {
    return this.handlers.get(type);
  }
}
