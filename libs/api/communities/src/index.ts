// Learning communities (leergemeenschappen) and their members.
export * from './lib/communities.module';
export * from './lib/communities.service';
export * from './lib/entities/community.entity';
