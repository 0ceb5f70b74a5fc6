import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError, ErrorCode } from '../common/app-error';
import { ACCESS_KEY, Access, Actor } from './access.decorator';
import { AuthenticatedRequest, isPublic } from './auth.guard';

/**
 * Every route declares who may call it. A route that declares nothing is refused to everyone
 * (closed by default), and the route-table test fails so the omission is caught before release.
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (isPublic(this.reflector, context)) return true;
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor as Actor;
    if (!access || access.public) throw AppError.forbidden('This route declares no role and is closed');
    if (!access.roles.includes(actor.role)) {
      throw new AppError(ErrorCode.Forbidden, `This needs the role ${access.roles.filter((r) => r !== 'admin').join(' or ') || 'admin'}; your key has the role ${actor.role}`);
    }
    return true;
  }
}
