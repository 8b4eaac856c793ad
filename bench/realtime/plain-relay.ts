/**
 * The benchmark's baseline, in its own process: a relay that parses each message and forwards the
 * frame, nothing else (no signature, no workflow, no marks, no zod). Started by bench/realtime.ts
 * with fork(); it reports its port over IPC. REALTIME_URL is the Realtime double's base URL.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';

const realtimeUrl = process.env.REALTIME_URL;
if (!realtimeUrl || !process.send) throw new Error('plain-relay: run by bench/realtime.ts with fork() and REALTIME_URL');

const http = createServer();
const sockets = new WebSocketServer({ server: http, perMessageDeflate: false });
sockets.on('connection', (twilio) => {
  let model: WebSocket | undefined;
  let streamSid = '';
  twilio.on('message', (data) => {
    const message = JSON.parse(data.toString()) as { event: string; streamSid?: string; media?: { payload: string } };
    if (message.event === 'start') {
      streamSid = message.streamSid ?? '';
      model = new WebSocket(`${realtimeUrl}/realtime?model=plain`, { perMessageDeflate: false });
      model.on('message', (raw) => {
        const event = JSON.parse(raw.toString()) as { type: string; delta?: string };
        if (event.type === 'response.output_audio.delta')
          twilio.send(JSON.stringify({ event: 'media', streamSid, media: { payload: event.delta } }));
      });
    } else if (message.event === 'media' && model?.readyState === WebSocket.OPEN) {
      model.send(JSON.stringify({ type: 'input_audio_buffer.append', audio: message.media?.payload }));
    }
  });
  twilio.on('close', () => model?.close());
});
http.listen(0, '127.0.0.1', () => process.send?.({ port: (http.address() as AddressInfo).port }));
process.on('disconnect', () => process.exit(0));
