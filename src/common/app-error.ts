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
  RequestTimeout = 'REQUEST_TIMEOUT',
  Unavailable = 'SERVICE_UNAVAILABLE',
  Internal = 'INTERNAL_ERROR',
}

/** The status each code answers with, so a code always means the same status wherever it is raised. */
export const STATUS_OF_CODE: Record<ErrorCode, HttpStatus> = {
  [ErrorCode.ValidationFailed]: HttpStatus.BAD_REQUEST,
  [ErrorCode.MalformedJson]: HttpStatus.BAD_REQUEST,
  [ErrorCode.UnsupportedMediaType]: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  [ErrorCode.PayloadTooLarge]: HttpStatus.PAYLOAD_TOO_LARGE,
  [ErrorCode.Unauthenticated]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
  [ErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [ErrorCode.RouteNotFound]: HttpStatus.NOT_FOUND,
  [ErrorCode.Conflict]: HttpStatus.CONFLICT,
  [ErrorCode.VersionConflict]: HttpStatus.CONFLICT,
  [ErrorCode.InUse]: HttpStatus.CONFLICT,
  [ErrorCode.UnsupportedLanguage]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.NoText]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.TooManyRequests]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.RequestTimeout]: HttpStatus.REQUEST_TIMEOUT,
  [ErrorCode.Unavailable]: HttpStatus.SERVICE_UNAVAILABLE,
  [ErrorCode.Internal]: HttpStatus.INTERNAL_SERVER_ERROR,
};

/** Where a problem is: a field path such as `facets[2].value`, and what is wrong with it. */
export interface ErrorDetail {
  path: string;
  message: string;
  value?: unknown;
}

/** How many problems one answer lists; past that it says how many more there are. */
export const MAX_DETAILS = 100;

/** Collects problems, keeping the first `MAX_DETAILS` and counting the rest, so a million bad lines cost a counter. */
export class Problems {
  readonly kept: ErrorDetail[] = [];
  total = 0;

  push(...details: ErrorDetail[]): void {
    for (const detail of details) {
      this.total += 1;
      if (this.kept.length < MAX_DETAILS) this.kept.push(detail);
    }
  }

  get length(): number {
    return this.total;
  }

  /** Throws every problem in one 400, if there is any. */
  throwIfAny(): void {
    if (this.total > 0) throw AppError.validation(this.kept, this.total);
  }
}

/** An error for the client: a code (its status follows from it), a message for people, and the fields at fault. */
export class AppError extends Error {
  readonly status: HttpStatus;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.status = STATUS_OF_CODE[code];
  }

  /**
   * Every problem of a request, in one answer: the first `MAX_DETAILS` listed, and how many more there
   * are (`moreProblems`). `total` is the count when the caller stopped keeping details past the cap.
   */
  static validation(details: ErrorDetail[], total = details.length): AppError {
    const first = details[0];
    const message = total === 1 ? `${first.path}: ${first.message}` : `${total} problems, first ${first.path}: ${first.message}`;
    const shown = details.slice(0, MAX_DETAILS);
    return new AppError(ErrorCode.ValidationFailed, message, shown, total > shown.length ? { moreProblems: total - shown.length } : {});
  }

  static invalid(path: string, message: string): AppError {
    return AppError.validation([{ path, message }]);
  }

  static notFound(entity: string, id: string): AppError {
    return new AppError(ErrorCode.NotFound, `${entity} ${id} does not exist`, [
      { path: 'id', message: `no ${entity} with this id` },
    ]);
  }

  static forbidden(message: string): AppError {
    return new AppError(ErrorCode.Forbidden, message);
  }

  static conflict(message: string, details: ErrorDetail[] = [], extra: Record<string, unknown> = {}): AppError {
    return new AppError(ErrorCode.Conflict, message, details, extra);
  }
}
