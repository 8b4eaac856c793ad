import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for OpenAI's chat-completions endpoint (the one boundary tests cannot reach).
 * Each request is answered by the next scripted reply: a completion or an HTTP error status.
 * `GET /models` always lists one model.
 */
export type ScriptedReply =
  { content: string; toolCalls?: Array<{ name: string; arguments: Record<string, unknown> }> } | { status: number };

export interface FakeOpenAi {
  baseUrl: string;
  requests: Array<{ model: string; messages: Array<{ role: string; content: string | null }> }>;
  close(): Promise<void>;
}

function completion(reply: Extract<ScriptedReply, { content: string }>, index: number, model: string) {
  const toolCalls = reply.toolCalls?.map((call, position) => ({
    id: `call_${index}_${position}`,
    type: 'function',
    function: { name: call.name, arguments: JSON.stringify(call.arguments) },
  }));
  return {
    id: `chatcmpl-${index}`,
    object: 'chat.completion',
    created: 1_700_000_000 + index,
    model,
    choices: [
      {
        index: 0,
        finish_reason: toolCalls ? 'tool_calls' : 'stop',
        message: { role: 'assistant', content: reply.content, tool_calls: toolCalls },
      },
    ],
    usage: { prompt_tokens: 120, completion_tokens: 30, total_tokens: 150 },
  };
}

export async function startFakeOpenAi(script: ScriptedReply[], fallback: ScriptedReply = { status: 500 }): Promise<FakeOpenAi> {
  const requests: FakeOpenAi['requests'] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      // The model list: what a health check reads.
      if (request.method === 'GET' && request.url?.endsWith('/models')) {
        response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ object: 'list', data: [{ id: 'gpt-4o-mini', object: 'model' }] }));
        return;
      }
      const parsed = JSON.parse(body || '{}') as FakeOpenAi['requests'][number];
      requests.push(parsed);
      const reply = script[requests.length - 1] ?? fallback;
      if ('status' in reply) {
        response
          .writeHead(reply.status, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: { message: 'scripted failure' } }));
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(completion(reply, requests.length, parsed.model)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
