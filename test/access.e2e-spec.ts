import { ROLES } from '../src/users/user.entity';
import { bearer, startTestApp, TestApp } from './harness';
import { Route, routeTable } from './route-table';

const UNKNOWN_ID = '0192f1d2-7c3a-7b1e-9f00-3a5c2e1d4b6a';

function call(t: TestApp, route: Route, key?: string) {
  const url = route.path.replace(/:[A-Za-z]+/g, UNKNOWN_ID);
  const method = route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete' | 'put';
  const request = t.http()[method](url);
  if (key) request.set(bearer(key));
  return method === 'get' || method === 'delete' ? request : request.send({});
}

describe('access: every route with every role', () => {
  let t: TestApp;
  let routes: Route[];

  beforeAll(async () => {
    t = await startTestApp();
    // The desk's pages sign in by cookie and answer with pages: test/desk-access.e2e-spec.ts walks them.
    routes = routeTable(t.app).filter((route) => !route.session);
  });
  afterAll(() => t.close());

  it('finds the routes of the contract in the route table', () => {
    const names = routes.map((route) => `${route.method} ${route.path}`);
    expect(names).toEqual(expect.arrayContaining([
      'POST /claims', 'GET /claims/:id', 'PATCH /claims/:id', 'DELETE /claims/:id', 'GET /events/:id/claims',
      'POST /sources', 'DELETE /sources/:id', 'POST /documents', 'POST /events', 'PATCH /events/:id', 'GET /attributes',
      'POST /attributes', 'POST /users', 'POST /users/:id/api-keys', 'GET /audit', 'GET /health',
    ]));
  });

  it('has every route declare who may call it, the desk\'s pages too', () => {
    const undeclared = routeTable(t.app).filter((route) => route.access === undefined).map((route) => `${route.method} ${route.path}`);
    expect(undeclared).toEqual([]);
  });

  it('lets no viewer write, through the API or the desk', () => {
    // Signing out of the desk is a post that changes nothing stored; event suggestions are a read whose body (an article) is too long for a query string.
    const writable = routeTable(t.app).filter((route) => route.method !== 'GET' && route.path !== '/desk/sign-out' && route.path !== '/events/suggestions'
      && route.access && !route.access.public && route.access.roles.includes('viewer'));
    expect(writable).toEqual([]);
  });

  it('answers 401 without a key, and with an unknown key, on every route but the public ones', async () => {
    for (const route of routes) {
      if (route.access?.public) continue;
      const anonymous = await call(t, route);
      expect({ route: `${route.method} ${route.path}`, status: anonymous.status }).toEqual({ route: `${route.method} ${route.path}`, status: 401 });
      expect(anonymous.body.code).toBe('UNAUTHENTICATED');
      const forged = await call(t, route, 'cc_not-a-real-key');
      expect(forged.status).toBe(401);
    }
  });

  it('answers 403 to a role the route does not allow, and never 401/403/5xx to one it does', async () => {
    for (const route of routes) {
      if (route.access?.public) continue;
      for (const role of ROLES) {
        const response = await call(t, route, t.keys[role]);
        const seen = { route: `${route.method} ${route.path}`, role, status: response.status };
        if (route.access!.roles.includes(role)) {
          expect(seen.status === 401 || seen.status === 403 || seen.status >= 500 ? seen : 'ok').toBe('ok');
        } else {
          expect(seen).toEqual({ ...seen, status: 403 });
          expect(response.body.code).toBe('FORBIDDEN');
          expect(response.body.message).toMatch(/needs the role/);
        }
      }
    }
  });
});
