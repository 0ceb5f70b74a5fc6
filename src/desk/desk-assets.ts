import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { Assets } from './views/layout';

const TYPES = { 'desk.css': 'text/css; charset=utf-8', 'icon.svg': 'image/svg+xml' } as const;
export type AssetName = keyof typeof TYPES;

/** The stylesheet and icon, read once; their URLs carry a digest of the content, so browsers may keep them. */
@Injectable()
export class DeskAssets implements Assets {
  private readonly files = new Map((Object.keys(TYPES) as AssetName[]).map((name) => {
    const body = readFileSync(join(__dirname, 'assets', name));
    return [name, { body, type: TYPES[name], url: `/desk/assets/${name}?v=${createHash('sha256').update(body).digest('hex').slice(0, 12)}` }];
  }));

  readonly stylesheet = this.files.get('desk.css')!.url;
  readonly icon = this.files.get('icon.svg')!.url;

  get(name: string): { body: Buffer; type: string } | null {
    return Object.hasOwn(TYPES, name) ? this.files.get(name as AssetName)! : null;
  }
}
