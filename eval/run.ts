import { performance } from 'node:perf_hooks';
import { adoptOrphanTickets } from '../activities/tickets/open-ticket';
import { ticketWorkflowStarter } from '../activities/tickets/start';
import { effectiveBrain, type Config } from '../domain/config';
import type { TextBrainSettings } from '../activities/brains/text-brain';
import { startCallHarness, type CallHarness } from '../tests/support/call-harness';
import { summarize, type ScenarioResult } from './metrics';
import { createCallObserver } from './observe';
import { DEFAULT_CALLER_PHONE, playScenario } from './play';
import type { FileReport } from './report';
import { parseScenarios, type Scenario } from './scenarios';

/*
 * Runs scenario files through the real call path: a Temporal dev server, the worker with the
 * CallWorkflow and its activities, a freshly migrated and seeded PostgreSQL database, and the
 * voice edge over HTTP, driven only by signed Twilio webhooks. The same stand-up as the call
 * tests (tests/support/call-harness.ts), with the configured brain.
 */

export interface EvalStack {
  harness: CallHarness;
  brain: 'rules' | 'text';
  close(): Promise<void>;
}

/** The brain settings come from the configuration, as in `npm start`; nothing else does. */
export async function startEvalStack(
  config: Pick<Config, 'BRAIN' | 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'OPENAI_MODEL' | 'OPENAI_TIMEOUT_MS'>,
): Promise<EvalStack> {
  // The eval speaks text turns: realtime is evaluated as the text brain over the same catalog.
  const chosen = effectiveBrain({ ...config, REALTIME_ENABLED: false });
  const brain = chosen === 'realtime' ? 'text' : chosen;
  const textBrain: TextBrainSettings = {
    apiKey: config.OPENAI_API_KEY,
    baseUrl: config.OPENAI_BASE_URL,
    model: config.OPENAI_MODEL,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
  };
  const env: Record<string, string> = { BRAIN: brain };
  if (config.OPENAI_API_KEY) env.OPENAI_API_KEY = config.OPENAI_API_KEY;
  const harness = await startCallHarness({ env, activities: { textBrain } });
  // As `npm start` does: the seeded tickets get their workflows, so callers can update them.
  await adoptOrphanTickets(harness.db.prisma, ticketWorkflowStarter({ client: harness.env.client, taskQueue: harness.taskQueue }));
  return { harness, brain, close: () => harness.close() };
}

async function runOne(
  stack: EvalStack,
  observe: ReturnType<typeof createCallObserver>['observe'],
  scenario: Scenario,
): Promise<ScenarioResult> {
  try {
    const caller = stack.harness.caller(scenario.callerPhone ?? DEFAULT_CALLER_PHONE);
    const played = await playScenario(caller, scenario);
    await stack.harness.finished(played.callSid);
    return { scenario, played, observed: await observe(played.callSid) };
  } catch (error) {
    return { scenario, error: (error as Error).message };
  }
}

/** Runs `work` over `items` with at most `limit` at a time; results keep the items' order. */
async function inPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return results;
}

export interface EvalFileOptions {
  concurrency: number;
  /** Called after each scenario, for progress output. */
  onResult?: (result: ScenarioResult, done: number, total: number) => void;
}

export async function evaluateScenarios(stack: EvalStack, file: string, content: string, options: EvalFileOptions): Promise<FileReport> {
  const startedAt = performance.now();
  const { scenarios, problems } = parseScenarios(content);
  const { observe } = createCallObserver(stack.harness.db.prisma, stack.harness.env.client);
  let done = 0;
  const results = await inPool(scenarios, options.concurrency, async (scenario) => {
    const result = await runOne(stack, observe, scenario);
    done += 1;
    options.onResult?.(result, done, scenarios.length);
    return result;
  });
  return { file, brain: stack.brain, durationMs: performance.now() - startedAt, lineProblems: problems, summary: summarize(results) };
}
