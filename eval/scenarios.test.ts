import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseScenarios } from './scenarios';

test('a scenario line: utterance or turns, expectations, unknown fields ignored', () => {
  const { scenarios, problems } = parseScenarios(
    [
      '{"id":"a","utterance":"my printer is jammed","expected_agent":"printer","expected_priority":"medium","expected_kb":"printer-paper-jam","mood":"calm"}',
      '{"id":"b","turns":["hi","the wifi keeps dropping"],"expected_agent":"network","expected_priority":"medium","caller_phone":"+15557770001","notes":"two turns"}',
      '',
      '// a comment',
    ].join('\n'),
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(scenarios, [
    {
      id: 'a',
      turns: ['my printer is jammed'],
      expectedAgent: 'printer',
      expectedPriority: 'medium',
      expectedKb: 'printer-paper-jam',
      line: 1,
    },
    {
      id: 'b',
      turns: ['hi', 'the wifi keeps dropping'],
      expectedAgent: 'network',
      expectedPriority: 'medium',
      callerPhone: '+15557770001',
      line: 2,
    },
  ]);
});

test('bad lines are reported with their line number and skipped; the good ones still run', () => {
  const { scenarios, problems } = parseScenarios(
    [
      '{"id":"ok","utterance":"agent","expected_agent":"human","expected_priority":"medium"}',
      '{"id":"x","utterance":"hi",',
      '{"id":"y","utterance":"hi","expected_agent":"billing","expected_priority":"medium"}',
      '{"id":"z","utterance":"hi","expected_agent":"human","expected_priority":"urgent"}',
      '{"id":"w","utterance":"hi","turns":["hi"],"expected_agent":"human","expected_priority":"medium"}',
      '{"id":"ok","utterance":"operator","expected_agent":"human","expected_priority":"medium"}',
    ].join('\n'),
  );
  assert.deepEqual(
    scenarios.map((scenario) => scenario.id),
    ['ok'],
  );
  assert.deepEqual(
    problems.map((problem) => problem.line),
    [2, 3, 4, 5, 6],
  );
  assert.match(problems[0]?.message ?? '', /not valid JSON/);
  assert.match(problems[1]?.message ?? '', /expected_agent/);
  assert.match(problems[2]?.message ?? '', /expected_priority/);
  assert.match(problems[3]?.message ?? '', /exactly one of "utterance" or "turns"/);
  assert.match(problems[4]?.message ?? '', /duplicate id "ok" \(first on line 1\)/);
});
