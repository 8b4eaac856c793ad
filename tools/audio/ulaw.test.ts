import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  decodeUlaw,
  encodeUlaw,
  FRAME_BYTES,
  linearToUlaw,
  parseWav,
  recordingWav,
  resampleLinear,
  tone,
  toPhoneUlaw,
  ulawFrames,
  ulawToLinear,
  ULAW_SILENCE,
  WavError,
  writeWav,
} from './ulaw';

test('μ-law round trip stays within the quantisation step of each segment', () => {
  for (let sample = -32768; sample <= 32767; sample += 7) {
    const decoded = ulawToLinear(linearToUlaw(sample));
    const clipped = Math.max(-32635, Math.min(32635, sample));
    // Segment e spans steps of 2^(e+3); the decoder returns the middle of the step.
    const step = 2 ** (Math.max(0, Math.floor(Math.log2((Math.abs(clipped) + 0x84) >> 7))) + 3);
    assert.ok(Math.abs(decoded - clipped) <= step, `${sample} → ${decoded} (step ${step})`);
  }
});

test('μ-law matches G.711 at known points', () => {
  assert.equal(linearToUlaw(0), 0xff);
  assert.equal(linearToUlaw(-1), 0x7f);
  assert.equal(linearToUlaw(32767), 0x80);
  assert.equal(linearToUlaw(-32768), 0x00);
  assert.equal(ulawToLinear(0xff), 0);
  assert.equal(ulawToLinear(0x80), 32124);
  assert.equal(ulawToLinear(0x00), -32124);
  // Every code decodes and encodes back to itself, except negative zero (0x7f), which is zero.
  for (let code = 0; code < 256; code++) if (code !== 0x7f) assert.equal(linearToUlaw(ulawToLinear(code)), code, `code ${code}`);
  assert.deepEqual([...decodeUlaw(encodeUlaw(Int16Array.from([0, 1000, -1000])))], [0, 988, -988]);
});

test('linear resampling keeps the duration and interpolates between samples', () => {
  assert.equal(resampleLinear(new Int16Array(22050), 22050, 8000).length, 8000);
  assert.equal(resampleLinear(new Int16Array(16000), 16000, 8000).length, 8000);
  assert.equal(resampleLinear(new Int16Array(4000), 8000, 24000).length, 12000);
  assert.deepEqual([...resampleLinear(Int16Array.from([0, 100, 200, 300]), 4000, 8000)], [0, 50, 100, 150, 200, 250, 300, 300]);
  assert.deepEqual([...resampleLinear(Int16Array.from([0, 100, 200, 300]), 8000, 4000)], [0, 200]);
  assert.throws(() => resampleLinear(new Int16Array(4), 0, 8000), RangeError);
});

test('a written WAV has the 16-bit PCM header and parses back to the same samples', () => {
  const samples = Int16Array.from([0, 1, -1, 32767, -32768, 1234]);
  const file = writeWav({ sampleRate: 8000, samples });
  assert.equal(file.length, 44 + samples.length * 2);
  assert.equal(file.toString('ascii', 0, 4), 'RIFF');
  assert.equal(file.readUInt32LE(4), file.length - 8);
  assert.equal(file.toString('ascii', 8, 16), 'WAVEfmt ');
  assert.equal(file.readUInt16LE(20), 1, 'PCM');
  assert.equal(file.readUInt16LE(22), 1, 'mono');
  assert.equal(file.readUInt32LE(24), 8000);
  assert.equal(file.readUInt32LE(28), 16000, 'byte rate');
  assert.equal(file.readUInt16LE(34), 16);
  assert.equal(file.toString('ascii', 36, 40), 'data');
  assert.equal(file.readUInt32LE(40), samples.length * 2);
  assert.deepEqual(parseWav(file), { sampleRate: 8000, samples });
});

function ulawWav(ulaw: Buffer, { channels = 1, dataSize = ulaw.length } = {}): Buffer {
  const header = Buffer.alloc(58);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(50 + ulaw.length, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(18, 16);
  header.writeUInt16LE(7, 20);
  header.writeUInt16LE(channels, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(8000 * channels, 28);
  header.writeUInt16LE(channels, 32);
  header.writeUInt16LE(8, 34);
  header.writeUInt16LE(0, 36); // cbSize
  header.write('fact', 38, 'ascii');
  header.writeUInt32LE(4, 42);
  header.writeUInt32LE(ulaw.length / channels, 46);
  header.write('data', 50, 'ascii');
  header.writeUInt32LE(dataSize, 54);
  return Buffer.concat([header, ulaw]);
}

test('μ-law WAVs (format 7), stereo mixes and streamed data sizes parse', () => {
  const ulaw = encodeUlaw(Int16Array.from([0, 1000, -1000, 8000]));
  assert.deepEqual(parseWav(ulawWav(ulaw)), { sampleRate: 8000, samples: decodeUlaw(ulaw) });
  // espeak-ng writing to a pipe leaves the data size at 0x7fffffff: the file's end is the data's end.
  assert.deepEqual(parseWav(ulawWav(ulaw, { dataSize: 0x7fffffff })).samples, decodeUlaw(ulaw));
  const stereo = encodeUlaw(Int16Array.from([1000, 3000, -1000, -3000]));
  assert.deepEqual([...parseWav(ulawWav(stereo, { channels: 2 })).samples], [(988 + 3004) / 2, -(988 + 3004) / 2]);
});

test('files that are not 16-bit PCM or μ-law WAV are refused with the reason', () => {
  assert.throws(() => parseWav(Buffer.from('not a wav file at all')), /no RIFF\/WAVE header/);
  const eightBitPcm = writeWav({ sampleRate: 8000, samples: new Int16Array(4) });
  eightBitPcm.writeUInt16LE(8, 34);
  assert.throws(() => parseWav(eightBitPcm), WavError);
  assert.throws(() => parseWav(eightBitPcm), /format 1 with 8 bits/);
  const noData = writeWav({ sampleRate: 8000, samples: new Int16Array(0) }).subarray(0, 36);
  assert.throws(() => parseWav(noData), /no data chunk/);
});

test('phone audio is cut into 20 ms frames, the last padded with silence', () => {
  const ulaw = toPhoneUlaw(tone(440, 1000, 22050));
  assert.equal(ulaw.length, 8000);
  const frames = ulawFrames(ulaw.subarray(0, 400));
  assert.equal(frames.length, 3);
  const last = Buffer.from(frames[2]!, 'base64');
  assert.equal(last.length, FRAME_BYTES);
  assert.deepEqual(last.subarray(0, 80), ulaw.subarray(320, 400));
  assert.ok(last.subarray(80).every((byte) => byte === ULAW_SILENCE));
});

test('a recording of received frames is an 8 kHz PCM WAV of the decoded audio', () => {
  const frames = ulawFrames(toPhoneUlaw(tone(1000, 40)));
  const recording = parseWav(recordingWav(frames));
  assert.equal(recording.sampleRate, 8000);
  assert.equal(recording.samples.length, 320);
  assert.deepEqual(recording.samples, decodeUlaw(Buffer.concat(frames.map((frame) => Buffer.from(frame, 'base64')))));
});
