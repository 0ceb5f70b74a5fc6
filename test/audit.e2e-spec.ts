import { claimBody, eventBody, sourceBody } from './factories';
import { bearer, startTestApp, TestApp } from './harness';

describe('audit: every write leaves exactly one entry with its actor', () => {
  let t: TestApp;
  let editorId: string;
  let adminId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const users = await t.http().get('/users').set(bearer(t.adminKey)).expect(200);
    editorId = users.body.items.find((u: any) => u.role === 'editor').id;
    adminId = t.admin.userId;
  });
  afterAll(() => t.close());

  async function entries(entity: string, entityId: string) {
    // User and key entries are for admins (issue 16); every other entry is readable by every role.
    const key = entity === 'user' || entity === 'api_key' ? t.adminKey : t.keys.viewer;
    const response = await t.http().get('/audit').query({ entity, entityId }).set(bearer(key)).expect(200);
    return response.body.items as Array<{ actorId: string; action: string; before: any; after: any; at: string }>;
  }

  async function write(method: 'post' | 'patch' | 'delete', path: string, key: string, body?: object) {
    const response = await t.http()[method](path).set(bearer(key)).send(body);
    expect(response.status).toBeLessThan(300);
    return response.body;
  }

  it('audits sources: create, update, delete, with values before and after', async () => {
    const source = await write('post', '/sources', t.keys.editor, sourceBody({ name: 'Audited source' }));
    await write('patch', `/sources/${source.id}`, t.keys.editor, { reliability: 'B' });
    await write('delete', `/sources/${source.id}`, t.keys.editor);
    const log = await entries('source', source.id);
    expect(log.map((e) => [e.action, e.actorId])).toEqual([['create', editorId], ['update', editorId], ['delete', editorId]]);
    expect(log[0].before).toBeNull();
    expect(log[0].after).toMatchObject({ name: 'Audited source' });
    expect(log[1].before.reliability).toBe('C');
    expect(log[1].after.reliability).toBe('B');
    expect(log[2].after).toBeNull();
  });

  it('audits documents, events and claims', async () => {
    const source = await write('post', '/sources', t.keys.editor, sourceBody());
    const document = await write('post', '/documents', t.keys.editor, { title: 'A document', text: 'Some text.' });
    const event = await write('post', '/events', t.keys.editor, eventBody());
    await write('patch', `/events/${event.id}`, t.keys.editor, { title: 'Renamed event' });
    const claim = await write('post', '/claims', t.keys.editor, claimBody(source.id, { eventId: event.id, documentId: document.id }));
    await write('patch', `/claims/${claim.id}`, t.keys.editor, { text: 'Changed' });
    await write('delete', `/claims/${claim.id}`, t.keys.editor);

    expect((await entries('document', document.id)).map((e) => [e.action, e.actorId])).toEqual([['create', editorId]]);
    const eventLog = await entries('event', event.id);
    expect(eventLog.map((e) => [e.action, e.actorId])).toEqual([['create', editorId], ['update', editorId]]);
    expect(eventLog[1].after.title).toBe('Renamed event');
    const claimLog = await entries('claim', claim.id);
    expect(claimLog.map((e) => [e.action, e.actorId])).toEqual([['create', editorId], ['update', editorId], ['delete', editorId]]);
    expect(claimLog[1].before.text).toBe(claim.text);
    expect(claimLog[1].after).toMatchObject({ text: 'Changed', version: 2 });
    expect(claimLog[2].before.facets).toHaveLength(1);
  });

  it('audits attributes, users and API keys, and never writes a key into the log', async () => {
    await write('post', '/attributes', t.adminKey, { name: 'audited_attribute', kind: 'category' });
    const user = await write('post', '/users', t.adminKey, { name: 'Audited user', role: 'viewer' });
    const key = await write('post', `/users/${user.id}/api-keys`, t.adminKey, {});
    expect((await entries('attribute', 'audited_attribute')).map((e) => [e.action, e.actorId])).toEqual([['create', adminId]]);
    expect((await entries('user', user.id)).map((e) => [e.action, e.actorId])).toEqual([['create', adminId]]);
    const keyLog = await entries('api_key', key.id);
    expect(keyLog.map((e) => [e.action, e.actorId])).toEqual([['create', adminId]]);
    expect(JSON.stringify(keyLog)).not.toContain(key.key);
  });

  it('leaves no entry for a refused write', async () => {
    const [{ count: before }] = await t.dataSource.query('SELECT COUNT(*) AS count FROM audit_entries');
    await t.http().post('/sources').set(bearer(t.keys.editor)).send({ name: 'x', kind: 'nonsense' }).expect(400);
    await t.http().post('/sources').set(bearer(t.keys.viewer)).send(sourceBody()).expect(403);
    const [{ count: after }] = await t.dataSource.query('SELECT COUNT(*) AS count FROM audit_entries');
    expect(Number(after)).toBe(Number(before));
  });
});
