/** Human-facing progress lines for long setup steps (the launcher, test runner and CI). */
export function step(message: string): void {
  process.stdout.write(`\u001b[36m▸\u001b[0m ${message}\n`);
}

export async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const startedAt = performance.now();
  step(`${label}…`);
  const result = await work();
  step(`${label}: done in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
  return result;
}
