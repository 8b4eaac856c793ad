import { Router } from 'express';
import type { Config } from '../../domain/config';

/** What the panel needs to know about its surroundings, read once after sign-in (`GET /config/panel`). */
export interface PanelConfig {
  /** The Temporal Web UI: a workflow's page is `${baseUrl}/namespaces/${namespace}/workflows/${workflowId}`. */
  temporalUi: { baseUrl: string; namespace: string };
}

export function panelConfigOf(config: Pick<Config, 'TEMPORAL_UI_URL' | 'TEMPORAL_UI_PORT' | 'TEMPORAL_NAMESPACE'>): PanelConfig {
  const baseUrl = (config.TEMPORAL_UI_URL ?? `http://127.0.0.1:${config.TEMPORAL_UI_PORT}`).replace(/\/+$/, '');
  return { temporalUi: { baseUrl, namespace: config.TEMPORAL_NAMESPACE } };
}

/** Any signed-in user may read it: it holds addresses, no secrets. */
export function panelConfigRouter(config: Config): Router {
  const body = panelConfigOf(config);
  const router = Router();
  router.get('/config/panel', (_request, response) => {
    response.json(body);
  });
  return router;
}
