import { CanActivate, ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FastifyRequest } from 'fastify';
import { AppError, ErrorCode } from '../common/app-error';
import { ACCESS_KEY, Access, Actor } from './access.decorator';
import { AuthService } from './auth.service';

/**
 * Every route declares who may call it. A route that declares nothing is refused to everyone
 * (closed by default), and the route-table test fails so the omission is caught before release.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (access?.public) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { actor?: Actor }>();
    const actor = await this.authenticate(request.headers.authorization);
    request.actor = actor;
    if (!access) throw AppError.forbidden('This route declares no role and is closed');
    if (!access.roles.includes(actor.role)) {
      throw new AppError(HttpStatus.FORBIDDEN, ErrorCode.Forbidden, `This needs the role ${access.roles.filter((r) => r !== 'admin').join(' or ') || 'admin'}; your key has the role ${actor.role}`);
    }
    return true;
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
