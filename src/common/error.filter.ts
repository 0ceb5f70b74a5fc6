import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Inject, Logger, Optional } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ErrorCode, ErrorDetail, STATUS_OF_CODE } from './app-error';
import { BODY_SHAPE, FORBIDDEN_KEY, FORMS_ONLY, TOO_MANY_RECORDS } from './json-body';

export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  details: ErrorDetail[];
  [extra: string]: unknown;
}

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: ErrorCode.ValidationFailed,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  413: ErrorCode.PayloadTooLarge,
  415: ErrorCode.UnsupportedMediaType,
  429: ErrorCode.TooManyRequests,
  503: ErrorCode.Unavailable,
};

/** An error raised by Fastify itself, before the route runs: body parsing, content type, size. */
interface FastifyError {
  code?: string;
  statusCode?: number;
  message: string;
  /** Where in the body, for the refusals of json-body.ts. */
  path?: string;
}

function fromFastify(error: FastifyError): ErrorBody | null {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return body(ErrorCode.UnsupportedMediaType, 'Send the body as application/json', [
        { path: 'content-type', message: 'must be application/json' },
      ]);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return body(ErrorCode.PayloadTooLarge, error.message, [{ path: 'body', message: error.message }]);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return body(ErrorCode.MalformedJson, 'The body is empty but the content type says JSON', [
        { path: 'body', message: 'is empty' },
      ]);
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return body(ErrorCode.MalformedJson, `The body is not valid JSON: ${error.message}`, [{ path: 'body', message: error.message }]);
    case FORMS_ONLY:
      return body(ErrorCode.UnsupportedMediaType, error.message, [{ path: 'content-type', message: 'must be application/x-www-form-urlencoded' }]);
    case BODY_SHAPE:
      return body(ErrorCode.ValidationFailed, error.message, [{ path: error.path ?? 'body', message: error.message }]);
    case TOO_MANY_RECORDS:
      return body(ErrorCode.PayloadTooLarge, error.message, [{ path: 'body', message: error.message }]);
    case FORBIDDEN_KEY:
      return body(ErrorCode.ValidationFailed, 'The body holds a __proto__ or constructor.prototype key, which is refused', [
        { path: 'body', message: 'must not contain __proto__ or constructor.prototype keys' },
      ]);
  }
  // The body stopped arriving: the connection timed out (REQUEST_TIMEOUT_MS) or the client went away mid-body.
  if (error.message === 'aborted' || error.code === 'ECONNRESET') {
    return body(ErrorCode.RequestTimeout, 'The request body did not arrive in full before the connection closed or timed out; nothing was stored',
      [{ path: 'body', message: 'incomplete' }], 408);
  }
  if (error instanceof SyntaxError || (error.statusCode === 400 && /JSON/.test(error.message))) {
    return body(ErrorCode.MalformedJson, `The body is not valid JSON: ${error.message}`, [{ path: 'body', message: error.message }]);
  }
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    return body(CODE_BY_STATUS[error.statusCode] ?? ErrorCode.ValidationFailed, error.message, [], error.statusCode);
  }
  return null;
}

/** SQLite's "database is locked" after the busy timeout: the client may retry. */
function isBusy(error: unknown): boolean {
  const code = (error as { code?: string; driverError?: { code?: string } })?.driverError?.code
    ?? (error as { code?: string })?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT' || code === 'SQLITE_LOCKED';
}

/** The answer for a code, with the status the code maps to unless the error came with its own. */
function body(code: ErrorCode, message: string, details: ErrorDetail[], statusCode: number = STATUS_OF_CODE[code]): ErrorBody {
  return { statusCode, code, message, details };
}

/** What an error means to the client: its status, code, message and the fields at fault. */
export function errorBody(exception: unknown): ErrorBody {
  if (exception instanceof AppError) {
    return { ...body(exception.code, exception.message, exception.details), ...exception.extra };
  }
  if (exception instanceof HttpException) {
    // Nest wraps Fastify's own errors (body parsing, content type, size) and keeps them as the cause.
    const fastify = exception.cause && typeof exception.cause === 'object' ? fromFastify(exception.cause as FastifyError) : null;
    if (fastify) return fastify;
    const status = exception.getStatus();
    if (status === 404) {
      return body(ErrorCode.RouteNotFound, exception.message, [{ path: 'url', message: 'no such route' }]);
    }
    return body(CODE_BY_STATUS[status] ?? ErrorCode.Internal, exception.message, [], status);
  }
  if (isBusy(exception)) {
    return body(ErrorCode.Unavailable, 'The database is busy; retry in a moment', []);
  }
  if (exception && typeof exception === 'object') {
    const fastify = fromFastify(exception as FastifyError);
    if (fastify) return fastify;
  }
  return body(ErrorCode.Internal, 'Something went wrong on our side; it has been logged', []);
}

/** A part of the app that serves pages (the desk) answers its own errors as pages: unknown paths and refused bodies too. */
export const PAGE_ERRORS = Symbol('PAGE_ERRORS');

export interface PageErrors {
  serves(url: string): boolean;
  render(answer: ErrorBody, host: ArgumentsHost): void;
}

/** Every error of the API leaves in one shape: `{ statusCode, code, message, details }`. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(@Optional() @Inject(PAGE_ERRORS) private readonly pages?: PageErrors) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const answer = errorBody(exception);
    if (answer.statusCode >= 500 && answer.statusCode !== HttpStatus.SERVICE_UNAVAILABLE) {
      this.logger.error(exception instanceof Error ? exception.stack ?? exception.message : String(exception));
    }
    if (answer.statusCode === HttpStatus.SERVICE_UNAVAILABLE) reply.header('Retry-After', '1');
    if (typeof answer.retryAfterSeconds === 'number') reply.header('Retry-After', String(answer.retryAfterSeconds));
    if (this.pages?.serves(host.switchToHttp().getRequest<FastifyRequest>().url)) return this.pages.render(answer, host);
    void reply.status(answer.statusCode).header('content-type', 'application/json; charset=utf-8').send(answer);
  }
}
