import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, Identifier } from 'react-admin';
import type { PanelConfig } from '../../../api/config/panel';
import type { TCancelCallbackRequest } from '../../../api/tickets/schemas';
import { apiUrl } from '../config';
import type { Callback } from '../types';
import { aiMethods, withRankedKbSearch, type AiMethods } from './ai';
import { callSteering, type CallSteering } from './call-steering';
import { getJson, httpClient, postJson, segment } from './http';
import { listMethods } from './lists';
import { ticketActions, type TicketActions } from './ticket-actions';

export { getJson, httpClient } from './http';
export type { PanelConfig } from '../../../api/config/panel';
export type { TicketActionInput, TicketActionMethod } from './ticket-actions';

/**
 * Marmelab's simple REST provider (the API speaks its dialect) plus the API's actions as custom
 * methods, which views call through `useDataProvider` and react-query's `useMutation` (as
 * react-admin's crm example does), never with a fetch of their own.
 */
export interface UrackitDataProvider extends DataProvider, TicketActions, CallSteering, AiMethods {
  cancelCallback(id: Identifier, input: TCancelCallbackRequest): Promise<Callback>;
  /** Where the Temporal Web UI is (`GET /config/panel`). */
  getPanelConfig(): Promise<PanelConfig>;
}

const restProvider = simpleRestProvider(apiUrl, httpClient);

export const dataProvider: UrackitDataProvider = {
  ...restProvider,
  ...listMethods,
  getList: withRankedKbSearch(listMethods.getList),
  ...ticketActions,
  ...callSteering,
  ...aiMethods,
  cancelCallback: (id, input) => postJson<Callback>(`/callbacks/${segment(id)}/cancel`, input),
  getPanelConfig: () => getJson<PanelConfig>('/config/panel'),
};
