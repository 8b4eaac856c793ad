import type { RequestHandler } from 'express';

/**
 * The built panel is served by the API itself (same origin); the Vite dev server proxies. CORS
 * is only for a panel served from another origin (e.g. the dev server opened without the proxy).
 */
export function cors(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(allowedOrigins);
  return (request, response, next) => {
    // ra-data-simple-rest reads the total from Content-Range, which browsers hide unless exposed.
    response.setHeader('Access-Control-Expose-Headers', 'Content-Range, X-Total-Count, X-Total-Count-Exact');
    const origin = request.headers.origin;
    if (origin && allowed.has(origin)) {
      response.setHeader('Access-Control-Allow-Origin', origin);
      response.setHeader('Vary', 'Origin');
      response.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Range');
      response.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS');
      if (request.method === 'OPTIONS') return void response.status(204).end();
    }
    next();
  };
}
