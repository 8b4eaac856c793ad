/*
 * Lexicons for the conversational moves a caller makes around the problem itself: asking for
 * a person, answering yes or no, saying goodbye. Weights as in topicLexicons.ts.
 */

/** Someone the caller may ask to speak to. */
export const PERSON_WORDS: Readonly<Record<string, number>> = {
  person: 4, human: 5, someone: 3, somebody: 3, agent: 4, representative: 5, rep: 3, operator: 5,
  technician: 3.5, tech: 3, engineer: 3, supervisor: 4, manager: 3, 'real person': 6, 'live person': 6,
  'actual person': 6, 'live agent': 6, 'human being': 6, 'customer service': 4, 'help desk': 2, staff: 2.5,
  'anyone': 3, 'anybody': 3,
};

/** Verbs of being put through; a person word needs one of these nearby to count as a request. */
export const CONNECT_WORDS: Readonly<Record<string, number>> = {
  talk: 1, speak: 1, chat: 1, connect: 1, transfer: 1, 'put me through': 1, 'get me': 1, 'give me': 1, reach: 1,
  want: 1, need: 1, prefer: 1, rather: 1, 'let me': 1,
};

/** Requests for a person that need no person word next to them. */
export const HUMAN_PHRASES: Readonly<Record<string, number>> = {
  'transfer me': 5, 'put me through': 5, 'escalate this': 4, escalate: 3.5, 'stop the robot': 5,
  'not a robot': 4, 'not a machine': 4, 'talk to real': 5, 'speak to real': 5, 'press zero': 3,
  'get me out of this': 3, 'not talk to a robot': 5, 'not a bot': 4, 'no robot': 4,
};

/** When the whole utterance is just one of these, it is a request for a person. */
export const BARE_PERSON_REQUESTS: ReadonlySet<string> = new Set([
  'agent', 'human', 'person', 'operator', 'representative', 'rep', 'technician', 'someone', 'a person',
  'a human', 'an agent', 'real person', 'a real person', 'live agent', 'a live agent', 'live person',
  'customer service', 'operator please', 'agent please', 'representative please', 'human please',
]);

export const CALLBACK_PHRASES: Readonly<Record<string, number>> = {
  'call me back': 6, callback: 6, 'call back': 3, 'ring me back': 6, 'phone me back': 6, 'call me later': 6,
  'call me tomorrow': 6, 'give me a call': 5, 'get back to me': 4, 'have someone call me': 6,
  'can someone call me': 6, 'someone call me': 5, 'schedule a call': 5, 'book a call': 5, 'reach me later': 4,
  'contact me later': 4, 'call me when': 5, 'return my call': 4, 'call me on': 3, 'better time': 2, 'call me': 4, 'ring me': 4, 'phone me': 4,
};

export const GOODBYE_PHRASES: Readonly<Record<string, number>> = {
  bye: 5, goodbye: 5, 'bye bye': 5, 'see you': 3, 'see ya': 3, 'take care': 3, 'have a good day': 5,
  'have a nice day': 5, 'have a great day': 5, 'good night': 3, cheers: 2, "that is all": 5, 'that is it': 2.5,
  'nothing else': 5, 'no thanks': 4, 'no thank you': 4, 'i am done': 4, 'we are done': 4, 'all set': 3.5,
  'i am good': 2.5, 'i am fine': 2, 'that will be all': 5, 'that is everything': 5, 'hang up': 3,
  'let you go': 4, 'talk later': 3, 'no more questions': 5, 'i will call back': 5, 'for today': 2, thanks: 1, 'thank you': 1, 'i will call you back': 5, 'call again later': 4, 'that is all i need': 5, 'nope that is it': 5,
};

/** Positive answers and signs the problem is gone. Negated ("not fixed") they count as a no. */
export const AFFIRM_TERMS: Readonly<Record<string, number>> = {
  yes: 3, yeah: 3, yep: 3, yup: 3, yea: 3, ya: 2, aye: 2, sure: 2.5, correct: 3, right: 1.5, 'that is right': 3.5,
  exactly: 2.5, absolutely: 2.5, definitely: 2.5, affirmative: 3, indeed: 2, 'of course': 2.5, 'uh huh': 2.5,
  mhm: 2.5, 'mm hmm': 2.5, okay: 1, ok: 1, alright: 1, fine: 1, perfect: 2.5, great: 2, awesome: 2, brilliant: 2,
  excellent: 2, 'sounds good': 2.5, 'go ahead': 2, 'please do': 2.5, please: 0.5,
  fix: 2.5, work: 2, resolv: 2.5, solv: 2.5, sort: 1.5, help: 1.5, 'that did it': 3.5, 'did the trick': 3.5,
  'good now': 3, 'all good': 3, 'back up': 2, 'back online': 3, 'back to normal': 3, 'up and running': 3,
  'came back': 2, 'come back': 1.5, 'it is on': 1.5, print: 1.5, connect: 1.5, load: 1.5, sync: 1.5, boot: 1.5,
  'that is it': 2, 'it is gone': 2, better: 1.5, 'i think so': 1.5, 'looks good': 2.5,
};

/** Negative answers and signs the problem remains. Negated ("not broken anymore") they count as a yes. */
export const DENY_TERMS: Readonly<Record<string, number>> = {
  no: 3, nope: 3, nah: 3, negative: 2.5, wrong: 2.5, incorrect: 3, 'not really': 3, 'not quite': 3,
  'not yet': 3, 'i do not think so': 4, 'not at all': 3, still: 1.5, 'still the same': 4, 'same problem': 3.5,
  'same thing': 3, 'same issue': 3.5, 'no change': 4, 'no luck': 4, 'no dice': 4, 'nothing happened': 4,
  'nothing changed': 4, 'did not help': 4, 'did not work': 4, 'not work': 3, 'not fix': 3, worse: 3,
  break: 2, broke: 2, fail: 2, error: 1.5, problem: 0.5, issue: 0.5, 'not that': 2,
  nothing: 2, 'but nothing': 3, unfortunately: 2, sadly: 2, 'afraid not': 3, 'guess not': 3, 'apparently not': 3, 'kind of': 1.5, 'sort of': 1.5, slow: 1, partly: 2, sometimes: 1,
};

/** Phrases where a negative word means "yes" and must not be read as a no. */
export const AFFIRM_OVERRIDES: Readonly<Record<string, number>> = {
  'no problem': 3, 'no worries': 3, 'no issue': 2, 'no issues': 2, 'not bad': 1.5, 'no doubt': 2,
};

export const HOLD_PHRASES: Readonly<Record<string, number>> = {
  'hold on': 5, 'hang on': 5, 'one second': 5, 'one sec': 5, 'just a second': 5, 'give me a second': 5,
  'give me a minute': 5, 'just a minute': 5, 'one moment': 5, 'just a moment': 5, 'bear with me': 5, wait: 3,
  'let me try': 4, 'let me check': 4, 'let me see': 3, 'trying it now': 4, 'doing it now': 4, 'working on it': 4,
  'give me a sec': 5, 'still going': 3, 'still restarting': 4, 'still loading': 3,
};

export const REPEAT_PHRASES: Readonly<Record<string, number>> = {
  repeat: 5, 'say that again': 5, 'say again': 4, 'what was that': 4, 'come again': 4, pardon: 4,
  'did not catch': 5, 'did not hear': 4, 'one more time': 4, 'what did you say': 5, 'sorry what': 4,
  'could you repeat': 5, 'slow down': 3, 'what was the': 2,
};

export const DONT_KNOW_PHRASES: Readonly<Record<string, number>> = {
  'do not know': 5, 'not sure': 4, 'no idea': 5, 'no clue': 5, 'can not remember': 5, 'do not remember': 5,
  'forget': 3, 'do not have': 4, 'can not find': 4, 'what code': 4, 'what is that': 3, 'never heard': 4,
  'where do i find': 4, 'where would i find': 4, 'not have it': 4, 'not have one': 4, 'no code': 4,
};
