import { ArgumentsHost, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Actor, DeskUser } from '../auth/access.decorator';
import { clearedSessionCookie, DESK_PATH, readCookie, secureCookie, SESSION_COOKIE } from '../auth/session';
import { ErrorBody, PageErrors } from '../common/error.filter';
import { ENVIRONMENT } from '../config/config.module';
import { Environment } from '../config/environment';
import { DeskAssets } from './desk-assets';
import { seeOther, sendPage } from './respond';
import { errorPage } from './views/error.view';

/**
 * Errors under /desk come back as pages, whatever raised them: a route, the guard, the body parser or an
 * unknown path. A lapsed session sends a page view to sign in, and back after.
 */
@Injectable()
export class DeskErrorPages implements PageErrors {
  constructor(
    private readonly assets: DeskAssets,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  serves(url: string): boolean {
    return url === DESK_PATH || url.startsWith(`${DESK_PATH}/`) || url.startsWith(`${DESK_PATH}?`);
  }

  render(answer: ErrorBody, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest & { actor?: Actor; formToken?: string }>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (answer.statusCode === HttpStatus.UNAUTHORIZED) {
      // Only a key that was sent and refused is cleared: a link followed from another site arrives without
      // the cookie (SameSite=Strict), and must not sign the user out of their other tabs.
      if (readCookie(request.headers.cookie, SESSION_COOKIE)) {
        void reply.header('Set-Cookie', clearedSessionCookie(secureCookie(this.env.deskSecureCookie, request.protocol)));
      }
      if (request.method === 'GET') return seeOther(reply, `/desk/sign-in?next=${encodeURIComponent(request.url)}`);
    }
    const user: DeskUser | null = request.actor && request.formToken ? { ...request.actor, formToken: request.formToken } : null;
    // An unknown path runs no route, so nothing said who is signed in: a browser with a session still gets the sections.
    const navigation = !!readCookie(request.headers.cookie, SESSION_COOKIE);
    const message = answer.code === 'ROUTE_NOT_FOUND' ? `There is no desk page at ${request.url.split('?')[0]}.` : answer.message;
    sendPage(reply, answer.statusCode, errorPage(this.assets, user, answer.statusCode, message, answer.details, navigation));
  }
}
