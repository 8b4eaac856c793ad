import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { TwilioCaller } from '../../tools/twilio-caller';

/** A voice edge stand-in on a free loopback port. */
async function serve(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<{ url: string; close(): void }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

test('a webhook that never answers is given up once its total time is spent, tries included, as Twilio does', async () => {
  let attempts = 0;
  const edge = await serve(() => {
    attempts += 1; // never answers
  });
  const seen: number[] = [];
  const caller = new TwilioCaller({
    baseUrl: edge.url,
    authToken: 'token',
    from: '+15550100001',
    retries: 2,
    webhookTimeoutMs: 400,
    observe: (_path, status) => seen.push(status),
  });
  try {
    const turn = await caller.dial();
    assert.equal(turn.status, 0, 'no TwiML: the call ends in an application error');
    assert.equal(attempts, 1, 'the first try used up the whole budget: no time was left to retry');
    assert.deepEqual(seen, [0]);
  } finally {
    edge.close();
  }
});

test('a held caller hears "one moment" out before Twilio follows the redirect', async () => {
  const heard: string[][] = [];
  const edge = await serve((request, response) => {
    response.setHeader('content-type', 'text/xml');
    const held = request.url?.includes('hold=1');
    response.end(
      held
        ? '<Response><Gather action="/twilio/turn"><Say>How can I help?</Say></Gather></Response>'
        : '<Response><Say>Sorry, one moment please.</Say><Redirect method="POST">/twilio/voice?hold=1</Redirect></Response>',
    );
  });
  const caller = new TwilioCaller({
    baseUrl: edge.url,
    authToken: 'token',
    from: '+15550100001',
    playbackMs: (say) => {
      heard.push([...say]);
      return 1;
    },
  });
  try {
    const turn = await caller.dial();
    assert.equal(turn.holds, 1);
    assert.deepEqual(heard, [['Sorry, one moment please.']]);
    assert.deepEqual(turn.say, ['Sorry, one moment please.', 'How can I help?']);
  } finally {
    edge.close();
  }
});
