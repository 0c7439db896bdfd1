import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CommunityEntity, CommunityVisibility } from './entities/community.entity';

@Injectable()
export class CommunitiesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Public communities, plus the private ones the viewer belongs to. Never another private one. */
  listVisible(viewerId: string | undefined): Promise<CommunityEntity[]> {
    const qb = this.dataSource
      .getRepository(CommunityEntity)
      .createQueryBuilder('c')
      .where('c.archived_at IS NULL')
      .andWhere(
        viewerId
          ? `(c.visibility = :public OR EXISTS (SELECT 1 FROM community_member m WHERE m.community_id = c.id AND m.user_id = :viewerId))`
          : 'c.visibility = :public',
        { public: CommunityVisibility.PUBLIC, viewerId },
      )
      .orderBy('c.name', 'ASC');
    return qb.getMany();
  }
}
