// Learning communities: membership, roles, the product-wide policy service, feed, moderation and audit log.
export * from './lib/communities.module';
export * from './lib/communities.service';
export * from './lib/membership.service';
export * from './lib/feed.service';
export * from './lib/audit.service';
export * from './lib/content.registry';
export * from './lib/policy/community-policy';
export * from './lib/policy/policy.service';
export * from './lib/request-loaders';
export * from './lib/entities/community.entity';
export * from './lib/entities/membership.entities';
export * from './lib/entities/feed.entities';
export * from './lib/entities/moderation.entities';
export * from './lib/models/community.model';
export * from './lib/models/feed.models';
export * from './lib/dto/privacy-override.input';
export * from './lib/entities/privacy-override.entity';
