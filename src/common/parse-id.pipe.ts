import { Injectable, PipeTransform } from '@nestjs/common';
import { AppError } from './app-error';
import { UUID_PATTERN } from './ids';

/** Route ids are UUIDs; anything else is refused with the parameter named, before any query runs. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    const id = String(value).toLowerCase();
    if (!UUID_PATTERN.test(id)) throw AppError.invalid('id', 'must be a UUID such as 0192f1d2-7c3a-7b1e-9f00-3a5c2e1d4b6a');
    return id;
  }
}
