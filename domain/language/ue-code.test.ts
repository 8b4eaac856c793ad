import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { spellDigits } from './speech';
import {
  DEFAULT_UE_CODE_PATTERN,
  formatUeCodeForSpeech,
  parseUeCode,
  parseUeCodeDtmf,
  parseUeCodePattern,
  type UeCodePattern,
} from './ue-code';

const HEARD: ReadonlyArray<readonly [string, string | null]> = [
  ['UE-1042', 'UE-1042'],
  ['ue1042', 'UE-1042'],
  ['UE 1042', 'UE-1042'],
  ['U.E. 1042', 'UE-1042'],
  ['my code is U E one zero four two', 'UE-1042'],
  ['you ee one oh four two', 'UE-1042'],
  ['you e, 1, 0, 4, 2.', 'UE-1042'],
  ['u as in uniform e as in echo 1 0 4 2', 'UE-1042'],
  ['U for uniform, E for echo, one zero four two', 'UE-1042'],
  ['uniform echo one zero four two', 'UE-1042'],
  ['UE ten forty two', 'UE-1042'],
  ['my U E code is ten forty-two', 'UE-1042'],
  ['u e one thousand forty two', 'UE-1042'],
  ['u e one thousand and forty two', 'UE-1042'],
  ['UE double four one two', 'UE-4412'],
  ['u e triple one two', 'UE-1112'],
  ['u e one oh double oh', 'UE-1000'],
  ['it is u e dash one zero, uh, four two', 'UE-1042'],
  ['UE 10 42', 'UE-1042'],
  ['UE one 0 four 2', 'UE-1042'],
  ['u e nineteen oh five', 'UE-1905'],
  ['one zero four two', 'UE-1042'],
  ['oh one oh four two', 'UE-1042'],
  ['u e for one oh four two', 'UE-1042'],
  ['the code for us is one oh four two', 'UE-1042'],
  ['UE 1042 and 3 of our printers are down', 'UE-1042'],
  ['my printer is broken', null],
  ['one two', null],
  ['my code is 1042, no wait, 1043', null],
  ['', null],
  ['UE', null],
];

for (const [heard, expected] of HEARD) {
  test(`parseUeCode(${JSON.stringify(heard)}) -> ${expected}`, () => {
    assert.equal(parseUeCode(heard), expected);
  });
}

test('keypad entry: four digits, with * and #, or with the letters keyed as 8 3', () => {
  assert.equal(parseUeCodeDtmf('1042'), 'UE-1042');
  assert.equal(parseUeCodeDtmf('1042#'), 'UE-1042');
  assert.equal(parseUeCodeDtmf('*1042#'), 'UE-1042');
  assert.equal(parseUeCodeDtmf('831042'), 'UE-1042');
  assert.equal(parseUeCodeDtmf('104'), null);
  assert.equal(parseUeCodeDtmf('12345'), null);
  assert.equal(parseUeCode('1042#'), 'UE-1042');
});

test('the pattern setting', () => {
  assert.deepEqual(parseUeCodePattern(undefined), DEFAULT_UE_CODE_PATTERN);
  assert.deepEqual(parseUeCodePattern(''), DEFAULT_UE_CODE_PATTERN);
  assert.deepEqual(parseUeCodePattern('UE-####'), { prefix: 'UE', digits: 4 });
  assert.deepEqual(parseUeCodePattern('ac#####'), { prefix: 'AC', digits: 5 });
  assert.deepEqual(parseUeCodePattern('MSP-\\d{6}'), { prefix: 'MSP', digits: 6 });
  assert.throws(() => parseUeCodePattern('UE-XXXX'), /UE_CODE_PATTERN/);
});

test('other patterns are honoured', () => {
  const pattern: UeCodePattern = { prefix: 'AC', digits: 5 };
  assert.equal(parseUeCode('a c one two three four five', pattern), 'AC-12345');
  assert.equal(parseUeCode('alpha charlie 12345', pattern), 'AC-12345');
  assert.equal(parseUeCode('UE 1042', pattern), null);
  assert.equal(parseUeCodeDtmf('2212345', pattern), 'AC-12345');
});

test('read-back is spelled letter by letter and digit by digit', () => {
  assert.equal(formatUeCodeForSpeech('UE-1042'), 'U E, one zero four two');
  assert.equal(formatUeCodeForSpeech('UE-0007'), 'U E, zero zero zero seven');
  assert.equal(spellDigits('10042'), 'one zero zero four two');
});

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const digitsArb = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 4, maxLength: 4 }).map((digits) => digits.join(''));
const separatorArb = fc.constantFrom(' ', ', ', ' - ', ' uh ');
const prefixArb = fc.constantFrom('UE', 'U E', 'u.e.', 'you e', 'you ee', 'u as in uniform e as in echo', 'uniform echo', 'U-E');

test('property: any code said as digit words after any spoken prefix parses back', () => {
  fc.assert(
    fc.property(prefixArb, digitsArb, separatorArb, (prefix, digits, separator) => {
      const spoken = [...digits].map((digit) => DIGIT_WORDS[Number(digit)]).join(separator);
      assert.equal(parseUeCode(`my code is ${prefix} ${spoken}`), `UE-${digits}`);
    }),
  );
});

test('property: keyed digits parse back, with or without * and #', () => {
  fc.assert(
    fc.property(digitsArb, fc.constantFrom('', '*', '#'), fc.constantFrom('', '#'), (digits, before, after) => {
      assert.equal(parseUeCode(`${before}${digits}${after}`), `UE-${digits}`);
      assert.equal(parseUeCodeDtmf(`83${digits}`), `UE-${digits}`);
    }),
  );
});

test('property: the read-back form parses back to the same code', () => {
  fc.assert(
    fc.property(digitsArb, (digits) => {
      const code = `UE-${digits}`;
      assert.equal(parseUeCode(formatUeCodeForSpeech(code)), code);
    }),
  );
});

test('property: "oh" for zero and "double" for repeats are understood', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 9 }), (first, repeated) => {
      const spoken = `U E ${DIGIT_WORDS[first]} oh double ${DIGIT_WORDS[repeated]}`;
      assert.equal(parseUeCode(spoken), `UE-${first}0${repeated}${repeated}`);
    }),
  );
});

test('property: parseUeCode never throws and returns canonical codes only', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 60 }), (text) => {
      const code = parseUeCode(text);
      assert.ok(code === null || /^UE-\d{4}$/.test(code));
    }),
  );
});

test('a number said after "ticket", "case" or "reference" is never an organisation code', () => {
  for (const text of [
    "hi i'm calling about ticket one zero four two",
    'it is about case one zero four two',
    'reference number three three one eight please',
    'my ticket number is 1042',
    'one zero four two is my ticket',
  ]) {
    assert.equal(parseUeCode(text), null, text);
  }
  // The code's own letters still make it a code, next to a ticket number or not.
  assert.equal(parseUeCode('my code is u e one zero four two and ticket one zero zero zero three'), 'UE-1042');
  assert.equal(parseUeCode('one zero four two'), 'UE-1042');
});
