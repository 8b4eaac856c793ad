import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { METADATA_ENCODING_KEY, type DataConverter, type Payload, type PayloadCodec } from '@temporalio/common';
import proto from '@temporalio/proto';
import type { PayloadKey } from '../domain/config';

/**
 * Encrypts every payload Temporal stores (workflow and activity inputs and results, signals,
 * updates, queries, failures' details) with AES-256-GCM, so the caller's words never sit in
 * Temporal's history in clear. The whole payload (its metadata and data) is sealed; the outer
 * payload names only the encoding and the key id, so keys can rotate: the first key encrypts,
 * any listed key decrypts. Payloads without our encoding (written before encryption was on)
 * pass through, so workflows already running keep going.
 */
export const ENCRYPTED_ENCODING = 'binary/encrypted';
export const KEY_ID_METADATA = 'encryption-key-id';
const CIPHER = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();
const ENCRYPTED_ENCODING_BYTES = utf8.encode(ENCRYPTED_ENCODING);

export class PayloadDecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PayloadDecryptionError';
  }
}

interface CodecKey {
  id: string;
  secret: Buffer;
  idBytes: Uint8Array;
}

function codecKey(key: PayloadKey): CodecKey {
  const secret = Buffer.from(key.key, 'base64');
  if (secret.length !== 32) throw new Error(`payload key "${key.id}" must be 32 bytes (base64), got ${secret.length}`);
  return { id: key.id, secret, idBytes: utf8.encode(key.id) };
}

export class EncryptionCodec implements PayloadCodec {
  private readonly encryptingKey: CodecKey;
  private readonly keysById: ReadonlyMap<string, CodecKey>;

  /** `keys[0]` encrypts; every key decrypts what was encrypted with it (rotation). */
  constructor(keys: readonly PayloadKey[]) {
    const parsed = keys.map(codecKey);
    const first = parsed[0];
    if (!first) throw new Error('the payload codec needs at least one key');
    this.encryptingKey = first;
    this.keysById = new Map(parsed.map((key) => [key.id, key]));
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => this.encrypt(payload));
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => this.decrypt(payload));
  }

  private encrypt(payload: Payload): Payload {
    const key = this.encryptingKey;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(CIPHER, key.secret, iv);
    // The key id is bound to the ciphertext: a payload relabelled with another key id fails to open.
    cipher.setAAD(key.idBytes);
    const plain = proto.temporal.api.common.v1.Payload.encode(payload).finish();
    const sealed = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    return { metadata: { [METADATA_ENCODING_KEY]: ENCRYPTED_ENCODING_BYTES, [KEY_ID_METADATA]: key.idBytes }, data: sealed };
  }

  private decrypt(payload: Payload): Payload {
    const encoding = payload.metadata?.[METADATA_ENCODING_KEY];
    if (!encoding || fromUtf8.decode(encoding) !== ENCRYPTED_ENCODING) return payload;
    const keyIdBytes = payload.metadata?.[KEY_ID_METADATA];
    const keyId = keyIdBytes ? fromUtf8.decode(keyIdBytes) : '';
    const key = this.keysById.get(keyId);
    if (!key) {
      throw new PayloadDecryptionError(
        `payload encrypted with key "${keyId}", which is not among the configured TEMPORAL_PAYLOAD_KEYS (${[...this.keysById.keys()].join(', ')})`,
      );
    }
    const sealed = payload.data ?? new Uint8Array();
    if (sealed.length < IV_BYTES + TAG_BYTES) throw new PayloadDecryptionError(`payload encrypted with key "${keyId}" is truncated`);
    try {
      const decipher = createDecipheriv(CIPHER, key.secret, sealed.subarray(0, IV_BYTES));
      decipher.setAAD(key.idBytes);
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      const plain = Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
      return proto.temporal.api.common.v1.Payload.decode(plain);
    } catch {
      throw new PayloadDecryptionError(
        `payload encrypted with key "${keyId}" failed authentication: it was altered, or that key id holds a different key than when it was written`,
      );
    }
  }
}

/** The data converter every Temporal client, worker and replayer of the product uses. */
export function encryptingDataConverter(codec: PayloadCodec): DataConverter {
  return { payloadCodecs: [codec] };
}
