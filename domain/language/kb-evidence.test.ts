import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeUtterance } from './intents';
import { kbVotes, routeWithKbEvidence } from './kb-evidence';

test('a strong match to one specialist routes there when the words name no system', () => {
  const analysis = analyzeUtterance('there is a stop code');
  assert.equal(analysis.route, null, 'the words alone decide nothing');
  const route = routeWithKbEvidence(analysis, [
    { category: 'computer', score: 9.7 },
    { category: 'printer', score: 3.1 },
  ]);
  assert.deepEqual(route, { specialist: 'computer', category: 'computer' });
});

test('account articles belong to the service desk', () => {
  const route = routeWithKbEvidence(analyzeUtterance('it keeps saying it expired'), [{ category: 'account', score: 12 }]);
  assert.deepEqual(route, { specialist: 'servicedesk', category: 'account' });
});

test('weak matches, or results without scores, are no evidence', () => {
  const analysis = analyzeUtterance("i'm not sure, it's just not working");
  assert.equal(routeWithKbEvidence(analysis, [{ category: 'network', score: 3.6 }]), null);
  assert.equal(routeWithKbEvidence(analysis, [{ category: 'network' }, { category: 'network' }]), null);
  assert.equal(kbVotes([]).size, 0);
});

test('the vote is soft: a middling match split between specialists does not outvote the words', () => {
  const analysis = analyzeUtterance('my outlook keeps asking for my password');
  const route = routeWithKbEvidence(analysis, [
    { category: 'account', score: 6 },
    { category: 'network', score: 5.5 },
    { category: 'computer', score: 5 },
  ]);
  assert.equal(route?.specialist, 'email');
});

test("the KB's vote grows with the best match's strength and is shared by score", () => {
  const votes = kbVotes([
    { category: 'printer', score: 15 },
    { category: 'printer', score: 5 },
    { category: 'email', score: 5 },
  ]);
  assert.ok(Math.abs((votes.get('printer') ?? 0) - 0.8) < 1e-9, `printer ${votes.get('printer')}`);
  assert.ok(Math.abs((votes.get('email') ?? 0) - 0.2) < 1e-9);
});

test('as a last resort a strong match leads however small its lead; a weak one still does not count', () => {
  const analysis = analyzeUtterance("the hp upstairs shows off line. i'm not sure, it's just not working");
  const split = [
    { category: 'printer', score: 8.6 },
    { category: 'network', score: 6.2 },
    { category: 'email', score: 6.2 },
  ] as const;
  assert.equal(routeWithKbEvidence(analysis, split), null, 'not confident enough on a first try');
  assert.equal(routeWithKbEvidence(analysis, split, { lastResort: true })?.specialist, 'printer');
  assert.equal(routeWithKbEvidence(analysis, [{ category: 'network', score: 3.6 }], { lastResort: true }), null);
});
