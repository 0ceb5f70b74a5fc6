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

/** Which problem to name when a field has several: its type first ("must be a string", not also "too long"). */
const FIRST = ['whitelistValidation', 'isDefined', 'isString', 'isInt', 'isNumber', 'isBoolean', 'isArray', 'isObject', 'isUuid', 'isIn', 'isIso8601'];
const rank = (constraint: string) => (FIRST.includes(constraint) ? FIRST.indexOf(constraint) : FIRST.length);

/** Flattens class-validator's tree into one detail per field, each with its path (`facets[0].value`). */
export function validationDetails(errors: ValidationError[], parent = ''): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  for (const error of errors) {
    const path = joinPath(parent, error.property);
    const [first] = Object.entries(error.constraints ?? {}).sort(([a], [b]) => rank(a) - rank(b));
    if (first) details.push({ path, message: describe(first[0], first[1], error.property) });
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
