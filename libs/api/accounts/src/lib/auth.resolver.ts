import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, AppConfig, assertOwnOrigin, GqlContext } from '@kennislijn/api-core';
import { CurrentUser, Public, Viewer } from '@kennislijn/api-auth';
import { AccountsService, Session } from './accounts.service';
import { ChangePasswordInput, LoginInput, RegisterInput } from './dto/auth.inputs';
import { AuthPayloadModel, UserModel } from './models/user.model';

export const REFRESH_COOKIE = 'kl_refresh';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly accounts: AccountsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public({ ignoreStaleToken: true })
  @Mutation(() => AuthPayloadModel, { description: 'Create an account and sign in.' })
  async register(@Args('input') input: RegisterInput, @Context() ctx: GqlContext): Promise<AuthPayloadModel> {
    assertOwnOrigin(ctx.req, this.config);
    return this.respond(ctx, await this.accounts.register(input));
  }

  @Public({ ignoreStaleToken: true })
  @Mutation(() => AuthPayloadModel, { description: 'Sign in with e-mail and password.' })
  async login(@Args('input') input: LoginInput, @Context() ctx: GqlContext): Promise<AuthPayloadModel> {
    assertOwnOrigin(ctx.req, this.config);
    return this.respond(ctx, await this.accounts.login(input, ctx.req.ip ?? 'unknown'));
  }

  @Public({ ignoreStaleToken: true })
  @Mutation(() => AuthPayloadModel, { description: 'Trade the refresh-token cookie for a new access token; the cookie rotates.' })
  async refreshToken(@Context() ctx: GqlContext): Promise<AuthPayloadModel> {
    // The cookie only works for the app's own pages (SameSite=Strict stops other sites; this also
    // stops a sibling subdomain, which counts as the same site). Checked before the cookie is touched.
    assertOwnOrigin(ctx.req, this.config);
    try {
      return this.respond(ctx, await this.accounts.refresh(this.cookie(ctx)));
    } catch (error) {
      this.clearCookie(ctx);
      throw error;
    }
  }

  @Public({ ignoreStaleToken: true })
  @Mutation(() => Boolean, { description: 'Sign out on this device: the refresh session is revoked and the cookie cleared.' })
  async logout(@Context() ctx: GqlContext): Promise<boolean> {
    assertOwnOrigin(ctx.req, this.config);
    await this.accounts.logout(this.cookie(ctx));
    this.clearCookie(ctx);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Change your password; other devices are signed out.' })
  async changePassword(@CurrentUser() viewer: Viewer, @Args('input') input: ChangePasswordInput, @Context() ctx: GqlContext): Promise<boolean> {
    await this.accounts.changePassword(viewer.id, input, this.cookie(ctx));
    return true;
  }

  @Query(() => UserModel, { description: 'The signed-in person.' })
  me(@CurrentUser() viewer: Viewer): Promise<UserModel> {
    return this.accounts.getUser(viewer.id);
  }

  private cookie(ctx: GqlContext): string | undefined {
    const value = (ctx.req.cookies as Record<string, string> | undefined)?.[REFRESH_COOKIE];
    return typeof value === 'string' && value.length > 0 ? value : undefined;
  }

  private respond(ctx: GqlContext, session: Session): AuthPayloadModel {
    ctx.res.cookie(REFRESH_COOKIE, session.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: '/graphql',
      expires: session.refreshExpiresAt,
    });
    return { accessToken: session.accessToken, user: session.user };
  }

  private clearCookie(ctx: GqlContext): void {
    ctx.res.clearCookie(REFRESH_COOKIE, { httpOnly: true, sameSite: 'strict', secure: this.config.cookieSecure, path: '/graphql' });
  }
}
