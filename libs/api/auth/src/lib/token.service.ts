import { Inject, Injectable } from '@nestjs/common';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '@kennislijn/api-core';
import { Viewer } from './viewer';

interface AccessClaims {
  sub: string;
  role: Viewer['siteRole'];
  typ: 'access';
  exp?: number;
}

export type VerifyResult = { ok: true; viewer: Viewer; /** epoch ms */ expiresAt: number } | { ok: false; reason: 'expired' | 'invalid' };

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  signAccessToken(viewer: Viewer): string {
    const claims: AccessClaims = { sub: viewer.id, role: viewer.siteRole, typ: 'access' };
    return this.jwt.sign(claims, { expiresIn: this.config.accessTokenTtlSeconds });
  }

  verifyAccessToken(token: string): VerifyResult {
    try {
      const claims = this.jwt.verify<AccessClaims>(token, { algorithms: ['HS256'] });
      if (claims.typ !== 'access' || typeof claims.sub !== 'string') return { ok: false, reason: 'invalid' };
      return { ok: true, viewer: { id: claims.sub, siteRole: claims.role === 'ADMIN' ? 'ADMIN' : 'USER' }, expiresAt: (claims.exp ?? 0) * 1000 };
    } catch (error) {
      return { ok: false, reason: error instanceof TokenExpiredError ? 'expired' : 'invalid' };
    }
  }
}
