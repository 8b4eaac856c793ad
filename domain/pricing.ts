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
