import { CanActivate, ExecutionContext, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FastifyRequest } from 'fastify';
import { AppError, ErrorCode } from '../common/app-error';
import { ACCESS_KEY, Access, Actor, SESSION_KEY } from './access.decorator';
import { AuthService } from './auth.service';
import { crossOrigin, formToken, readCookie, sameToken, SESSION_COOKIE } from './session';
import { ENVIRONMENT } from '../config/config.module';
import { Environment } from '../config/environment';

/**
 * Every route declares who may call it. A route that declares nothing is refused to everyone
 * (closed by default), and the route-table test fails so the omission is caught before release.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  /**
   * Requests per key in the current minute. Kept in this process: with N API processes a key may make
   * N times the limit, which is enough to stop a runaway client without a database write per request.
   */
  private readonly windows = new Map<string, { minute: number; count: number }>();

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (access?.public) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { actor?: Actor; formToken?: string }>();
    const viaSession = this.reflector.getAllAndOverride<boolean | undefined>(SESSION_KEY, [context.getHandler(), context.getClass()]) ?? false;
    const actor = viaSession ? await this.fromSession(request) : await this.authenticate(request.headers.authorization);
    request.actor = actor;
    this.limitRate(actor);
    if (!access) throw AppError.forbidden('This route declares no role and is closed');
    if (!access.roles.includes(actor.role)) {
      throw new AppError(HttpStatus.FORBIDDEN, ErrorCode.Forbidden, `This needs the role ${access.roles.filter((r) => r !== 'admin').join(' or ') || 'admin'}; your key has the role ${actor.role}`);
    }
    return true;
  }

  private limitRate(actor: Actor): void {
    const limit = this.env.rateLimitPerMinute;
    if (limit <= 0) return;
    const now = Date.now();
    const minute = Math.floor(now / 60_000);
    let window = this.windows.get(actor.keyId);
    if (!window || window.minute !== minute) {
      if (this.windows.size > 10_000) this.windows.clear();
      window = { minute, count: 0 };
      this.windows.set(actor.keyId, window);
    }
    window.count += 1;
    if (window.count > limit) {
      const retryAfter = Math.max(1, Math.ceil(((minute + 1) * 60_000 - now) / 1000));
      throw new AppError(HttpStatus.TOO_MANY_REQUESTS, ErrorCode.TooManyRequests, `This key made more than ${limit} requests this minute (RATE_LIMIT_PER_MINUTE); retry in ${retryAfter} s`,
        [{ path: 'authorization', message: `over ${limit} requests per minute` }], { retryAfterSeconds: retryAfter });
    }
  }

  /**
   * A desk page: the key from the session cookie. A form post must come from this site (its Origin) and
   * carry the session's form token; a post from another site is refused before anything else is looked at.
   */
  private async fromSession(request: FastifyRequest & { formToken?: string }): Promise<Actor> {
    const posted = request.method !== 'GET' && request.method !== 'HEAD';
    const refuse = (message: string) => new AppError(HttpStatus.FORBIDDEN, ErrorCode.Forbidden,
      `This form did not come from a Crosscheck page you opened (${message}); reload the page and send it again`, [{ path: '_csrf', message }]);
    if (posted && crossOrigin(request.headers.origin, request.host)) throw refuse('it was posted from another site');
    const key = readCookie(request.headers.cookie, SESSION_COOKIE);
    const actor = key ? await this.auth.actorForKey(key) : null;
    if (!key || !actor) {
      throw new AppError(HttpStatus.UNAUTHORIZED, ErrorCode.Unauthenticated, key ? 'Your session\'s API key is unknown or revoked; sign in again' : 'Sign in with your API key first', [
        { path: 'cookie', message: key ? 'unknown or revoked key' : 'no session' },
      ]);
    }
    request.formToken = formToken(key);
    if (posted) {
      const field = (request.body as Record<string, unknown> | undefined)?._csrf;
      if (!sameToken(field, request.formToken)) throw refuse(field === undefined ? 'its form token is missing' : 'its form token does not match this session');
    }
    return actor;
  }

  private async authenticate(header: string | undefined): Promise<Actor> {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
    if (!match) {
      throw new AppError(HttpStatus.UNAUTHORIZED, ErrorCode.Unauthenticated, 'Send an API key as "Authorization: Bearer <key>"', [
        { path: 'authorization', message: header ? 'is not a Bearer key' : 'is missing' },
      ]);
    }
    const actor = await this.auth.actorForKey(match[1]);
    if (!actor) {
      throw new AppError(HttpStatus.UNAUTHORIZED, ErrorCode.Unauthenticated, 'This API key is unknown or revoked', [
        { path: 'authorization', message: 'unknown or revoked key' },
      ]);
    }
    return actor;
  }
}
