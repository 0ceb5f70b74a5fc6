import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus, Logger } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Actor, DeskUser } from '../auth/access.decorator';
import { clearedSessionCookie } from '../auth/session';
import { errorBody } from '../common/error.filter';
import { DeskAssets } from './desk-assets';
import { seeOther, sendPage } from './respond';
import { errorPage } from './views/error.view';

/** Errors on the desk's pages come back as pages; a lapsed session sends the browser to sign in, and back after. */
@Catch()
export class DeskErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Desk');

  constructor(private readonly assets: DeskAssets) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest & { actor?: Actor; formToken?: string }>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const answer = errorBody(exception);
    if (answer.statusCode === HttpStatus.UNAUTHORIZED) {
      void reply.header('Set-Cookie', clearedSessionCookie(request.protocol === 'https'));
      if (request.method === 'GET') return seeOther(reply, `/desk/sign-in?next=${encodeURIComponent(request.url)}`);
    }
    if (answer.statusCode >= 500 && answer.statusCode !== HttpStatus.SERVICE_UNAVAILABLE) {
      this.logger.error(exception instanceof Error ? exception.stack ?? exception.message : String(exception));
    }
    if (typeof answer.retryAfterSeconds === 'number') void reply.header('Retry-After', String(answer.retryAfterSeconds));
    const user: DeskUser | null = request.actor && request.formToken ? { ...request.actor, formToken: request.formToken } : null;
    sendPage(reply, answer.statusCode, errorPage(this.assets, user, answer.statusCode, answer.message, answer.details));
  }
}
