import { ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError, ErrorDetail } from './app-error';

function joinPath(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}

function describe(constraint: string, message: string, property: string): string {
  if (constraint === 'whitelistValidation') return 'is not a known field';
  // class-validator starts each message with the property name; the path already says where.
  return message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;
}

/** Flattens class-validator's tree into one detail per problem, each with its path (`facets[0].value`). */
export function validationDetails(errors: ValidationError[], parent = ''): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  for (const error of errors) {
    const path = joinPath(parent, error.property);
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      details.push({ path, message: describe(constraint, message, error.property) });
    }
    if (error.children?.length) details.push(...validationDetails(error.children, path));
  }
  return details;
}

/** Whitelists every DTO and refuses unknown fields, nested ones too. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => AppError.validation(validationDetails(errors)),
  });
}
