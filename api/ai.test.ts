import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { createAiService } from './ai/service';
import { startApiHarness, type ApiHarness } from '../tests/support/api-harness';
import { startFakeOpenAi, type FakeOpenAi, type ScriptedReply } from '../tests/support/fake-openai';

let h: ApiHarness;
before(async () => {
  h = await startApiHarness();
});
after(async () => {
  await h?.close();
});

const post = (path: string, body: unknown, role: 'admin' | 'supervisor' | 'agent' = 'agent') =>
  request(h.app)
    .post(path)
    .set(h.bearer(role))
    .send(body as object);

async function ticketAbout(subject: string): Promise<number> {
  const ticket = await h.db.prisma.supportTicket.findFirstOrThrow({ where: { subject } });
  return ticket.id;
}

describe('POST /ai/classify (rules brain)', () => {
  test('routes, categorises, prioritises and reads the mood of one utterance, each with a confidence', async () => {
    const { body } = await post('/ai/classify', { text: 'my printer says paper jam and I have had enough of it' }).expect(200);
    assert.equal(body.brain, 'rules');
    assert.equal(body.specialist.value, 'printer');
    assert.equal(body.category.value, 'printer');
    assert.ok(['low', 'medium', 'high', 'critical'].includes(body.priority.value));
    assert.equal(body.sentiment.value, 'negative');
    for (const judgement of [body.specialist, body.category, body.priority, body.sentiment]) {
      assert.ok(judgement.confidence >= 0 && judgement.confidence <= 1, JSON.stringify(judgement));
    }
  });

  test('words that name no system are routed by the knowledge-base article they match', async () => {
    const { body } = await post('/ai/classify', { text: 'there is a stop code' }).expect(200);
    assert.equal(body.specialist.value, 'computer', JSON.stringify(body));
    assert.equal(body.category.value, 'computer');
  });

  test('a request for a person goes to a human', async () => {
    const { body } = await post('/ai/classify', { text: 'can I please speak to a real person' }).expect(200);
    assert.equal(body.specialist.value, 'human');
  });

  test('malformed requests are 400s that name the field; too much text is a 413', async () => {
    const missing = await post('/ai/classify', {}).expect(400);
    assert.deepEqual(
      missing.body.error.details.map((detail: { path: string }) => detail.path),
      ['text'],
    );
    await post('/ai/classify', { text: '   ' }).expect(400);
    await post('/ai/classify', { text: 42 }).expect(400);
    await post('/ai/classify', { text: 'printer', extra: true }).expect(400);
    const long = await post('/ai/classify', { text: 'a'.repeat(4001) }).expect(413);
    assert.match(long.body.message, /text is over its limit of 4000 characters/);
    await post('/ai/classify', { text: 'a'.repeat(4000) }).expect(200);
  });

  test('a body over 64 kB is refused with 413 before anything reads it', async () => {
    const response = await post('/ai/classify', { text: 'x'.repeat(70 * 1024) }).expect(413);
    assert.equal(response.body.error.code, 'PAYLOAD_TOO_LARGE');
  });

  test('only signed-in users may ask', async () => {
    await request(h.app).post('/ai/classify').send({ text: 'printer' }).expect(401);
  });
});

describe('POST /ai/summarize (rules brain)', () => {
  test('summarises a pasted transcript and infers how the call ended', async () => {
    const transcript = [
      'Agent: Thanks for calling, what is going on?',
      'Caller: my printer says paper jam on every page and I cannot print the invoices',
      'Agent: I found a guide. Switch the printer off and open the front door. Did that fix it?',
      'Caller: yes that fixed it, thanks',
      "Agent: Great, glad that's fixed.",
    ].join('\n');
    const { body } = await post('/ai/summarize', { transcript }).expect(200);
    assert.equal(body.brain, 'rules');
    assert.equal(body.outcome, 'resolved');
    assert.equal(body.category, 'printer');
    assert.match(body.summary, /paper jam/i);
    assert.match(body.summary, /Outcome: resolved/);
  });

  test('takes turns as objects too, and honours a given outcome', async () => {
    const { body } = await post('/ai/summarize', {
      transcript: [{ role: 'caller', text: 'outlook keeps asking for my password since this morning' }],
      outcome: 'ticket_created',
    }).expect(200);
    assert.equal(body.outcome, 'ticket_created');
    assert.equal(body.category, 'email');
  });

  test('limits: too many turns is a 413, an unknown role a 400', async () => {
    const turns = Array.from({ length: 401 }, () => ({ role: 'caller', text: 'hello' }));
    await post('/ai/summarize', { transcript: turns }).expect(413);
    await post('/ai/summarize', { transcript: [{ role: 'robot', text: 'hi' }] }).expect(400);
    await post('/ai/summarize', { transcript: [] }).expect(400);
  });
});

describe('POST /ai/search-kb', () => {
  test('ranks articles for what a caller says, with the line that matched', async () => {
    const { body } = await post('/ai/search-kb', { query: 'the printer keeps jamming paper' }).expect(200);
    const [first] = body.results;
    assert.equal(first.slug, 'printer-paper-jam');
    assert.ok(first.id > 0 && first.score > 0);
    assert.ok(first.matchedTerms.length > 0);
    assert.match(first.snippet.text, /jam/i);
    const scores = body.results.map((result: { score: number }) => result.score);
    assert.deepEqual(
      scores,
      [...scores].sort((a, b) => b - a),
      'best first',
    );
  });

  test('finds an article saved a moment ago (no stale cache)', async () => {
    await request(h.app)
      .post('/kb-articles')
      .set(h.bearer('admin'))
      .send({
        slug: 'label-printer-faded',
        title: 'Label printer prints faded labels',
        category: 'printer',
        keywords: ['label printer', 'faded labels'],
        symptoms: ['shipping labels come out faded'],
        steps: ['Clean the print head.'],
        escalateWhen: 'cleaning does not help',
      })
      .expect(201);
    const { body } = await post('/ai/search-kb', { query: 'shipping labels faded', limit: 3 }).expect(200);
    assert.equal(body.results[0].slug, 'label-printer-faded');
  });

  test('limits and validation', async () => {
    await post('/ai/search-kb', { query: 'q'.repeat(501) }).expect(413);
    await post('/ai/search-kb', { query: 'printer', limit: 51 }).expect(400);
    await post('/ai/search-kb', { query: 'printer', category: 'plumbing' }).expect(400);
    const { body } = await post('/ai/search-kb', { query: 'zzzz qqqq' }).expect(200);
    assert.deepEqual(body.results, []);
  });
});

describe('POST /ai/suggest (rules brain)', () => {
  test('a ticket gets next steps, citing only the articles it returns', async () => {
    const ticketId = await ticketAbout('Front desk printer jams on almost every page');
    const { body } = await post('/ai/suggest', { ticketId }).expect(200);
    assert.deepEqual(body.subject, { type: 'ticket', id: ticketId });
    assert.equal(body.brain, 'rules');
    assert.ok(body.actions.length > 0 && body.actions.length <= 5);
    assert.equal(body.articles[0].slug, 'printer-paper-jam');
    const cited = body.actions.filter((action: { kbArticle?: unknown }) => action.kbArticle);
    assert.ok(cited.length > 0, 'at least one action cites the knowledge base');
    const offered = new Set(body.articles.map((article: { slug: string }) => article.slug));
    for (const action of cited) assert.ok(offered.has(action.kbArticle.slug), action.kbArticle.slug);
  });

  test('a phishing ticket is treated as a security incident', async () => {
    const ticketId = await ticketAbout('Phishing: credentials entered on fake invoice page');
    const { body } = await post('/ai/suggest', { ticketId }).expect(200);
    assert.ok(body.actions.some((action: { title: string }) => /security incident/i.test(action.title)));
  });

  test('a call works as well as a ticket', async () => {
    const call = await h.db.prisma.callLog.findFirstOrThrow({ where: { transcript: { not: [] } }, orderBy: { id: 'asc' } });
    const { body } = await post('/ai/suggest', { callId: call.id }).expect(200);
    assert.deepEqual(body.subject, { type: 'call', id: call.id });
  });

  test('exactly one subject, and it must exist', async () => {
    await post('/ai/suggest', {}).expect(400);
    await post('/ai/suggest', { ticketId: 1, callId: 1 }).expect(400);
    await post('/ai/suggest', { ticketId: 'abc' }).expect(400);
    await post('/ai/suggest', { ticketId: 999_999 }).expect(404);
  });
});

describe('/ai/* with a model (OpenAI double)', () => {
  let model: FakeOpenAi;
  let app: ApiHarness['app'];

  async function withModel(script: ScriptedReply[]): Promise<void> {
    await model?.close();
    model = await startFakeOpenAi(script);
    const ai = createAiService({
      prisma: h.db.prisma,
      model: { apiKey: 'sk-test', baseUrl: model.baseUrl, model: 'gpt-4o-mini', timeoutMs: 2000 },
    });
    app = h.makeApp({ ai });
  }
  after(async () => {
    await model?.close();
  });

  test("classify takes the model's judgement and logs what it cost", async () => {
    const answer = {
      specialist: { value: 'network', confidence: 0.9 },
      category: { value: 'network', confidence: 0.85 },
      priority: { value: 'critical', confidence: 0.8 },
      sentiment: { value: 'negative', score: -0.6, frustration: 0.7, confidence: 0.9 },
    };
    await withModel([{ content: JSON.stringify(answer) }]);
    const before = await h.db.prisma.aiUsageLog.count({ where: { purpose: 'classify' } });
    const { body } = await request(app)
      .post('/ai/classify')
      .set(h.bearer('agent'))
      .send({ text: 'nobody in the office can get online' })
      .expect(200);
    assert.deepEqual(body, { ...answer, brain: 'model' });
    assert.match(model.requests[0]!.messages[0]!.content ?? '', /Specialists:/);
    const logged = await h.db.prisma.aiUsageLog.findMany({ where: { purpose: 'classify' }, orderBy: { id: 'desc' } });
    assert.equal(logged.length, before + 1);
    assert.equal(logged[0]!.promptTokens, 120);
    assert.ok(Number(logged[0]!.costUsd) > 0);
  });

  test('a failing or nonsensical model falls back to the rules answer', async () => {
    await withModel([{ status: 500 }, { content: '{"specialist": "printer"}' }]);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const { body } = await request(app)
        .post('/ai/classify')
        .set(h.bearer('agent'))
        .send({ text: 'my printer says paper jam' })
        .expect(200);
      assert.equal(body.brain, 'rules');
      assert.equal(body.specialist.value, 'printer');
    }
  });

  test('summarize is the call analyser: the model writes the summary when there is one', async () => {
    const analysis = {
      summary: 'Paper jam cleared with the caller.',
      category: 'printer',
      sentiment: 'positive',
      sentimentScore: 0.5,
      intent: 'printer',
      topics: ['printer'],
    };
    await withModel([{ content: JSON.stringify(analysis) }]);
    const { body } = await request(app)
      .post('/ai/summarize')
      .set(h.bearer('agent'))
      .send({ transcript: 'Caller: printer jam\nAgent: fixed' })
      .expect(200);
    assert.equal(body.summary, analysis.summary);
    assert.equal(body.brain, 'model');
  });

  test('suggest keeps only citations of articles it offered the model', async () => {
    const ticketId = await ticketAbout('Front desk printer jams on almost every page');
    await withModel([
      {
        content: JSON.stringify({
          actions: [
            { title: 'Clear the jam', detail: 'Follow the guide.', kbSlug: 'printer-paper-jam' },
            { title: 'Reinstall Windows', detail: 'Made up.', kbSlug: 'no-such-article' },
          ],
        }),
      },
    ]);
    const { body } = await request(app).post('/ai/suggest').set(h.bearer('agent')).send({ ticketId }).expect(200);
    assert.equal(body.brain, 'model');
    assert.equal(body.actions[0].kbArticle.slug, 'printer-paper-jam');
    assert.equal(body.actions[1].kbArticle, undefined);
    assert.match(model.requests[0]!.messages[1]!.content ?? '', /printer-paper-jam/);
    const usage = await h.db.prisma.aiUsageLog.findFirstOrThrow({ where: { purpose: 'suggest' } });
    assert.equal(usage.ticketId, ticketId);
  });
});
