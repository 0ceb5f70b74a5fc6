import { v7 } from 'uuid';

/**
 * A UUID version 7 (RFC 9562): the first 48 bits are the creation time in milliseconds, so ids sort
 * in creation order and serve as the keyset for cursor pages on both databases. Within one
 * millisecond `uuid` counts on from a random start, so ids made in this process keep increasing.
 */
export function newId(): string {
  return v7();
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
