import { IsIn, ValidationOptions } from 'class-validator';

/** A field that takes one of a closed list; the message names the list unless one is given. */
export function OneOf(values: readonly string[], options: ValidationOptions = {}): PropertyDecorator {
  return IsIn(values, { message: ({ property }) => `${property} must be one of ${values.join(', ')}`, ...options });
}
