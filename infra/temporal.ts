import { Client, Connection, type ClientInterceptors } from '@temporalio/client';
import type { Payload } from '@temporalio/common';
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

/** A fetched history keeps its payloads as stored (encrypted): these go through the client's codecs. */
export async function decodeHistoryPayloads(client: Client, payloads: Payload[]): Promise<Payload[]> {
  let decoded = payloads;
  for (const codec of [...client.options.loadedDataConverter.payloadCodecs].reverse()) decoded = await codec.decode(decoded);
  return decoded;
}

/** One payload read from a fetched history: decoded, then converted as the SDK would. */
export async function readHistoryPayload<T>(client: Client, payload: Payload): Promise<T> {
  const [decoded] = await decodeHistoryPayloads(client, [payload]);
  return client.options.loadedDataConverter.payloadConverter.fromPayload<T>(decoded!);
}
