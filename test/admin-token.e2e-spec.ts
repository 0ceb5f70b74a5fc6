import { createApp } from '../src/app';
import { loadEnvironment } from '../src/config/environment';
import { bearer, freshDatabase } from './harness';
import request from 'supertest';

describe('CROSSCHECK_ADMIN_TOKEN', () => {
  it('makes an admin key on start, keeps it on restart, and revokes it when the token changes', async () => {
    const database = await freshDatabase();
    const start = async (token: string) =>
      createApp(loadEnvironment({ DATABASE_URL: database.url, CROSSCHECK_ADMIN_TOKEN: token, LOG_LEVEL: 'error' }));
    try {
      let app = await start('first-token-0123456789');
      await request(app.getHttpServer()).get('/users').set(bearer('first-token-0123456789')).expect(200);
      await app.close();

      app = await start('first-token-0123456789');
      const users = await request(app.getHttpServer()).get('/users').set(bearer('first-token-0123456789')).expect(200);
      expect(users.body.items).toEqual([expect.objectContaining({ name: 'admin', role: 'admin' })]);
      await app.close();

      app = await start('second-token-0123456789');
      await request(app.getHttpServer()).get('/users').set(bearer('first-token-0123456789')).expect(401);
      const again = await request(app.getHttpServer()).get('/users').set(bearer('second-token-0123456789')).expect(200);
      expect(again.body.items).toHaveLength(1);
      const audit = await request(app.getHttpServer()).get('/audit?entity=api_key').set(bearer('second-token-0123456789')).expect(200);
      expect(audit.body.items.map((entry: any) => entry.action)).toEqual(['create', 'update', 'create']);
      await app.close();
    } finally {
      await database.drop();
    }
  });
});
