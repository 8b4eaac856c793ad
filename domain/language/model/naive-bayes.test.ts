import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HELD_OUT_SETS, TRAINING_SETS } from '../../../eval/scenarios';
import { GENERATED_MODULE, renderModule, trainModels } from '../../../tools/train-language-model';
import { rankLabels, textFeatures, trainNaiveBayes } from './naive-bayes';
import { readFileSync } from 'node:fs';

const EXAMPLES = [
  { text: 'the printer is jammed again', label: 'printer' },
  { text: 'paper stuck in the printer', label: 'printer' },
  { text: 'printer shows offline', label: 'printer' },
  { text: 'outlook keeps asking for my password', label: 'email' },
  { text: 'emails stuck in the outbox', label: 'email' },
];

test('words and neighbouring pairs are the features, stemmed, each once', () => {
  assert.deepEqual(textFeatures('Printer jammed, printer JAMMED'), ['printer', 'jam', 'printer_jam', 'jam_printer']);
});

test('training is deterministic and keeps counts sparse, as label index and count pairs', () => {
  const model = trainNaiveBayes(EXAMPLES);
  assert.deepEqual(trainNaiveBayes([...EXAMPLES].reverse()), model, 'the order of the corpus does not matter');
  assert.deepEqual(model.labels, ['email', 'printer']);
  assert.deepEqual(model.documents, [2, 3]);
  assert.deepEqual(model.counts.printer, [1, 3], 'three printer texts say "printer"');
  assert.deepEqual(model.counts.stuck, [0, 1, 1, 1]);
  assert.equal(trainNaiveBayes(EXAMPLES, 2).counts.outlook, undefined, 'a word in one text only is pruned at two');
});

test('the posterior ranks the label whose words were said, sums to one, and counts the known content words', () => {
  const model = trainNaiveBayes(EXAMPLES);
  const ranked = rankLabels(model, 'my printer has paper stuck in it');
  assert.equal(ranked[0]?.label, 'printer');
  assert.ok(Math.abs(ranked.reduce((sum, prediction) => sum + prediction.probability, 0) - 1) < 1e-9);
  assert.equal(ranked[0]?.knownWords, 3, 'printer, paper, stuck');
  const unknown = rankLabels(model, 'the weather is lovely');
  assert.equal(unknown[0]?.knownWords, 0);
  assert.ok((unknown[0]?.probability ?? 1) < 0.7, 'nothing known: about the priors');
});

test('the committed models are what the corpus trains (run `npm run train` after changing the corpus)', () => {
  const committed = readFileSync(new URL(`../../../${GENERATED_MODULE}`, import.meta.url), 'utf8');
  assert.equal(committed, renderModule(trainModels()), `${GENERATED_MODULE} is stale`);
});

test('no held-out set is trained on', () => {
  for (const file of TRAINING_SETS) assert.ok(!file.includes('held-out'), file);
  for (const file of HELD_OUT_SETS) assert.ok(!(TRAINING_SETS as readonly string[]).includes(file), file);
});
