import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ErrorResponseDto } from './dto/error.response';

/** What each refusal means, as the OpenAPI document says it. */
export const REFUSALS = {
  400: 'Bad input: VALIDATION_FAILED or MALFORMED_JSON, with the fields at fault in details',
  401: 'No API key, or an unknown or revoked one (UNAUTHENTICATED)',
  403: 'The key\'s role may not do this (FORBIDDEN)',
  404: 'No record with this id (NOT_FOUND)',
  409: 'A conflict: a stale version (VERSION_CONFLICT), a record still in use (IN_USE) or a state that forbids it (CONFLICT)',
  408: 'The body did not arrive in full in time (REQUEST_TIMEOUT); nothing was stored',
  413: 'The body is over the limit (PAYLOAD_TOO_LARGE)',
  415: 'The body is not of a type this route takes (UNSUPPORTED_MEDIA_TYPE)',
  422: 'Understood but not workable: UNSUPPORTED_LANGUAGE or NO_TEXT',
  429: 'Too many requests for this key in this minute (TOO_MANY_REQUESTS); see Retry-After',
  503: 'The database did not answer, or a transient conflict outlasted the retries (SERVICE_UNAVAILABLE); see Retry-After',
} as const;

export type RefusalStatus = keyof typeof REFUSALS;

/** Declares the errors a route can answer, each with the one error schema. */
export function ApiRefusals(...statuses: RefusalStatus[]) {
  return applyDecorators(...statuses.map((status) => ApiResponse({ status, description: REFUSALS[status], type: ErrorResponseDto })));
}

/** A route that reads one record by id: 404 when there is none. */
export const ApiRecord = () => ApiRefusals(404);

/** A route that takes a body: too large, or of another type. */
export const ApiBodyRefusals = () => ApiRefusals(408, 413, 415);

/** What every route behind a key can answer: bad query or id, no key, wrong role, too many requests, database busy. */
export function ApiKeyedRefusals(roles: string[]) {
  return applyDecorators(
    ApiRefusals(400, 401, 429, 503),
    ApiResponse({ status: 403, description: `Needs the role ${roles.join(' or ')} (FORBIDDEN)`, type: ErrorResponseDto }),
  );
}
