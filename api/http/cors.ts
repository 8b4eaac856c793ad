import type { RequestHandler } from 'express';

/** What one family of routes lets another origin's pages do. */
export interface CorsPolicy {
  allowHeaders: string;
  allowMethods: string;
  /** Response headers a browser may read (hidden otherwise). */
  exposeHeaders?: string;
  /** Cookies and Authorization from the page (the Temporal UI's forwarded token). */
  credentials?: boolean;
  maxAgeSeconds?: number;
  /** Answer every preflight here, from an allowed origin or not: nothing behind these routes takes OPTIONS. */
  endEveryPreflight?: boolean;
}

/** CORS for the origins listed, by the policy given: a preflight from one of them ends here with 204. */
export function corsFor(allowedOrigins: readonly string[], policy: CorsPolicy): RequestHandler {
  const allowed = new Set(allowedOrigins);
  return (request, response, next) => {
    if (policy.exposeHeaders) response.setHeader('Access-Control-Expose-Headers', policy.exposeHeaders);
    const origin = request.headers.origin;
    const fromAllowedOrigin = origin !== undefined && allowed.has(origin);
    if (fromAllowedOrigin) {
      response.setHeader('Access-Control-Allow-Origin', origin);
      response.setHeader('Vary', 'Origin');
      if (policy.credentials) response.setHeader('Access-Control-Allow-Credentials', 'true');
      response.setHeader('Access-Control-Allow-Headers', policy.allowHeaders);
      response.setHeader('Access-Control-Allow-Methods', policy.allowMethods);
      if (policy.maxAgeSeconds !== undefined) response.setHeader('Access-Control-Max-Age', String(policy.maxAgeSeconds));
    }
    if (request.method === 'OPTIONS' && (fromAllowedOrigin || policy.endEveryPreflight)) return void response.status(204).end();
    next();
  };
}

/**
 * The built panel is served by the API itself (same origin); the Vite dev server proxies. CORS
 * is only for a panel served from another origin (e.g. the dev server opened without the proxy).
 */
export function cors(allowedOrigins: readonly string[]): RequestHandler {
  return corsFor(allowedOrigins, {
    // ra-data-simple-rest reads the total from Content-Range, which browsers hide unless exposed.
    exposeHeaders: 'Content-Range, X-Total-Count, X-Total-Count-Exact, X-Total-Count-More-Than',
    allowHeaders: 'Authorization, Content-Type, Range',
    allowMethods: 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  });
}
