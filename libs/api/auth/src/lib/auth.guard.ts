import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { AppException, IGNORES_STALE_TOKEN_KEY, IS_PUBLIC_KEY } from '@kennislijn/api-core';
import { TokenService } from './token.service';
import { Viewer } from './viewer';

export type AuthenticatedRequest = Request & { user?: Viewer; id?: string };

export function requestFrom(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<GqlContextType>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req;
  }
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}

/** Deny by default: every operation needs a valid access token unless it is marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [context.getHandler(), context.getClass()]);
    const req = requestFrom(context);
    const header = req.headers.authorization;
    const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (token) {
      const result = this.tokens.verifyAccessToken(token);
      if (result.ok) {
        req.user = result.viewer;
        return true;
      }
      // Sign-in and refresh work with any token; other public operations tell the client to refresh.
      if (isPublic && this.reflector.getAllAndOverride<boolean>(IGNORES_STALE_TOKEN_KEY, [context.getHandler(), context.getClass()])) return true;
      throw AppException.unauthenticated(result.reason === 'expired' ? 'auth.tokenExpired' : 'error.unauthenticated');
    }
    if (isPublic) return true;
    throw AppException.unauthenticated();
  }
}
