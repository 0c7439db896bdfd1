// Accounts: registration, sign-in, refresh-token sessions, password changes and the `me` query.
export * from './lib/accounts.module';
export * from './lib/accounts.service';
export * from './lib/entities/user.entity';
export * from './lib/entities/refresh-token.entity';
export * from './lib/models/user.model';
export * from './lib/models/person.model';
export * from './lib/people.loader';
