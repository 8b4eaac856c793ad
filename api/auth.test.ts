import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import request from 'supertest';
import { LoginLimiter } from './auth/rate-limit';
import { issueToken } from './auth/tokens';
import { AGENT_EMAIL, AGENT_PASSWORD, startApiHarness, type ApiHarness } from '../tests/support/api-harness';

let h: ApiHarness;
before(async () => {
  h = await startApiHarness();
});
after(() => h?.close());

test('login with the seeded admin returns a token and the user', async () => {
  const response = await request(h.app).post('/auth/login').send({ email: 'Admin@URackIT.local', password: 'admin123' }).expect(200);
  assert.equal(typeof response.body.token, 'string');
  assert.deepEqual(Object.keys(response.body.user).sort(), ['email', 'id', 'name', 'role', 'supportAgentId']);
  assert.equal(response.body.user.role, 'admin');
  const me = await request(h.app).get('/auth/me').set('Authorization', `Bearer ${response.body.token}`).expect(200);
  assert.equal(me.body.email, 'admin@urackit.local');
  const user = await h.db.prisma.user.findUniqueOrThrow({ where: { email: 'admin@urackit.local' } });
  assert.ok(user.lastLoginAt, 'last login is recorded');
});

test('a wrong password and an unknown e-mail get the same 401', async () => {
  const wrong = await request(h.app).post('/auth/login').send({ email: AGENT_EMAIL, password: 'nope' }).expect(401);
  const unknown = await request(h.app).post('/auth/login').send({ email: 'ghost@urackit.local', password: 'nope' }).expect(401);
  assert.equal(wrong.body.error.code, 'UNAUTHENTICATED');
  assert.equal(wrong.body.error.message, unknown.body.error.message);
});

test('a malformed login body is a 400 with details', async () => {
  const response = await request(h.app).post('/auth/login').send({ email: 'not-an-email' }).expect(400);
  assert.equal(response.body.error.code, 'VALIDATION');
  assert.ok(Array.isArray(response.body.error.details));
});

test('repeated failures from one address are rate limited, and the limit is per address', async () => {
  const limiter = new LoginLimiter(2, 60_000);
  limiter.recordFailure('10.0.0.1');
  limiter.recordFailure('10.0.0.1');
  assert.throws(() => limiter.assertAllowed('10.0.0.1'), /too many failed logins/);
  assert.doesNotThrow(() => limiter.assertAllowed('10.0.0.2'));
  // Through HTTP, with an app of its own so the other tests' logins are not limited.
  const app = h.makeApp({ loginLimiter: new LoginLimiter(2, 60_000) });
  await request(app).post('/auth/login').send({ email: AGENT_EMAIL, password: AGENT_PASSWORD }).expect(200);
  await request(app).post('/auth/login').send({ email: AGENT_EMAIL, password: 'nope' }).expect(401);
  await request(app).post('/auth/login').send({ email: AGENT_EMAIL, password: 'nope' }).expect(401);
  const limited = await request(app).post('/auth/login').send({ email: AGENT_EMAIL, password: AGENT_PASSWORD }).expect(429);
  assert.equal(limited.body.error.code, 'RATE_LIMITED');
});

test('routes other than /health and /auth/login need a bearer token', async () => {
  await request(h.app).get('/health').expect(200);
  const missing = await request(h.app).get('/tickets').expect(401);
  assert.equal(missing.body.error.code, 'UNAUTHENTICATED');
  await request(h.app).get('/auth/me').expect(401);
  await request(h.app).get('/tickets').set('Authorization', 'Bearer not.a.jwt').expect(401);
  const foreign = await issueToken({ id: 1, email: 'x@y.z', name: 'X', role: 'admin' }, 'another-secret-0123456789');
  await request(h.app).get('/tickets').set('Authorization', `Bearer ${foreign}`).expect(401);
});

test('roles: users are admin-only, agents read and act on tickets but write nothing else', async () => {
  await request(h.app).get('/users').set(h.bearer('admin')).expect(200);
  const agentUsers = await request(h.app).get('/users').set(h.bearer('agent')).expect(403);
  assert.equal(agentUsers.body.error.code, 'FORBIDDEN');
  await request(h.app).get('/users').set(h.bearer('supervisor')).expect(403);
  await request(h.app).get('/organizations').set(h.bearer('agent')).expect(200);
  await request(h.app).post('/organizations').set(h.bearer('agent')).send({ name: 'X', ueCode: 'UE-9999' }).expect(403);
  await request(h.app).post('/organizations').set(h.bearer('supervisor')).send({ name: 'Supervised Inc', ueCode: 'UE-9998' }).expect(201);
  const ticket = await h.db.prisma.supportTicket.findFirstOrThrow();
  await request(h.app).post(`/tickets/${ticket.id}/messages`).set(h.bearer('agent')).send({ body: 'On it' }).expect(200);
});

test('user records never expose the password hash; admins cannot delete themselves', async () => {
  const list = await request(h.app).get('/users').set(h.bearer('admin')).expect(200);
  assert.ok(list.body.length >= 3);
  for (const user of list.body) assert.equal('passwordHash' in user, false);
  const created = await request(h.app)
    .post('/users')
    .set(h.bearer('admin'))
    .send({ email: 'new.agent@urackit.local', name: 'New Agent', role: 'agent', password: 'long-enough' })
    .expect(201);
  assert.equal('passwordHash' in created.body, false);
  await request(h.app).post('/auth/login').send({ email: 'new.agent@urackit.local', password: 'long-enough' }).expect(200);
  const admin = list.body.find((user: { email: string }) => user.email === 'admin@urackit.local');
  await request(h.app).delete(`/users/${admin.id}`).set(h.bearer('admin')).expect(409);
});
