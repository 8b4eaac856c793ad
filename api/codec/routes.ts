import type { Payload, PayloadCodec } from '@temporalio/common';
import express, { Router, type Request, type RequestHandler } from 'express';
import { z } from 'zod';
import type { Config } from '../../domain/config';
import { PayloadDecryptionError } from '../../infra/payload-codec';
import { bearerToken } from '../auth/middleware';
import { verifyToken } from '../auth/tokens';
import { AppError } from '../errors';
import { corsFor } from '../http/cors';

/**
 * Temporal's remote codec protocol, for the Web UI and `temporal workflow show --codec-endpoint`:
 * POST /codec/decode and /codec/encode take `{ payloads: [{ metadata: { k: base64 }, data: base64 }] }`
 * and answer the same shape. The browser calls it directly, so it answers the UI's origin (CORS).
 * Decoding shows what callers said: supervisors and admins only (a panel token, which the UI
 * forwards with TEMPORAL_CODEC_PASS_ACCESS_TOKEN); outside production a request from this
 * machine needs none.
 */
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');
const ZWirePayload = z.object({
  metadata: z.record(z.string(), base64).nullish(),
  data: base64.nullish(),
});
// Protobuf's JSON leaves an empty list out: the CLI encodes a query without arguments as `{}`.
const ZCodecRequest = z.object({ payloads: z.array(ZWirePayload).max(10_000).default([]) });
type WirePayload = z.infer<typeof ZWirePayload>;

const CODEC_ROLES = new Set(['admin', 'supervisor']);
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
/** Histories can carry large payloads (a whole call's transcript in a result); the rest of the API keeps its 256 kB. */
const BODY_LIMIT = '8mb';

export interface CodecServerOptions {
  codec: PayloadCodec;
  jwtSecret: string;
  /** Where the Temporal Web UI is served from; the only origins its browser calls are answered for. */
  uiOrigins: readonly string[];
  /** Outside production: requests from loopback need no token. */
  loopbackWithoutToken: boolean;
}

/** The UI's origins: TEMPORAL_UI_URL's, or the dev server's own on this machine. */
export function temporalUiOrigins(config: Pick<Config, 'TEMPORAL_UI_URL' | 'TEMPORAL_UI_PORT'>): string[] {
  if (config.TEMPORAL_UI_URL) return [new URL(config.TEMPORAL_UI_URL).origin];
  return [`http://127.0.0.1:${config.TEMPORAL_UI_PORT}`, `http://localhost:${config.TEMPORAL_UI_PORT}`];
}

function fromWire(payload: WirePayload): Payload {
  const metadata = Object.fromEntries(Object.entries(payload.metadata ?? {}).map(([key, value]) => [key, Buffer.from(value, 'base64')]));
  return { metadata, data: Buffer.from(payload.data ?? '', 'base64') };
}

function toWire(payload: Payload): { metadata: Record<string, string>; data: string } {
  const metadata = Object.fromEntries(
    Object.entries(payload.metadata ?? {}).map(([key, value]) => [key, Buffer.from(value ?? new Uint8Array()).toString('base64')]),
  );
  return { metadata, data: Buffer.from(payload.data ?? new Uint8Array()).toString('base64') };
}

/** The Temporal UI calls from its own origin, with its login's token. */
function codecCors(origins: readonly string[]): RequestHandler {
  return corsFor(origins, {
    credentials: true,
    allowHeaders: 'Authorization, Content-Type, X-Namespace',
    allowMethods: 'POST, OPTIONS',
    maxAgeSeconds: 600,
    endEveryPreflight: true,
  });
}

async function checkAccess(request: Request, options: CodecServerOptions): Promise<void> {
  const token = bearerToken(request.headers.authorization);
  if (token) {
    const auth = await verifyToken(token, options.jwtSecret);
    if (!CODEC_ROLES.has(auth.role)) throw new AppError('FORBIDDEN', `${auth.role} may not read Temporal payloads`);
    return;
  }
  // request.ip is the client's own address: 'trust proxy' believes X-Forwarded-For only from a loopback proxy.
  if (options.loopbackWithoutToken && LOOPBACK.has(request.ip ?? '')) return;
  throw new AppError('UNAUTHENTICATED', 'missing bearer token (a supervisor or admin token)');
}

function codecRoute(options: CodecServerOptions, direction: 'encode' | 'decode'): RequestHandler {
  return async (request, response) => {
    await checkAccess(request, options);
    const { payloads } = ZCodecRequest.parse(request.body);
    try {
      const done = await options.codec[direction](payloads.map(fromWire));
      response.json({ payloads: done.map(toWire) });
    } catch (error) {
      if (error instanceof PayloadDecryptionError) throw new AppError('VALIDATION', error.message);
      throw error;
    }
  };
}

export function codecRouter(options: CodecServerOptions): Router {
  const router = Router();
  router.use('/codec', codecCors(options.uiOrigins), (_request, response, next) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  const json = express.json({ limit: BODY_LIMIT, type: () => true });
  router.post('/codec/decode', json, codecRoute(options, 'decode'));
  router.post('/codec/encode', json, codecRoute(options, 'encode'));
  return router;
}
