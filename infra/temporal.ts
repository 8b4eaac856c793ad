import { Client, Connection, type ClientInterceptors } from '@temporalio/client';
import type { Config } from '../domain/config';
import { encryptingDataConverter } from './payload-codec';
import { payloadCodecOf, type PayloadKeySettings } from './payload-keys';

export type TemporalSettings = Pick<Config, 'TEMPORAL_ADDRESS' | 'TEMPORAL_NAMESPACE'> & PayloadKeySettings;

/** A client whose connection opens on first use, so a process can start before Temporal does. Its payloads are encrypted. */
export function createTemporalClient(
  settings: TemporalSettings,
  interceptors?: ClientInterceptors,
): { client: Client; connection: Connection } {
  const connection = Connection.lazy({ address: settings.TEMPORAL_ADDRESS, connectTimeout: '3s' });
  const dataConverter = encryptingDataConverter(payloadCodecOf(settings));
  return { client: new Client({ connection, namespace: settings.TEMPORAL_NAMESPACE, interceptors, dataConverter }), connection };
}

export async function temporalReachable(connection: Connection, timeoutMs = 2000): Promise<boolean> {
  try {
    await connection.withDeadline(Date.now() + timeoutMs, () => connection.workflowService.getSystemInfo({}));
    return true;
  } catch {
    return false;
  }
}
