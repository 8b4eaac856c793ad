import { analyzeText } from './lexicon';
import { TOPIC_TERMS, TOPICS } from './topic-lexicons';
import { PERSON_WORDS } from './conversation-lexicons';

/*
 * Every word the topic and person lexicons know, stemmed: what a name is not. "Talk to support"
 * or "talk to sarah" names someone; "talk to the printer" does not.
 */

const EVERYDAY = `you me us them him her it this that there here someone somebody anyone anybody everyone nobody
  about again because before after now today tomorrow yesterday morning afternoon please thanks`;

const known: ReadonlySet<string> = new Set(
  [...TOPICS.flatMap((topic) => Object.keys(TOPIC_TERMS[topic])), ...Object.keys(PERSON_WORDS), EVERYDAY].flatMap((phrase) =>
    analyzeText(phrase).map((token) => token.stem),
  ),
);

export function isKnownWord(stem: string): boolean {
  return known.has(stem);
}
