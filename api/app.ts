import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Client, Connection } from '@temporalio/client';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Config } from '../domain/config';
import { databaseReachable, type PrismaClient } from '../infra/db';
import { healthReport } from '../infra/http-health';
import type { Logger } from '../infra/logger';
import { temporalReachable } from '../infra/temporal';
import { AppError, errorHandler } from './errors';

export interface ApiDeps {
  config: Config;
  prisma: PrismaClient;
  temporal: { client: Client; connection: Connection };
  logger: Logger;
  /** Folder of the built admin panel; served at / when present. */
  adminDist?: string;
}

export const defaultAdminDist = fileURLToPath(new URL('../admin/dist', import.meta.url));

/** The panel uses react-admin's hash router, so only `/` and its assets need serving. */
function serveAdmin(app: Express, adminDist: string): void {
  if (!existsSync(path.join(adminDist, 'index.html'))) return;
  app.use(express.static(adminDist, { index: 'index.html', maxAge: '1h' }));
}

export function createApp(deps: ApiDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(helmet({ contentSecurityPolicy: false }));
  app.use(express.json({ limit: '256kb' }));

  app.get('/health', async (_request, response) => {
    const { status, body } = await healthReport(async () => ({
      database: await databaseReachable(deps.prisma),
      temporal: await temporalReachable(deps.temporal.connection),
    }));
    response.status(status).json(body);
  });

  serveAdmin(app, deps.adminDist ?? defaultAdminDist);
  app.use((request, _response, next) => next(new AppError('NOT_FOUND', `no route for ${request.method} ${request.path}`)));
  app.use(errorHandler(deps.logger));
  return app;
}
