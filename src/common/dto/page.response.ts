import { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

/** A page of a list, `{ items, nextCursor }`, as a named schema per item type (`SourcePage`, `ClaimPage`, ...). */
export function PageOf<T>(item: Type<T>, name: string): Type<{ items: T[]; nextCursor: string | null }> {
  class Page {
    @ApiProperty({ type: [item] })
    items!: T[];

    @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page' })
    nextCursor!: string | null;
  }
  Object.defineProperty(Page, 'name', { value: name });
  return Page;
}

/** `{ items }` without paging, for short lists the API answers whole. */
export function ListOf<T>(item: Type<T>, name: string): Type<{ items: T[] }> {
  class List {
    @ApiProperty({ type: [item] })
    items!: T[];
  }
  Object.defineProperty(List, 'name', { value: name });
  return List;
}
