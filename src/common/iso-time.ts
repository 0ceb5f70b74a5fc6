import { isISO8601, ValidateBy } from 'class-validator';

/** ISO-8601 (strict) that a JavaScript `Date` reads: the calendar forms; week dates ("2024-W38"), ordinal dates and the basic format are not. */
export function isReadableIsoTime(value: unknown): boolean {
  return typeof value === 'string' && isISO8601(value, { strict: true }) && !Number.isNaN(Date.parse(value));
}

/**
 * A date or time the server can store and compare: ISO-8601 in its calendar form. `message` is said of any other
 * value; a valid ISO-8601 form the server does not read (a week or ordinal date) is named as such, never a 500.
 */
export function IsIsoTime(message: string): PropertyDecorator {
  return ValidateBy({
    name: 'isIsoTime',
    validator: {
      validate: isReadableIsoTime,
      defaultMessage: (args) => (isISO8601(args?.value, { strict: true })
        ? `${message} in calendar form (2024-09-17 or 2024-09-17T10:00:00Z); week and ordinal dates are not read`
        : message),
    },
  });
}
