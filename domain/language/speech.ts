/* How numbers are spoken back to callers: digit by digit, so nothing is misheard. */

const DIGIT_NAMES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;

/** "10042" -> "one zero zero four two". Non-digits are dropped. */
export function spellDigits(digits: string): string {
  return [...digits]
    .filter((char) => char >= '0' && char <= '9')
    .map((char) => DIGIT_NAMES[Number(char)])
    .join(' ');
}

/** "UE" -> "U E". */
export function spellLetters(letters: string): string {
  return [...letters.toUpperCase()].join(' ');
}
