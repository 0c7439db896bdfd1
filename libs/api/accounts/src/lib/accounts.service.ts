import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { APP_CONFIG, AppConfig, AppException, FieldError, isUniqueViolation } from '@kennislijn/api-core';
import { PasswordService, TokenService } from '@kennislijn/api-auth';
import { ProfileRole, SiteRole } from '@kennislijn/shared-domain';
import { ChangePasswordInput, LoginInput, RegisterInput } from './dto/auth.inputs';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { UserEntity } from './entities/user.entity';
import { LoginRateLimiter } from './login-rate-limiter';

export interface Session {
  accessToken: string;
  /** Raw refresh token for the cookie; only its hash is stored. */
  refreshToken: string;
  refreshExpiresAt: Date;
  user: UserEntity;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A replayed refresh token this soon after its rotation is a lost answer, not a theft (see refresh). */
export const ROTATION_GRACE_MS = 10_000;

@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly limiter: LoginRateLimiter,
  ) {}

  async register(input: RegisterInput): Promise<Session> {
    const fields: FieldError[] = [];
    if (input.role === ProfileRole.STUDENT && input.level == null) fields.push({ field: 'level', key: 'validation.levelRequiredForStudents' });
    if (input.role !== ProfileRole.STUDENT && input.level != null) fields.push({ field: 'level', key: 'validation.levelOnlyForStudents' });
    if (fields.length) throw AppException.badInput(fields);

    const passwordHash = await this.passwords.hash(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const user = await manager.getRepository(UserEntity).save(
          manager.getRepository(UserEntity).create({
            email: input.email,
            passwordHash,
            displayName: input.displayName,
            role: input.role,
            organisation: input.organisation || null,
            level: input.level ?? null,
            siteRole: SiteRole.USER,
          }),
        );
        return this.openSession(manager, user, randomUUID());
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw AppException.conflict('auth.emailTaken', [{ field: 'email', key: 'auth.emailTaken' }]);
      throw error;
    }
  }

  async login(input: LoginInput, address: string): Promise<Session> {
    const retryAfter = this.limiter.retryAfter(input.email, address);
    if (retryAfter > 0) throw AppException.rateLimited(retryAfter);
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email: input.email });
    const ok = user ? await this.passwords.verify(user.passwordHash, input.password) : await this.passwords.verifyAgainstDummy(input.password);
    if (!user || !ok) {
      this.limiter.recordFailure(input.email, address);
      throw AppException.unauthenticated('auth.invalidCredentials');
    }
    this.limiter.recordSuccess(input.email);
    return this.dataSource.transaction((manager) => this.openSession(manager, user, randomUUID()));
  }

  /**
   * Rotates a refresh token. A token used twice revokes its whole session family, except within
   * ROTATION_GRACE_MS of its rotation while the family is still signed in: that is a lost answer (the
   * page reloaded while its silent refresh was on the way, so the browser never stored the new cookie),
   * and it gets a new token in the same family instead of signing the person out.
   */
  async refresh(rawToken: string | undefined): Promise<Session> {
    if (!rawToken) throw AppException.unauthenticated('auth.invalidRefreshToken');
    const tokenHash = hashToken(rawToken);
    // The revocation of a replayed family must commit, so the transaction returns instead of throwing.
    const session = await this.dataSource.transaction(async (manager): Promise<Session | null> => {
      const tokens = manager.getRepository(RefreshTokenEntity);
      const find = () => tokens.findOne({ where: { tokenHash }, relations: { user: true } });
      let token = await find();
      if (!token || !token.user || token.expiresAt.getTime() <= Date.now()) return null;
      if (!token.revokedAt) {
        // Conditional update: of two simultaneous refreshes with one token, only one rotates it.
        const now = new Date();
        const result = await tokens.update({ id: token.id, revokedAt: IsNull() }, { revokedAt: now, replacedAt: now });
        if (result.affected) return this.openSession(manager, token.user, token.familyId);
        token = (await find()) ?? token;
      }
      const lostAnswer =
        token.replacedAt !== null &&
        Date.now() - token.replacedAt.getTime() <= ROTATION_GRACE_MS &&
        (await tokens.exists({ where: { familyId: token.familyId, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) } }));
      if (lostAnswer && token.user) return this.openSession(manager, token.user, token.familyId);
      await tokens.update({ familyId: token.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
      return null;
    });
    if (!session) throw AppException.unauthenticated('auth.invalidRefreshToken');
    return session;
  }

  /** Revokes the session family of this refresh token (sign out on this device). */
  async logout(rawToken: string | undefined): Promise<void> {
    if (!rawToken) return;
    const repo = this.dataSource.getRepository(RefreshTokenEntity);
    const token = await repo.findOneBy({ tokenHash: hashToken(rawToken) });
    if (token) await repo.update({ familyId: token.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Changes the password and signs out every other session; the current one is kept. */
  async changePassword(userId: string, input: ChangePasswordInput, currentRefreshToken: string | undefined): Promise<void> {
    const user = await this.getUser(userId);
    if (!(await this.passwords.verify(user.passwordHash, input.currentPassword))) {
      throw AppException.badInput([{ field: 'currentPassword', key: 'auth.wrongCurrentPassword' }]);
    }
    if (input.currentPassword === input.newPassword) {
      throw AppException.badInput([{ field: 'newPassword', key: 'validation.passwordSame' }]);
    }
    const passwordHash = await this.passwords.hash(input.newPassword);
    const current = currentRefreshToken
      ? await this.dataSource.getRepository(RefreshTokenEntity).findOneBy({ tokenHash: hashToken(currentRefreshToken), userId })
      : null;
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(UserEntity).update({ id: userId }, { passwordHash });
      const qb = manager
        .createQueryBuilder()
        .update(RefreshTokenEntity)
        .set({ revokedAt: () => 'now()' })
        .where('user_id = :userId AND revoked_at IS NULL', { userId });
      if (current) qb.andWhere('family_id <> :familyId', { familyId: current.familyId });
      await qb.execute();
    });
  }

  async getUser(id: string): Promise<UserEntity> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id });
    if (!user || user.deletedAt) throw AppException.unauthenticated();
    return user;
  }

  private async openSession(manager: EntityManager, user: UserEntity, familyId: string): Promise<Session> {
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshExpiresAt = new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000);
    await manager.getRepository(RefreshTokenEntity).insert({
      userId: user.id,
      familyId,
      tokenHash: hashToken(refreshToken),
      expiresAt: refreshExpiresAt,
      revokedAt: null,
    });
    return {
      accessToken: this.tokens.signAccessToken({ id: user.id, siteRole: user.siteRole === SiteRole.ADMIN ? 'ADMIN' : 'USER' }),
      refreshToken,
      refreshExpiresAt,
      user,
    };
  }
}
