/** USD per million tokens; unknown models cost 0 and are logged as such (self-hosted models). */
const PRICES_PER_MILLION: Record<string, { input: number; output: number }> = {
  'gpt-4o-mini': { input: 0.15, output: 0.6 },
  'gpt-4o': { input: 2.5, output: 10 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6 },
  'gpt-4.1': { input: 2, output: 8 },
  'gpt-5-mini': { input: 0.25, output: 2 },
};

export function tokenCostUsd(model: string, promptTokens: number, completionTokens: number): number {
  const price = PRICES_PER_MILLION[model] ?? Object.entries(PRICES_PER_MILLION).find(([name]) => model.startsWith(`${name}-`))?.[1];
  if (!price) return 0;
  return (promptTokens * price.input + completionTokens * price.output) / 1_000_000;
}

/** USD per million Realtime tokens, text and audio priced apart (OpenAI's list prices). */
const REALTIME_PRICES_PER_MILLION: Record<string, { textIn: number; textOut: number; audioIn: number; audioOut: number }> = {
  'gpt-realtime': { textIn: 4, textOut: 16, audioIn: 32, audioOut: 64 },
  'gpt-realtime-mini': { textIn: 0.6, textOut: 2.4, audioIn: 10, audioOut: 20 },
  'gpt-4o-realtime-preview': { textIn: 5, textOut: 20, audioIn: 40, audioOut: 80 },
  'gpt-4o-mini-realtime-preview': { textIn: 0.6, textOut: 2.4, audioIn: 10, audioOut: 20 },
};

export interface RealtimeTokens {
  inputTextTokens: number;
  inputAudioTokens: number;
  outputTextTokens: number;
  outputAudioTokens: number;
}

/** A Realtime response's cost; a dated snapshot (gpt-realtime-2025-08-28) is priced as its family. */
export function realtimeCostUsd(model: string, tokens: RealtimeTokens): number {
  const family = Object.keys(REALTIME_PRICES_PER_MILLION)
    .sort((a, b) => b.length - a.length)
    .find((name) => model === name || model.startsWith(`${name}-`));
  const price = family ? REALTIME_PRICES_PER_MILLION[family] : undefined;
  if (!price) return 0;
  const { inputTextTokens, inputAudioTokens, outputTextTokens, outputAudioTokens } = tokens;
  return (
    (inputTextTokens * price.textIn +
      inputAudioTokens * price.audioIn +
      outputTextTokens * price.textOut +
      outputAudioTokens * price.audioOut) /
    1_000_000
  );
}
