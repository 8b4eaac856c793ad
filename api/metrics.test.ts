import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import request from 'supertest';
import { parseConfig } from '../domain/config';
import { startApiHarness, type ApiHarness } from '../tests/support/api-harness';

let h: ApiHarness;

before(async () => {
  h = await startApiHarness();
});
after(async () => {
  await h?.close();
});

/** The value of one series in a Prometheus exposition, or undefined when it is absent. */
function sample(exposition: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  const line = exposition
    .split('\n')
    .find((candidate) =>
      candidate.startsWith(`${name}{`) || candidate.startsWith(`${name} `) ? wanted.every((part) => candidate.includes(part)) : false,
    );
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

test('/metrics has a latency histogram per route pattern after requests, ids folded into the pattern', async () => {
  const app = h.makeApp();
  const [call] = await h.db.prisma.callLog.findMany({ take: 1 });
  assert.ok(call, 'the seed has calls');
  await request(app).get('/calls').set(h.bearer('supervisor')).expect(200);
  await request(app).get(`/calls/${call.id}`).set(h.bearer('supervisor')).expect(200);
  await request(app).get('/calls/999999999').set(h.bearer('supervisor')).expect(404);

  const response = await request(app).get('/metrics').expect(200);
  assert.match(response.headers['content-type'] ?? '', /^text\/plain/);
  const text = response.text;
  const bucket = 'urackit_http_request_duration_seconds_bucket';
  assert.equal(sample(text, bucket, { route: '/calls', status: '200', le: '+Inf', service: 'api' }), 1);
  assert.equal(sample(text, bucket, { route: '/calls/:id', status: '200', le: '+Inf' }), 1);
  assert.equal(sample(text, bucket, { route: '/calls/:id', status: '404', le: '+Inf' }), 1);
  assert.ok(!text.includes(`/calls/${call.id}"`), 'a raw id is never a label value');
  assert.ok((sample(text, 'urackit_http_request_duration_seconds_sum', { route: '/calls', status: '200' }) ?? 0) > 0);
});

test('calls in progress and SLA breaches are read from the read model when scraped', async () => {
  const app = h.makeApp();
  const inProgress = await h.db.prisma.callLog.count({ where: { status: 'in_progress' } });
  await h.db.prisma.callLog.create({ data: { callSid: 'CA-metrics-live', status: 'in_progress' } });
  const [ticket] = await h.db.prisma.supportTicket.findMany({ take: 1 });
  assert.ok(ticket, 'the seed has tickets');
  const breaches = await h.db.prisma.ticketEscalation.count({ where: { trigger: 'sla_breach' } });
  await h.db.prisma.ticketEscalation.create({
    data: { ticketId: ticket.id, level: 1, trigger: 'sla_breach', reason: 'resolution target breached' },
  });

  const text = (await request(app).get('/metrics').expect(200)).text;
  assert.equal(sample(text, 'urackit_calls_in_progress'), inProgress + 1);
  assert.equal(sample(text, 'urackit_sla_breaches_total'), breaches + 1);
  assert.notEqual(sample(text, 'urackit_tickets_open_sla_breached'), undefined);
});

test('with METRICS_TOKEN set, a scrape without the token is refused', async () => {
  const token = 'metrics-token-0123456789';
  const app = h.makeApp({
    config: { ...h.config, ...parseConfig({ NODE_ENV: 'test', METRICS_TOKEN: token, JWT_SECRET: h.config.JWT_SECRET }) },
  });
  await request(app).get('/metrics').expect(401);
  await request(app).get('/metrics').set('Authorization', 'Bearer wrong-token-0123456789').expect(401);
  await request(app).get('/metrics').set('Authorization', `Bearer ${token}`).expect(200);
});
