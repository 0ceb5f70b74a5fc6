import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ACCESS_KEY, Access, SESSION_KEY } from '../src/auth/access.decorator';

export interface Route {
  method: string;
  path: string;
  access: Access | undefined;
  /** A desk page: signed in by the session cookie rather than the Authorization header. */
  session: boolean;
}

function join(...parts: string[]): string {
  return '/' + parts.map((part) => part.replace(/^\/|\/$/g, '')).filter(Boolean).join('/');
}

/** Every route the app serves through a controller, read from the same metadata Nest routes by. */
export function routeTable(app: NestFastifyApplication): Route[] {
  const routes: Route[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const base: string = Reflect.getMetadata(PATH_METADATA, controller) ?? '';
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path: string | undefined = Reflect.getMetadata(PATH_METADATA, handler);
        const method: RequestMethod | undefined = Reflect.getMetadata(METHOD_METADATA, handler);
        if (path === undefined || method === undefined) continue;
        const access: Access | undefined = Reflect.getMetadata(ACCESS_KEY, handler) ?? Reflect.getMetadata(ACCESS_KEY, controller);
        const session: boolean = Reflect.getMetadata(SESSION_KEY, handler) ?? Reflect.getMetadata(SESSION_KEY, controller) ?? false;
        routes.push({ method: RequestMethod[method], path: join(base, path), access, session });
      }
    }
  }
  return routes.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}
