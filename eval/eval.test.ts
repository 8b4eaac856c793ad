import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { parseConfig } from '../domain/config';
import type { EvalSummary } from './metrics';
import { evaluateScenarios, startEvalStack, type EvalStack } from './run';

/*
 * `npm run eval` in CI: the shipped scenario sets played through the real call path with the
 * rules brain, each figure held to a floor. The floors sit a little under the last measured
 * figures (README, "Understanding callers"), so a change that loses ground fails here.
 */

interface Floors {
  routing: number;
  priority: number;
  kbTop1: number;
  kbTop3: number;
  escalation: number;
}

const FLOORS: Record<string, Floors> = {
  'eval/scenarios/train.jsonl': { routing: 0.97, priority: 0.95, kbTop1: 0.9, kbTop3: 0.97, escalation: 0.97 },
  'eval/scenarios/held-out.jsonl': { routing: 0.88, priority: 0.85, kbTop1: 0.92, kbTop3: 0.97, escalation: 0.95 },
  'eval/scenarios/fresh-held-out.jsonl': { routing: 0.87, priority: 0.72, kbTop1: 0.92, kbTop3: 0.97, escalation: 0.93 },
};

let stack: EvalStack;
before(async () => {
  stack = await startEvalStack(parseConfig({ BRAIN: 'rules' }));
});
after(async () => {
  await stack?.close();
});

function check(file: string, summary: EvalSummary, floors: Floors): void {
  const figures: Array<[keyof Floors, number | null]> = [
    ['routing', summary.routing.rate],
    ['priority', summary.priority.rate],
    ['kbTop1', summary.kb.top1.rate],
    ['kbTop3', summary.kb.top3.rate],
    ['escalation', summary.escalation.rate],
  ];
  for (const [name, rate] of figures) {
    assert.ok(rate !== null && rate >= floors[name], `${file}: ${name} ${rate?.toFixed(3)} is under its floor ${floors[name]}`);
  }
  assert.equal(summary.errors, 0, `${file}: scenarios that failed to play`);
}

for (const [file, floors] of Object.entries(FLOORS)) {
  test(`${file} through the real call path stays at or above its floors`, async () => {
    const report = await evaluateScenarios(stack, file, await readFile(new URL(`../${file}`, import.meta.url), 'utf8'), { concurrency: 4 });
    assert.deepEqual(report.lineProblems, []);
    check(file, report.summary, floors);
  });
}
