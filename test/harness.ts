import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LoggerService } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app';
import { Actor } from '../src/auth/access.decorator';
import { AuthService } from '../src/auth/auth.service';
import { Environment, loadEnvironment } from '../src/config/environment';
import { Role } from '../src/users/user.entity';
import { Contract } from './contract';

/**
 * A running Crosscheck on a database of its own, migrated by the real migrations: a fresh SQLite
 * file by default, or, when DATABASE_URL points at PostgreSQL, a fresh database on that server,
 * dropped at the end. The same e2e suite runs on both.
 */
export interface TestApp {
  app: NestFastifyApplication;
  environment: Environment;
  dataSource: DataSource;
  adminKey: string;
  admin: Actor;
  /** Keys for a user of each role, made through the API. */
  keys: Record<Role, string>;
  http(): ReturnType<typeof request>;
  /** Problems found so far by checking responses against the OpenAPI document; close() fails on any. */
  contract(): string[];
  /** Leaves responses of this status out of the contract check: for a test that makes the server fail on purpose. */
  tolerate(status: number): void;
  /** A listening URL for tests that need real concurrent HTTP connections. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

export const onPostgres = (process.env.DATABASE_URL ?? '').startsWith('postgres');

export async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base || !onPostgres) {
    const folder = mkdtempSync(join(tmpdir(), 'crosscheck-test-'));
    return { url: `sqlite:${join(folder, 'crosscheck.sqlite')}`, drop: async () => rmSync(folder, { recursive: true, force: true }) };
  }
  // TEST_DATABASE_PREFIX=crosscheck_<name> when several people test on one server.
  const name = `${process.env.TEST_DATABASE_PREFIX ?? 'crosscheck_t'}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

export async function startTestApp(env: Record<string, string> = {}, options: { logger?: LoggerService } = {}): Promise<TestApp> {
  const database = await freshDatabase();
  const adminKey = `test_admin_${randomBytes(16).toString('hex')}`;
  const environment = loadEnvironment({
    DATABASE_URL: database.url,
    CROSSCHECK_ADMIN_TOKEN: adminKey,
    LOG_LEVEL: 'error',
    RATE_LIMIT_PER_MINUTE: '0',
    ...env,
  });
  const contract: { current: Contract | null; seen: Array<Parameters<Contract['check']>> } = { current: null, seen: [] };
  const app = await createApp(environment, {
    ...options,
    beforeInit: (nest) => nest.getHttpAdapter().getInstance().addHook('onSend', async (request, reply, payload) => {
      const body = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : payload === null || payload === undefined ? '' : null;
      const contentType = reply.getHeader('content-type');
      contract.seen.push([request.method, request.routeOptions.url, request.url, reply.statusCode, typeof contentType === 'string' ? contentType : undefined, body || null]);
      return payload;
    }),
  });
  const document = (await request(app.getHttpServer()).get('/docs-json').expect(200)).body;
  contract.current = new Contract(document);
  const tolerated = new Set<number>();
  const problems = () => {
    for (const seen of contract.seen.splice(0)) if (!tolerated.has(seen[3])) contract.current!.check(...seen);
    return contract.current!.problems;
  };
  const admin = (await app.get(AuthService).actorForKey(adminKey))!;
  const http = () => request(app.getHttpServer());
  const keys = { admin: adminKey } as Record<Role, string>;
  for (const role of ['editor', 'reviewer', 'viewer'] as const) {
    const user = await http().post('/users').set('Authorization', `Bearer ${adminKey}`).send({ name: `${role} one`, role }).expect(201);
    const key = await http().post(`/users/${user.body.id}/api-keys`).set('Authorization', `Bearer ${adminKey}`).send({}).expect(201);
    keys[role] = key.body.key;
  }
  let listening: string | null = null;
  return {
    app,
    environment,
    dataSource: app.get(DataSource),
    adminKey,
    admin,
    keys,
    http,
    async listen() {
      if (!listening) {
        await app.listen({ port: 0, host: '127.0.0.1' });
        listening = await app.getUrl();
      }
      return listening;
    },
    contract: problems,
    tolerate: (status) => void tolerated.add(status),
    async close() {
      await app.close();
      await database.drop();
      const found = [...new Set(problems())];
      if (found.length) throw new Error(`Responses the OpenAPI document does not declare (${found.length}):\n${found.slice(0, 30).join('\n')}`);
    },
  };
}

export const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

/** Signs in through the desk's form: the session cookie, and the form token its pages carry. */
export async function deskSession(t: TestApp, key: string): Promise<{ cookie: string; token: string }> {
  const response = await t.http().post('/desk/sign-in').type('form').send({ key, next: '/desk' }).expect(303);
  const cookie = String(response.headers['set-cookie']).split(';')[0];
  const page = await t.http().get('/desk').set('Cookie', cookie).expect(200);
  const token = /name="_csrf" value="([^"]+)"/.exec(page.text)![1];
  return { cookie, token };
}
