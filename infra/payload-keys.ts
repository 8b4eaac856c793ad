import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePayloadKeys, type Config, type PayloadKey } from '../domain/config';
import { EncryptionCodec } from './payload-codec';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const LOCAL_KEY_FILE = 'temporal-payload-key';

export type PayloadKeySettings = Pick<Config, 'TEMPORAL_PAYLOAD_KEYS' | 'DATA_DIR' | 'NODE_ENV'>;

/**
 * The keys of TEMPORAL_PAYLOAD_KEYS; unset (a laptop, `npm start`), one key generated once into
 * DATA_DIR and read by every process after, so the default is encrypted too. Production must set
 * them (productionProblems): a key only on one host's disk would not open another's payloads.
 */
export function payloadKeysOf(settings: PayloadKeySettings): PayloadKey[] {
  if (settings.TEMPORAL_PAYLOAD_KEYS) return settings.TEMPORAL_PAYLOAD_KEYS;
  if (settings.NODE_ENV === 'production') throw new Error('TEMPORAL_PAYLOAD_KEYS must be set in production');
  return [localPayloadKey(path.resolve(repoRoot, settings.DATA_DIR))];
}

export function payloadCodecOf(settings: PayloadKeySettings): EncryptionCodec {
  return new EncryptionCodec(payloadKeysOf(settings));
}

/** Reads DATA_DIR's key, creating it first if none; processes starting together all end up with the same one. */
export function localPayloadKey(dataDir: string): PayloadKey {
  const file = path.join(dataDir, LOCAL_KEY_FILE);
  const existing = readKeyFile(file);
  if (existing) return existing;
  mkdirSync(dataDir, { recursive: true });
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  const id = `local-${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, `${id}:${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  try {
    // A hard link appears whole or not at all, and fails if another process linked its key first.
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(draft);
  }
  const created = readKeyFile(file);
  if (!created) throw new Error(`${file} does not hold one keyId:base64key line; delete it to generate a new key`);
  return created;
}

function readKeyFile(file: string): PayloadKey | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const keys = parsePayloadKeys(text.trim());
  if (keys?.length !== 1) throw new Error(`${file} does not hold one keyId:base64key line`);
  return keys[0];
}

/** TEMPORAL_PAYLOAD_KEYS's form, for handing keys to child processes. */
export function formatPayloadKeys(keys: readonly PayloadKey[]): string {
  return keys.map((key) => `${key.id}:${key.key}`).join(',');
}
