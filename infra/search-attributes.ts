import type { Connection } from '@temporalio/client';
import proto from '@temporalio/proto';
import { SEARCH_ATTRIBUTES } from '../workflows/search-attributes';

const { IndexedValueType } = proto.temporal.api.enums.v1;
const GRPC_ALREADY_EXISTS = 6;
const GRPC_UNIMPLEMENTED = 12;

function grpcCode(error: unknown): number | undefined {
  return (error as { code?: number }).code;
}

/** The attributes the namespace already has; null where the server cannot list them (the time-skipping test server). */
async function registered(connection: Connection, namespace: string): Promise<Set<string> | null> {
  try {
    const existing = await connection.operatorService.listSearchAttributes({ namespace });
    return new Set(Object.keys(existing.customAttributes ?? {}));
  } catch (error) {
    if (grpcCode(error) === GRPC_UNIMPLEMENTED) return null;
    throw error;
  }
}

/**
 * Registers the custom search attributes the workflows keep (UeCode, TicketPriority, …) on the
 * namespace; those it has already are left alone. Returns the names added. On a cluster where the
 * worker may not administer the namespace, `temporal operator search-attribute create` does it by hand.
 */
export async function ensureSearchAttributes(connection: Connection, namespace: string): Promise<string[]> {
  const known = await registered(connection, namespace);
  const missing = SEARCH_ATTRIBUTES.filter((key) => !known?.has(key.name));
  const added: string[] = [];
  for (const key of missing) {
    try {
      await connection.operatorService.addSearchAttributes({
        namespace,
        searchAttributes: { [key.name]: IndexedValueType[`INDEXED_VALUE_TYPE_${key.type}`] },
      });
      added.push(key.name);
    } catch (error) {
      if (grpcCode(error) !== GRPC_ALREADY_EXISTS) throw error;
    }
  }
  return added;
}
