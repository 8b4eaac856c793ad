/**
 * The audio arithmetic of the media-stream caller, kept pure so it can be tested without a call:
 * WAV files in and out, linear resampling to the 8 kHz of a phone line, and G.711 μ-law, the encoding
 * Twilio Media Streams carry (one byte per sample, 160 bytes per 20 ms frame).
 */

export const PHONE_RATE = 8000;
/** 20 ms at 8 kHz, one byte a sample: the frame Twilio sends and expects. */
export const FRAME_BYTES = 160;
export const FRAME_MS = 20;
/** μ-law's code for zero amplitude: what a silent line sends. */
export const ULAW_SILENCE = 0xff;

const WAV_FORMAT_PCM = 1;
const WAV_FORMAT_ULAW = 7;

export interface PcmAudio {
  sampleRate: number;
  /** Mono 16-bit samples (a stereo file is mixed down on parsing). */
  samples: Int16Array;
}

export class WavError extends Error {
  constructor(message: string) {
    super(`not a usable WAV file: ${message}`);
    this.name = 'WavError';
  }
}

interface WavFormat {
  formatTag: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
}

function readFormat(chunk: Buffer): WavFormat {
  if (chunk.length < 16) throw new WavError('fmt chunk too short');
  return {
    formatTag: chunk.readUInt16LE(0),
    channels: chunk.readUInt16LE(2),
    sampleRate: chunk.readUInt32LE(4),
    bitsPerSample: chunk.readUInt16LE(14),
  };
}

/** Walks the RIFF chunks; espeak-ng writes a data size of 0x7fffffff when it streams, so sizes are clamped to the file. */
function chunksOf(file: Buffer): Map<string, Buffer> {
  if (file.length < 12 || file.toString('ascii', 0, 4) !== 'RIFF' || file.toString('ascii', 8, 12) !== 'WAVE') {
    throw new WavError('no RIFF/WAVE header');
  }
  const chunks = new Map<string, Buffer>();
  let offset = 12;
  while (offset + 8 <= file.length) {
    const id = file.toString('ascii', offset, offset + 4);
    const size = file.readUInt32LE(offset + 4);
    const end = Math.min(file.length, offset + 8 + size);
    if (!chunks.has(id)) chunks.set(id, file.subarray(offset + 8, end));
    offset = end + (size % 2);
  }
  return chunks;
}

function samplesOf(data: Buffer, format: WavFormat): Int16Array {
  const frames = Math.floor(data.length / ((format.bitsPerSample / 8) * format.channels));
  const samples = new Int16Array(frames);
  for (let frame = 0; frame < frames; frame++) {
    let sum = 0;
    for (let channel = 0; channel < format.channels; channel++) {
      const index = frame * format.channels + channel;
      sum += format.formatTag === WAV_FORMAT_ULAW ? ulawToLinear(data[index]!) : data.readInt16LE(index * 2);
    }
    samples[frame] = Math.round(sum / format.channels);
  }
  return samples;
}

/** Reads 16-bit PCM or 8-bit μ-law WAV (what espeak-ng and this module write). */
export function parseWav(file: Buffer): PcmAudio {
  const chunks = chunksOf(file);
  const fmt = chunks.get('fmt ');
  const data = chunks.get('data');
  if (!fmt) throw new WavError('no fmt chunk');
  if (!data) throw new WavError('no data chunk');
  const format = readFormat(fmt);
  const pcm16 = format.formatTag === WAV_FORMAT_PCM && format.bitsPerSample === 16;
  const ulaw = format.formatTag === WAV_FORMAT_ULAW && format.bitsPerSample === 8;
  if (!pcm16 && !ulaw) throw new WavError(`format ${format.formatTag} with ${format.bitsPerSample} bits is not 16-bit PCM or μ-law`);
  if (format.channels < 1 || format.sampleRate < 1) throw new WavError('no channels or no sample rate');
  return { sampleRate: format.sampleRate, samples: samplesOf(data, format) };
}

/** A mono 16-bit PCM WAV file. */
export function writeWav(audio: PcmAudio): Buffer {
  const dataBytes = audio.samples.length * 2;
  const file = Buffer.alloc(44 + dataBytes);
  file.write('RIFF', 0, 'ascii');
  file.writeUInt32LE(36 + dataBytes, 4);
  file.write('WAVEfmt ', 8, 'ascii');
  file.writeUInt32LE(16, 16);
  file.writeUInt16LE(WAV_FORMAT_PCM, 20);
  file.writeUInt16LE(1, 22);
  file.writeUInt32LE(audio.sampleRate, 24);
  file.writeUInt32LE(audio.sampleRate * 2, 28);
  file.writeUInt16LE(2, 32);
  file.writeUInt16LE(16, 34);
  file.write('data', 36, 'ascii');
  file.writeUInt32LE(dataBytes, 40);
  audio.samples.forEach((sample, index) => file.writeInt16LE(sample, 44 + index * 2));
  return file;
}

/** Linear interpolation between neighbouring samples: enough for speech on a phone line. */
export function resampleLinear(samples: Int16Array, fromRate: number, toRate: number): Int16Array {
  if (fromRate <= 0 || toRate <= 0) throw new RangeError('sample rates must be positive');
  if (fromRate === toRate) return samples.slice();
  const length = Math.round((samples.length * toRate) / fromRate);
  const resampled = new Int16Array(length);
  for (let index = 0; index < length; index++) {
    const position = (index * fromRate) / toRate;
    const before = Math.floor(position);
    const after = Math.min(before + 1, samples.length - 1);
    const weight = position - before;
    resampled[index] = Math.round((samples[before] ?? 0) * (1 - weight) + (samples[after] ?? 0) * weight);
  }
  return resampled;
}

const ULAW_BIAS = 0x84;
const ULAW_CLIP = 32635;

/** G.711 μ-law: sign, 3-bit segment (exponent) and 4-bit mantissa, all bits inverted. */
export function linearToUlaw(sample: number): number {
  const sign = sample < 0 ? 0x80 : 0;
  const magnitude = Math.min(Math.abs(Math.trunc(sample)), ULAW_CLIP) + ULAW_BIAS;
  let exponent = 7;
  for (let mask = 0x4000; (magnitude & mask) === 0 && exponent > 0; mask >>= 1) exponent--;
  const mantissa = (magnitude >> (exponent + 3)) & 0x0f;
  return ~(sign | (exponent << 4) | mantissa) & 0xff;
}

export function ulawToLinear(code: number): number {
  const inverted = ~code & 0xff;
  const exponent = (inverted >> 4) & 0x07;
  const magnitude = ((((inverted & 0x0f) << 3) + ULAW_BIAS) << exponent) - ULAW_BIAS;
  return inverted & 0x80 ? -magnitude : magnitude;
}

export function encodeUlaw(samples: Int16Array): Buffer {
  const encoded = Buffer.alloc(samples.length);
  samples.forEach((sample, index) => (encoded[index] = linearToUlaw(sample)));
  return encoded;
}

export function decodeUlaw(encoded: Buffer): Int16Array {
  const samples = new Int16Array(encoded.length);
  for (let index = 0; index < encoded.length; index++) samples[index] = ulawToLinear(encoded[index]!);
  return samples;
}

/** Any parsed WAV → 8 kHz μ-law, ready to cut into frames. */
export function toPhoneUlaw(audio: PcmAudio): Buffer {
  return encodeUlaw(resampleLinear(audio.samples, audio.sampleRate, PHONE_RATE));
}

/** 160-byte frames as base64 payloads; the last one is padded with silence. */
export function ulawFrames(ulaw: Buffer): string[] {
  const frames: string[] = [];
  for (let offset = 0; offset < ulaw.length; offset += FRAME_BYTES) {
    const frame = Buffer.alloc(FRAME_BYTES, ULAW_SILENCE);
    ulaw.copy(frame, 0, offset, Math.min(offset + FRAME_BYTES, ulaw.length));
    frames.push(frame.toString('base64'));
  }
  return frames;
}

/** Base64 μ-law payloads (what the edge sent back) → a playable 8 kHz 16-bit WAV. */
export function recordingWav(payloads: readonly string[]): Buffer {
  const ulaw = Buffer.concat(payloads.map((payload) => Buffer.from(payload, 'base64')));
  return writeWav({ sampleRate: PHONE_RATE, samples: decodeUlaw(ulaw) });
}

/** A sine tone, for when no speech synthesiser is at hand (the tests say when they use it). */
export function tone(frequency: number, milliseconds: number, sampleRate = PHONE_RATE, amplitude = 8000): PcmAudio {
  const samples = new Int16Array(Math.round((sampleRate * milliseconds) / 1000));
  for (let index = 0; index < samples.length; index++) {
    samples[index] = Math.round(amplitude * Math.sin((2 * Math.PI * frequency * index) / sampleRate));
  }
  return { sampleRate, samples };
}
