import { HttpStatus } from '@nestjs/common';

/** Every error a client can see carries one of these codes; the code is the contract, the message is for people. */
export enum ErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  MalformedJson = 'MALFORMED_JSON',
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  RouteNotFound = 'ROUTE_NOT_FOUND',
  Conflict = 'CONFLICT',
  VersionConflict = 'VERSION_CONFLICT',
  InUse = 'IN_USE',
  UnsupportedLanguage = 'UNSUPPORTED_LANGUAGE',
  NoText = 'NO_TEXT',
  TooManyRequests = 'TOO_MANY_REQUESTS',
  Unavailable = 'SERVICE_UNAVAILABLE',
  Internal = 'INTERNAL_ERROR',
}

/** Where a problem is: a field path such as `facets[2].value`, and what is wrong with it. */
export interface ErrorDetail {
  path: string;
  message: string;
  value?: unknown;
}

export class AppError extends Error {
  constructor(
    readonly status: HttpStatus,
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }

  static validation(details: ErrorDetail[]): AppError {
    const first = details[0];
    const message =
      details.length === 1
        ? `${first.path}: ${first.message}`
        : `${details.length} problems, first ${first.path}: ${first.message}`;
    return new AppError(HttpStatus.BAD_REQUEST, ErrorCode.ValidationFailed, message, details);
  }

  static invalid(path: string, message: string): AppError {
    return AppError.validation([{ path, message }]);
  }

  static notFound(entity: string, id: string): AppError {
    return new AppError(HttpStatus.NOT_FOUND, ErrorCode.NotFound, `${entity} ${id} does not exist`, [
      { path: 'id', message: `no ${entity} with this id` },
    ]);
  }

  static forbidden(message: string): AppError {
    return new AppError(HttpStatus.FORBIDDEN, ErrorCode.Forbidden, message);
  }

  static conflict(message: string, details: ErrorDetail[] = [], extra: Record<string, unknown> = {}): AppError {
    return new AppError(HttpStatus.CONFLICT, ErrorCode.Conflict, message, details, extra);
  }
}
