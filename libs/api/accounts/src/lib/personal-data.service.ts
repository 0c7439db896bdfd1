import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppException, defineMessages, PersonalDataRegistry } from '@kennislijn/api-core';
import { PasswordService } from '@kennislijn/api-auth';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { UserEntity } from './entities/user.entity';

defineMessages({
  'person.former': { nl: 'voormalig lid', en: 'former member' },
  'person.someone': { nl: 'iemand', en: 'someone' },
  'account.wrongPassword': { nl: 'Je wachtwoord klopt niet.', en: 'Your password is incorrect.' },
});

/**
 * The AVG/GDPR rights of access and erasure over every module's data (see PersonalDataRegistry).
 * Deletion keeps the user row as an anonymous author, so content the community needs stays
 * readable as "voormalig lid", and erases every personal field.
 */
@Injectable()
export class PersonalDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistry,
    private readonly passwords: PasswordService,
  ) {}

  async export(userId: string): Promise<Record<string, unknown>> {
    return this.dataSource.transaction('REPEATABLE READ', async (m) => {
      const user = await m.getRepository(UserEntity).findOneBy({ id: userId });
      if (!user || user.deletedAt) throw AppException.unauthenticated();
      const sessions = await m.getRepository(RefreshTokenEntity).find({
        where: { userId },
        select: { createdAt: true, expiresAt: true, revokedAt: true },
        order: { createdAt: 'DESC' },
      });
      const doc: Record<string, unknown> = {
        exportedAt: new Date().toISOString(),
        about: 'Alles wat Kennislijn over je bewaart / everything Kennislijn holds about you',
        account: {
          id: user.id,
          email: user.email,
          displayName: user.displayName,
          role: user.role,
          organisation: user.organisation,
          level: user.level,
          createdAt: user.createdAt,
          updatedAt: user.updatedAt,
        },
        sessions,
      };
      for (const contributor of this.registry.all()) doc[contributor.name] = await contributor.export(m, userId, user.email);
      return doc;
    });
  }

  async deleteAccount(userId: string, password: string): Promise<void> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: userId });
    if (!user || user.deletedAt) throw AppException.unauthenticated();
    if (!(await this.passwords.verify(user.passwordHash, password))) {
      throw AppException.badInput([{ field: 'password', key: 'account.wrongPassword' }]);
    }
    await this.dataSource.transaction(async (m) => {
      for (const c of this.registry.all()) await c.beforeErase?.(m, userId);
      for (const c of this.registry.all()) await c.erase(m, userId, user.email, user.displayName);
      await m.getRepository(RefreshTokenEntity).delete({ userId });
      await m.getRepository(UserEntity).update(
        { id: userId },
        {
          email: `deleted-${userId}@deleted.invalid`,
          // Unusable: argon2 cannot verify anything against a non-hash.
          passwordHash: `!deleted-${randomBytes(16).toString('hex')}`,
          displayName: '',
          role: null,
          organisation: null,
          level: null,
          deletedAt: new Date(),
        },
      );
    });
  }
}
