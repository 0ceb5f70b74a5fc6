import { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, ErrorCode } from '../common/app-error';
import { pathOf } from '../common/json-body';
import { AuthService } from './auth.service';
import { RateLimits } from './rate-limit.guard';
import { crossOrigin, DESK_PATH, readCookie, SESSION_COOKIE } from './session';

/** The only routes that take a body without a key: signing in to the desk. */
export const PUBLIC_BODY_PATHS: readonly string[] = [`${DESK_PATH}/sign-in`];

/** The key of `Authorization: Bearer <key>`, or null. */
export function bearerKey(header: string | undefined): string | null {
  return /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1] ?? null;
}

/** Whether the request sends a body (a length above zero, or a chunked one). */
export function sendsBody(request: Pick<FastifyRequest, 'headers'>): boolean {
  const length = request.headers['content-length'];
  return (length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined;
}

/**
 * A request with a body is refused before the body is read unless it carries a valid key (the Bearer
 * header, or on the desk's pages the session cookie): an unauthenticated client cannot make the server
 * read or parse anything. The guards check the key again, and the role, once the route runs.
 */
export function refuseUnauthenticatedBodies(fastify: FastifyInstance, auth: AuthService, limits: RateLimits): void {
  fastify.addHook('onRequest', async (request) => {
    if (!sendsBody(request) || !request.routeOptions.url) return;
    const path = pathOf(request.url);
    if (PUBLIC_BODY_PATHS.includes(path)) return;
    const desk = path === DESK_PATH || path.startsWith(`${DESK_PATH}/`);
    // Another site's form posting at the desk is refused first, as the desk's guard does: 403, not 401.
    if (desk && crossOrigin(request.headers.origin, request.host)) {
      throw new AppError(ErrorCode.Forbidden, 'This form did not come from a Crosscheck page you opened (it was posted from another site); reload the page and send it again',
        [{ path: '_csrf', message: 'it was posted from another site' }]);
    }
    const key = desk ? readCookie(request.headers.cookie, SESSION_COOKIE) : bearerKey(request.headers.authorization);
    if (key && (await auth.actorForKey(key))) return;
    limits.countAddress(request.ip);
    throw new AppError(ErrorCode.Unauthenticated,
      desk ? 'Sign in with your API key first' : 'Send an API key as "Authorization: Bearer <key>"; the body was not read',
      [{ path: desk ? 'cookie' : 'authorization', message: key ? 'unknown or revoked key' : 'is missing' }]);
  });
}
