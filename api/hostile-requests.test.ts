import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SignJWT, UnsecuredJWT } from 'jose';
import request from 'supertest';
import { startApiHarness, type ApiHarness } from '../tests/support/api-harness';
import { snapshotDatabase } from '../tests/support/db-snapshot';
import { plainResources } from './resources/catalog';
import { calls } from './calls/resource';
import { callbacks } from './resources/callbacks';
import { organizations } from './resources/organizations';
import { tickets } from './tickets/resource';

/**
 * What an attacker, a broken client or a fuzzer sends: forged and expired tokens, a role reaching
 * above itself, bodies too big or not JSON, and SQL or Prisma-filter injection in every list
 * filter. Each must be a clear 4xx (or an empty list), never a 5xx, never a row it should not see.
 */

let h: ApiHarness;
before(async () => {
  h = await startApiHarness();
});
after(() => h?.close());

const SECRET_CLAIMS = { email: 'admin@urackit.local', name: 'Mallory', role: 'admin' };

async function adminUserId(): Promise<string> {
  const admin = await h.db.prisma.user.findUniqueOrThrow({ where: { email: 'admin@urackit.local' } });
  return String(admin.id);
}

function signed(secret: string, build: (jwt: SignJWT) => SignJWT): Promise<string> {
  return build(new SignJWT(SECRET_CLAIMS).setProtectedHeader({ alg: 'HS256' })).sign(new TextEncoder().encode(secret));
}

async function expectRefused(token: string, why: string): Promise<void> {
  const response = await request(h.app).get('/users').set('Authorization', `Bearer ${token}`);
  assert.equal(response.status, 401, `${why}: ${response.status} ${JSON.stringify(response.body)}`);
  assert.equal(response.body.error.code, 'UNAUTHENTICATED', why);
}

test('forged and expired tokens are refused: alg none, wrong key, expired, wrong issuer or audience, bad claims', async () => {
  const sub = await adminUserId();
  const now = Math.floor(Date.now() / 1000);
  const valid = (jwt: SignJWT) => jwt.setSubject(sub).setIssuer('urackit').setAudience('urackit-panel');
  const unsecured = new UnsecuredJWT(SECRET_CLAIMS)
    .setSubject(sub)
    .setIssuer('urackit')
    .setAudience('urackit-panel')
    .setExpirationTime('1h')
    .encode();
  await expectRefused(unsecured, 'alg none');
  // The same token with the header rewritten to claim HS256 but no signature.
  const [, payload] = unsecured.split('.');
  const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
  await expectRefused(`${header}.${payload}.`, 'HS256 header, empty signature');
  await expectRefused(await signed('another-secret-0123456789abcdef', (jwt) => valid(jwt).setExpirationTime('1h')), 'wrong key');
  await expectRefused(
    await signed(h.config.JWT_SECRET, (jwt) =>
      valid(jwt)
        .setIssuedAt(now - 7200)
        .setExpirationTime(now - 3600),
    ),
    'expired',
  );
  await expectRefused(await signed(h.config.JWT_SECRET, (jwt) => valid(jwt)), 'no expiry');
  await expectRefused(
    await signed(h.config.JWT_SECRET, (jwt) =>
      jwt.setSubject(sub).setIssuer('someone-else').setAudience('urackit-panel').setExpirationTime('1h'),
    ),
    'wrong issuer',
  );
  await expectRefused(
    await signed(h.config.JWT_SECRET, (jwt) => jwt.setSubject(sub).setIssuer('urackit').setAudience('another-app').setExpirationTime('1h')),
    'wrong audience',
  );
  const godRole = await new SignJWT({ ...SECRET_CLAIMS, role: 'root' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuer('urackit')
    .setAudience('urackit-panel')
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(h.config.JWT_SECRET));
  await expectRefused(godRole, 'a role the policy does not know');
  // A real token with its payload swapped for an admin's keeps the agent's signature: refused.
  const [agentHeader, , agentSignature] = h.tokens.agent.split('.');
  const [, adminPayload] = h.tokens.admin.split('.');
  await expectRefused(`${agentHeader}.${adminPayload}.${agentSignature}`, 'payload swapped');
  for (const header of ['Bearer', 'Basic YWRtaW46YWRtaW4xMjM=', `Token ${h.tokens.admin}`, `Bearer ${h.tokens.admin} extra`]) {
    assert.equal((await request(h.app).get('/users').set('Authorization', header)).status, 401, header);
  }
});

test('an agent cannot do what supervisors and admins do, and nothing changes when refused', async () => {
  const before = await snapshotDatabase(h.db.prisma);
  const agent = h.bearer('agent');
  const supervisor = h.bearer('supervisor');
  const org = await h.db.prisma.organization.findFirstOrThrow();
  const call = await h.db.prisma.callLog.findFirstOrThrow();
  const agentUser = await h.db.prisma.user.findUniqueOrThrow({ where: { email: 'agent@urackit.local' } });
  const refusals: [string, () => request.Test][] = [
    ['agent lists users', () => request(h.app).get('/users').set(agent)],
    ['agent promotes itself', () => request(h.app).patch(`/users/${agentUser.id}`).set(agent).send({ role: 'admin' })],
    [
      'agent creates an admin',
      () => request(h.app).post('/users').set(agent).send({ email: 'x@y.io', name: 'X', role: 'admin', password: 'long-enough' }),
    ],
    [
      'supervisor creates an admin',
      () => request(h.app).post('/users').set(supervisor).send({ email: 'x@y.io', name: 'X', role: 'admin', password: 'long-enough' }),
    ],
    ['supervisor promotes itself', () => request(h.app).patch(`/users/${agentUser.id}`).set(supervisor).send({ role: 'admin' })],
    ['agent edits an organisation', () => request(h.app).patch(`/organizations/${org.id}`).set(agent).send({ isVip: true })],
    ['agent deletes an organisation', () => request(h.app).delete(`/organizations/${org.id}`).set(agent)],
    ['agent edits an SLA policy', () => request(h.app).post('/sla-policies').set(agent).send({})],
    ['agent whispers on a call', () => request(h.app).post(`/calls/${call.id}/whisper`).set(agent).send({ note: 'hi' })],
    ['agent takes over a call', () => request(h.app).post(`/calls/${call.id}/take-over`).set(agent).send({ technicianId: 1 })],
    ['agent ends a call', () => request(h.app).post(`/calls/${call.id}/end`).set(agent).send({})],
    ['agent cancels a callback', () => request(h.app).post('/callbacks/1/cancel').set(agent).send({})],
  ];
  for (const [what, send] of refusals) {
    const response = await send();
    assert.equal(response.status, 403, `${what}: ${response.status} ${JSON.stringify(response.body)}`);
    assert.equal(response.body.error.code, 'FORBIDDEN', what);
  }
  assert.deepEqual(await snapshotDatabase(h.db.prisma), before, 'a refused request changes nothing');
  assert.equal(h.commands.calls.length, 0, 'no command reached a workflow');
});

test('oversized, malformed and wrongly typed bodies are clear 4xx and change nothing', async () => {
  const before = await snapshotDatabase(h.db.prisma);
  const admin = h.bearer('admin');
  const huge = JSON.stringify({ name: 'x'.repeat(300 * 1024), ueCode: 'UE-1234' });
  const tooBig = await request(h.app).post('/organizations').set(admin).set('Content-Type', 'application/json').send(huge);
  assert.equal(tooBig.status, 413);
  assert.equal(tooBig.body.error.code, 'PAYLOAD_TOO_LARGE');
  const aiTooBig = await request(h.app)
    .post('/ai/classify')
    .set(admin)
    .send({ text: 'x'.repeat(70 * 1024) });
  assert.equal(aiTooBig.status, 413);
  const bodies: [string, string][] = [
    ['truncated JSON', '{"name": "Acme", "ueCode": '],
    ['not JSON', 'name=Acme&ueCode=UE-1234'],
    ['a JSON string', '"UE-1234"'],
    ['a JSON array', '[{"name":"Acme"}]'],
    ['null', 'null'],
    ['NUL characters', '{"name":"Ac\\u0000me","ueCode":"UE-1234"}'],
    ['a NUL in a key', '{"na\\u0000me":"Acme","ueCode":"UE-1234"}'],
    ['deeply nested', `{"name":${'['.repeat(100)}${']'.repeat(100)},"ueCode":"UE-1234"}`],
    ['a number for a string', '{"name":42,"ueCode":"UE-1234"}'],
    ['a name over its limit as sent (a fuzz finding)', JSON.stringify({ name: ` ${'x'.repeat(200)}`, ueCode: 'UE-1234' })],
    ['prototype pollution', '{"__proto__":{"role":"admin"},"constructor":{"prototype":{"x":1}},"name":"Acme","ueCode":"bad"}'],
  ];
  for (const [what, body] of bodies) {
    const response = await request(h.app).post('/organizations').set(admin).set('Content-Type', 'application/json').send(body);
    assert.ok(response.status >= 400 && response.status < 500, `${what}: ${response.status}`);
    assert.equal(typeof response.body.error?.code, 'string', `${what}: the one error shape`);
  }
  const wrongType = await request(h.app).post('/organizations').set(admin).set('Content-Type', 'text/plain').send('Acme');
  assert.equal(wrongType.status, 400, 'a non-JSON content type is an empty, invalid body');
  const ticket = await h.db.prisma.supportTicket.findFirstOrThrow();
  const badAction = await request(h.app).post(`/tickets/${ticket.id}/assign`).set(admin).send({ agentId: '1; DROP TABLE users' });
  assert.equal(badAction.status, 400);
  assert.deepEqual(await snapshotDatabase(h.db.prisma), before);
  assert.equal(({} as Record<string, unknown>).role, undefined, 'no prototype was polluted');
});

const INJECTIONS = [
  "' OR '1'='1",
  "1' OR 1=1 --",
  '1; DROP TABLE users; --',
  "x' UNION SELECT password_hash FROM users --",
  '%',
  '_',
  '\\',
  '*',
  '{"contains":""}',
  '[1,2,3]',
  '$where',
  '1e400',
  '-1',
  '0x10',
  'true',
  '../../etc/passwd',
  '😀'.repeat(50),
  'a'.repeat(1000),
];

/** Filter values as JSON (react-admin's `filter`) that try to pass Prisma operators instead of values. */
const OPERATOR_INJECTIONS: unknown[] = [
  { contains: '' },
  { not: -1 },
  { gt: 0 },
  { in: [1, 2, 3] },
  { equals: undefined },
  ['a', { contains: '' }],
  { OR: [{ id: { gt: 0 } }] },
  null,
  {},
];

const listed = [organizations, tickets, calls, callbacks, ...plainResources];

test('SQL and filter injection in every list filter: 4xx or an empty list, never a 5xx, never extra rows', async () => {
  let requests = 0;
  for (const def of listed) {
    const total = Number((await request(h.app).get(`/${def.name}`).set(h.bearer('admin')).expect(200)).headers['x-total-count']);
    for (const key of Object.keys(def.list.filters)) {
      for (const value of INJECTIONS) {
        for (const query of [{ [key]: value }, { filter: JSON.stringify({ [key]: value }) }]) {
          const response = await request(h.app).get(`/${def.name}`).query(query).set(h.bearer('admin'));
          requests += 1;
          const where = `${def.name}?${key}=${value.slice(0, 40)}`;
          assert.ok(response.status === 200 || response.status === 400, `${where}: ${response.status}`);
          if (response.status === 200) {
            const matched = Number(response.headers['x-total-count']);
            assert.ok(matched === 0 || (key === 'q' && matched <= total) || matched <= total, `${where}: ${matched} of ${total}`);
            if (
              key !== 'q' &&
              ![
                'active',
                'isPrimary',
                'isVip',
                'wasEscalated',
                'aiResolution',
                'slaBreached',
                'open',
                'escalated',
                'businessHoursOnly',
              ].includes(key)
            ) {
              assert.ok(matched < total || total === 0, `${where}: an injected value matched every row`);
            }
          }
        }
      }
      for (const value of OPERATOR_INJECTIONS) {
        const response = await request(h.app)
          .get(`/${def.name}`)
          .query({ filter: JSON.stringify({ [key]: value }) })
          .set(h.bearer('admin'));
        requests += 1;
        const where = `${def.name} filter ${key}=${JSON.stringify(value)}`;
        assert.ok(response.status === 200 || response.status === 400, `${where}: ${response.status}`);
        if (response.status === 200 && value !== null && !(typeof value === 'object' && Object.keys(value as object).length === 0)) {
          assert.fail(`${where}: an operator object was accepted as a filter value`);
        }
      }
    }
    for (const sort of ['id; DROP TABLE users', 'passwordHash', '["passwordHash","ASC"]', '["id","ASC; --"]', 'organization.name']) {
      const response = await request(h.app).get(`/${def.name}`).query({ sort }).set(h.bearer('admin'));
      requests += 1;
      assert.equal(response.status, 400, `${def.name} sort=${sort}`);
    }
    const unknownFilter = await request(h.app).get(`/${def.name}`).query({ passwordHash: 'x' }).set(h.bearer('admin'));
    assert.equal(unknownFilter.status, 400, `${def.name}: an unknown filter is refused, not ignored`);
  }
  assert.ok(requests > 1000, `${requests} requests`);
  assert.equal(await h.db.prisma.user.count({ where: { email: 'admin@urackit.local' } }), 1, 'the users table is still there');
});

test('an agent cannot read users through a filter, an include or a nested list', async () => {
  for (const path of ['/users', '/users/1', '/users?role=admin', '/users?filter={"role":"admin"}']) {
    assert.equal((await request(h.app).get(path).set(h.bearer('agent'))).status, 403, path);
  }
  for (const path of ['/tickets?mine=maybe', '/calls?mine=1%3D1', '/tickets?filter={"mine"']) {
    assert.equal((await request(h.app).get(path).set(h.bearer('agent'))).status, 400, path);
  }
  const contacts = await request(h.app).get('/contacts').query({ embed: 'users', filter: '{"q":"admin"}' }).set(h.bearer('agent'));
  assert.equal(contacts.status, 200);
  for (const row of contacts.body as Record<string, unknown>[]) assert.equal('passwordHash' in row, false);
});

test('text filters match their value exactly, ignoring case; LIKE wildcards mean themselves', async () => {
  const count = async (query: Record<string, string>) =>
    Number((await request(h.app).get('/organizations').query(query).set(h.bearer('agent')).expect(200)).headers['x-total-count']);
  assert.equal(await count({ ueCode: 'ue-1042' }), 1);
  for (const pattern of ['%', 'UE-10%', 'UE_1042', '_E-1042', 'UE-1042\\']) assert.equal(await count({ ueCode: pattern }), 0, pattern);
  const login = await request(h.app).post('/auth/login').send({ email: 'a_min@urackit.local', password: 'admin123' });
  assert.equal(login.status, 401, 'an underscore in an e-mail does not stand for any character');
});
