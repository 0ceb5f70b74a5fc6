import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { ApiKeyedRefusals } from '../common/api-responses';
import { Role } from '../users/user.entity';

export const ACCESS_KEY = 'crosscheck:access';

/** What a route declares: open to anyone, or the roles that may call it (admin may call every route). */
export type Access = { public: true } | { public: false; roles: Role[] };

/** The least a route needs: `@Allow('viewer')` for reads, `@Allow('editor')` for the record, ... */
export function Allow(...roles: Role[]) {
  const access: Access = { public: false, roles: roles.includes('admin') ? roles : [...roles, 'admin'] };
  return applyDecorators(
    SetMetadata(ACCESS_KEY, access),
    ApiBearerAuth(),
    ApiKeyedRefusals(roles),
  );
}

/** Readable by every role: viewer, reviewer, editor and admin. */
export const AnyRole = () => Allow('viewer', 'reviewer', 'editor');

export const Public = () => SetMetadata(ACCESS_KEY, { public: true } satisfies Access);

export const SESSION_KEY = 'crosscheck:session';

/**
 * The desk's pages: the key comes from the session cookie instead of the Authorization header, and
 * every form post must carry the session's form token.
 */
export const ViaSession = () => SetMetadata(SESSION_KEY, true);

/** The user whose key made the request. */
export interface Actor {
  userId: string;
  name: string;
  role: Role;
  keyId: string;
}

export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  return context.switchToHttp().getRequest<{ actor: Actor }>().actor;
});

/** Who is signed in to the desk, and the token their forms must carry. */
export interface DeskUser extends Actor {
  formToken: string;
}

export const CurrentDeskUser = createParamDecorator((_: unknown, context: ExecutionContext): DeskUser => {
  const request = context.switchToHttp().getRequest<{ actor: Actor; formToken: string }>();
  return { ...request.actor, formToken: request.formToken };
});
