import type { RequestHandler } from 'express';
import twilio from 'twilio';

export interface SignatureSettings {
  authToken: string;
  /** The public base URL Twilio posts to (https://voice.example.com); else taken from the request. */
  publicBaseUrl: string | undefined;
  /** Development convenience: accept unsigned requests, but only from this machine. */
  skipOnLoopback: boolean;
}

export const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function publicUrl(settings: Pick<SignatureSettings, 'publicBaseUrl'>, protocol: string, host: string, originalUrl: string): string {
  const base = settings.publicBaseUrl ?? `${protocol}://${host}`;
  return `${base.replace(/\/$/, '')}${originalUrl}`;
}

/** Refuses (403) any webhook whose X-Twilio-Signature does not match Twilio's algorithm. */
export function requireTwilioSignature(settings: SignatureSettings): RequestHandler {
  return (request, response, next) => {
    if (settings.skipOnLoopback && LOOPBACK.has(request.socket.remoteAddress ?? '')) return next();
    const signature = request.header('x-twilio-signature');
    const url = publicUrl(settings, request.protocol, request.get('host') ?? '', request.originalUrl);
    const params = (request.body ?? {}) as Record<string, string>;
    if (signature && twilio.validateRequest(settings.authToken, signature, url, params)) return next();
    response.status(403).type('text/plain').send('invalid Twilio signature');
  };
}
