import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Client, Connection } from '@temporalio/client';
import type { PayloadCodec } from '@temporalio/common';
import express, { type Express, type Router } from 'express';
import helmet from 'helmet';
import { effectiveBrain, type Config } from '../domain/config';
import { databaseReachable, type PrismaClient } from '../infra/db';
import { healthReport } from '../infra/http-health';
import type { Logger } from '../infra/logger';
import { createProcessMetrics, httpMetrics, type ProcessMetrics } from '../infra/metrics';
import { metricsRoute } from './metrics';
import { temporalReachable } from '../infra/temporal';
import { aiBodyParser, aiRouter } from './ai/routes';
import { createAiService, type AiService } from './ai/service';
import { authenticate } from './auth/middleware';
import type { LoginLimiter } from './auth/rate-limit';
import { authRouter } from './auth/routes';
import { dashboardRouter } from './dashboard/routes';
import { AppError, errorHandler } from './errors';
import { cors } from './http/cors';
import { rejectNulBytes } from './http/nul-bytes';
import { callsRouter } from './calls/routes';
import { codecRouter, temporalUiOrigins } from './codec/routes';
import { panelConfigRouter } from './config/panel';
import { openApiRouter } from './openapi/routes';
import type { CallbackCommands, CallCommands, TicketCommands } from './ports';
import { callbacksRouter } from './resources/callbacks';
import { organizationChildren, plainResources } from './resources/catalog';
import { resourceRouter } from './resources/crud';
import { organizationsRouter } from './resources/organizations';
import { ticketsRouter } from './tickets/routes';

export interface ApiDeps {
  config: Config;
  prisma: PrismaClient;
  logger: Logger;
  /** Absent in tests that do not run Temporal; /health then checks the database only. */
  temporal?: { client: Client; connection: Connection };
  /** Ticket writes (signals to TicketWorkflows); without it those routes answer 503. */
  ticketCommands?: TicketCommands;
  /** Callback cancellation; without it that route answers 503. */
  callbackCommands?: CallbackCommands;
  /** Live calls and their steering; without it calls are read from the database only. */
  callCommands?: CallCommands;
  /** Folder of the built admin panel; served at / when present. */
  adminDist?: string;
  loginLimiter?: LoginLimiter;
  /** The `/ai/*` brains; by default the rules, plus the configured model when the calls use it. */
  ai?: AiService;
  /** Temporal's payload codec: the API serves it to the Temporal Web UI at /codec/*; absent, no codec server. */
  payloadCodec?: PayloadCodec;
  /** The process's Prometheus registry; by default one of the app's own. */
  metrics?: ProcessMetrics;
}

export const defaultAdminDist = fileURLToPath(new URL('../admin/dist', import.meta.url));

/**
 * The panel uses react-admin's hash router, so only `/` and its assets need serving. Assets
 * carry content hashes and never change; index.html must be revalidated or a rebuilt panel
 * would keep loading the previous build's (deleted) assets.
 */
function serveAdmin(app: Express, adminDist: string): void {
  if (!existsSync(path.join(adminDist, 'index.html'))) return;
  app.use(
    express.static(adminDist, {
      index: 'index.html',
      setHeaders: (response, filePath) => {
        const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
        response.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
}

function healthRoute(app: Express, deps: ApiDeps): void {
  app.get('/health', async (_request, response) => {
    const { status, body } = await healthReport(async () => ({
      database: await databaseReachable(deps.prisma),
      ...(deps.temporal ? { temporal: await temporalReachable(deps.temporal.connection) } : {}),
    }));
    response.status(status).json(body);
  });
}

/** The model answers `/ai/*` when it answers the calls (BRAIN / OPENAI_API_KEY); the rules otherwise. */
function defaultAiService(deps: ApiDeps): AiService {
  const { config } = deps;
  const model =
    effectiveBrain(config) !== 'rules'
      ? { apiKey: config.OPENAI_API_KEY, baseUrl: config.OPENAI_BASE_URL, model: config.OPENAI_MODEL, timeoutMs: config.OPENAI_TIMEOUT_MS }
      : undefined;
  return createAiService({ prisma: deps.prisma, model });
}

function resourceRouters(deps: ApiDeps): Router[] {
  const { prisma } = deps;
  return [
    aiRouter(deps.ai ?? defaultAiService(deps)),
    panelConfigRouter(deps.config),
    dashboardRouter(prisma, deps.callCommands && (() => deps.callCommands!.liveCount())),
    organizationsRouter(prisma, organizationChildren),
    ticketsRouter(prisma, deps.ticketCommands),
    callbacksRouter(prisma, deps.callbackCommands),
    callsRouter(prisma, deps.callCommands),
    ...plainResources.map((def) => resourceRouter(prisma, def)),
  ];
}

function codecServerOptions(config: Config, codec: PayloadCodec) {
  // Outside production a request from this machine is the developer's own (npm start passes its local key to every process).
  const loopbackWithoutToken = config.NODE_ENV !== 'production';
  return { codec, jwtSecret: config.JWT_SECRET, uiOrigins: temporalUiOrigins(config), loopbackWithoutToken };
}

export function createApp(deps: ApiDeps): Express {
  const { config } = deps;
  const app = express();
  app.disable('x-powered-by');
  // Lists change under the panel's feet; conditional GETs would only serve stale pages.
  app.set('etag', false);
  app.set('trust proxy', 'loopback');
  const metrics = deps.metrics ?? createProcessMetrics('api');
  app.use(httpMetrics(metrics));
  app.use(helmet({ contentSecurityPolicy: false }));
  if (deps.payloadCodec) app.use(codecRouter(codecServerOptions(config, deps.payloadCodec)));
  app.use(cors([`http://localhost:${config.ADMIN_DEV_PORT}`, `http://127.0.0.1:${config.ADMIN_DEV_PORT}`]));
  app.use('/ai', aiBodyParser);
  app.use(express.json({ limit: '256kb' }));
  app.use(rejectNulBytes);

  healthRoute(app, deps);
  metricsRoute(app, deps.prisma, metrics, config.METRICS_TOKEN);
  serveAdmin(app, deps.adminDist ?? defaultAdminDist);
  app.use((_request, response, next) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use(openApiRouter());
  app.use(authRouter(deps.prisma, config.JWT_SECRET, deps.loginLimiter));
  app.use(authenticate(config.JWT_SECRET));
  for (const router of resourceRouters(deps)) app.use(router);

  app.use((request, _response, next) => next(new AppError('NOT_FOUND', `no route for ${request.method} ${request.path}`)));
  app.use(errorHandler(deps.logger));
  return app;
}
