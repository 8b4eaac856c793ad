import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Bad BENCH_* settings, every one named. */
export class BenchConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid benchmark settings:\n  ${issues.join('\n  ')}`);
    this.name = 'BenchConfigError';
  }
}

/** Parses a benchmark's settings from the environment once, at its start; reports every bad one at once. */
export function parseBenchSettings<T extends z.ZodType>(schema: T, env: Record<string, string | undefined>): z.infer<T> {
  const result = schema.safeParse(env);
  if (!result.success) throw new BenchConfigError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  return result.data;
}

export const positiveInt = z.coerce.number().int().positive();

/** BENCH_RESULTS_FILE: where a run writes its report instead of bench/results/ (short trial runs, comparisons). */
export const ZResultsFile = z
  .string()
  .optional()
  .transform((value) => (value ? path.resolve(value) : undefined));

/** bench/results/<name>.md, the committed results. */
export function committedResultsFile(name: string): string {
  return fileURLToPath(new URL(`../results/${name}.md`, import.meta.url));
}
