import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor } from '@kennislijn/api-core';
import { AuditAction, AuditEntryEntity } from './entities/moderation.entities';

export interface AuditRecord {
  communityId: string;
  action: AuditAction;
  actorId: string | null;
  targetUserId?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
  reason?: string | null;
  data?: Record<string, string>;
}

/** Append-only log of membership and moderation actions; always written in the action's own transaction. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    await manager.getRepository(AuditEntryEntity).insert({
      communityId: entry.communityId,
      action: entry.action,
      actorId: entry.actorId,
      targetUserId: entry.targetUserId ?? null,
      subjectType: entry.subjectType ?? null,
      subjectId: entry.subjectId ?? null,
      reason: entry.reason?.trim() || null,
      data: entry.data ?? {},
    });
  }

  async list(communityId: string, limit: number, after: string | null | undefined): Promise<AuditEntryEntity[]> {
    const cursor = decodeCursor(after, 2);
    const qb = this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .where('a.community_id = :communityId', { communityId })
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .take(limit + 1);
    if (cursor) qb.andWhere('(a.created_at, a.id) < (:at::timestamptz, :id::uuid)', { at: cursor[0], id: cursor[1] });
    return qb.getMany();
  }

  cursorOf(a: AuditEntryEntity): string {
    return encodeCursor([a.createdAt.toISOString(), a.id]);
  }
}
