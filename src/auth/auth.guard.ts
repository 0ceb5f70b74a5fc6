import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FastifyRequest } from 'fastify';
import { AppError, ErrorCode } from '../common/app-error';
import { ACCESS_KEY, Access, Actor, SESSION_KEY } from './access.decorator';
import { AuthService } from './auth.service';
import { bearerKey } from './before-body';
import { RateLimits } from './rate-limit.guard';
import { crossOrigin, formToken, readCookie, sameToken, SESSION_COOKIE } from './session';

/** The actor a request is made by, once `AuthGuard` has let it through (absent on public routes). */
export type AuthenticatedRequest = FastifyRequest & { actor?: Actor; formToken?: string };

/** Whether the route is open to anyone: then no key is asked for, counted or checked. */
export function isPublic(reflector: Reflector, context: ExecutionContext): boolean {
  return reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()])?.public ?? false;
}

/**
 * Who is calling: the API key of the Authorization header, or for the desk's pages the session cookie.
 * The first of three guards: then `RateLimitGuard` counts the request, and `RolesGuard` checks the role.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly limits: RateLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (isPublic(this.reflector, context)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const viaSession = this.reflector.getAllAndOverride<boolean | undefined>(SESSION_KEY, [context.getHandler(), context.getClass()]) ?? false;
    try {
      request.actor = viaSession ? await this.fromSession(request) : await this.authenticate(request.headers.authorization);
    } catch (error) {
      // No key, or a wrong one: counted by the client's address, so guessing keys is rate limited too.
      if (error instanceof AppError && error.code === ErrorCode.Unauthenticated) this.limits.countAddress(request.ip);
      throw error;
    }
    return true;
  }

  /**
   * A desk page: the key from the session cookie. A form post must come from this site (its Origin) and
   * carry the session's form token; a post from another site is refused before anything else is looked at.
   */
  private async fromSession(request: FastifyRequest & { formToken?: string }): Promise<Actor> {
    const posted = request.method !== 'GET' && request.method !== 'HEAD';
    const refuse = (message: string) => new AppError(ErrorCode.Forbidden,
      `This form did not come from a Crosscheck page you opened (${message}); reload the page and send it again`, [{ path: '_csrf', message }]);
    if (posted && crossOrigin(request.headers.origin, request.host)) throw refuse('it was posted from another site');
    const key = readCookie(request.headers.cookie, SESSION_COOKIE);
    const actor = key ? await this.auth.actorForKey(key) : null;
    if (!key || !actor) {
      throw new AppError(ErrorCode.Unauthenticated, key ? 'Your session\'s API key is unknown or revoked; sign in again' : 'Sign in with your API key first', [
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
    const key = bearerKey(header);
    if (!key) {
      throw new AppError(ErrorCode.Unauthenticated, 'Send an API key as "Authorization: Bearer <key>"', [
        { path: 'authorization', message: header ? 'is not a Bearer key' : 'is missing' },
      ]);
    }
    const actor = await this.auth.actorForKey(key);
    if (!actor) {
      throw new AppError(ErrorCode.Unauthenticated, 'This API key is unknown or revoked', [
        { path: 'authorization', message: 'unknown or revoked key' },
      ]);
    }
    return actor;
  }
}
