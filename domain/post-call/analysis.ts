import type { KbCategory } from '../kb/categories';
import { STOP_WORDS } from '../kb/tokenize';
import { analyzeUtterance, type IntentName } from '../language/intents';
import { callSentiment, type SentimentLabel } from '../language/sentiment';
import { analyzeText, matchLexicon } from '../language/lexicon';
import { allTopicTerms, CALL_NOISE, inferOutcome, summarizeCall, type CallOutcome, type TranscriptTurn } from './summary';
import { PROBLEM_TOPICS, TOPIC_CATEGORY, TOPICS, type Topic } from '../language/topic-lexicons';

export type { CallOutcome, TranscriptTurn } from './summary';
export { callSentiment, scoreSentiment, type Sentiment, type SentimentLabel } from '../language/sentiment';
export { summarizeCall, inferOutcome } from './summary';

/*
 * Post-call analysis without a model: the same shape a model-backed summariser fills in, so
 * the workflow can use either. Deterministic, so it can run inside the workflow too.
 */

export interface PostCallOptions {
  /** How the call ended, as the workflow recorded it; inferred from the transcript otherwise. */
  outcome?: CallOutcome;
  ticketId?: string;
  /** Used when the words alone point nowhere (e.g. the category the call was routed with). */
  category?: KbCategory;
}

export interface PostCallAnalysis {
  summary: string;
  category: KbCategory;
  sentiment: SentimentLabel;
  /** In [-1, 1]. */
  sentimentScore: number;
  /** In [0, 1]: the caller's frustration at its highest (repeated failures, blocked, swearing, sarcasm). */
  frustration: number;
  /** Why they called: the specialist their words point to, 'human', or 'unknown'. */
  intent: IntentName;
  /** Problem topics mentioned, strongest first. */
  topics: Topic[];
  /** The caller's most used content words. */
  keywords: string[];
  outcome: CallOutcome;
}

const MIN_TOPIC_SCORE = 2;
const MAX_KEYWORDS = 6;
/** Words that name a problem area count double against words that merely recur. */
const TOPICAL_BONUS = 2;

function topicsOf(callerText: string): Topic[] {
  const scores = analyzeUtterance(callerText).topicScores;
  return TOPICS.filter((topic) => PROBLEM_TOPICS.includes(topic) && scores[topic] >= MIN_TOPIC_SCORE).sort((a, b) => scores[b] - scores[a]);
}

function keywordsOf(callerTexts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of callerTexts) {
    const tokens = analyzeText(text);
    const topical = new Set(matchLexicon(tokens, allTopicTerms).map((match) => match.at));
    tokens.forEach((token, index) => {
      const word = token.raw;
      if (token.isBreak || STOP_WORDS.has(word) || CALL_NOISE.has(word) || word.length < 3 || /^\d+$/.test(word)) return;
      counts.set(word, (counts.get(word) ?? 0) + 1 + (topical.has(index) ? TOPICAL_BONUS : 0));
    });
  }
  // Map keeps first-seen order and the sort is stable, so ties stay in the order they were said.
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_KEYWORDS)
    .map(([word]) => word);
}

function intentOf(callerTexts: readonly string[]): IntentName {
  for (const text of callerTexts) {
    const analysis = analyzeUtterance(text);
    if (analysis.route !== null) return analysis.route;
  }
  return callerTexts.some((text) => analyzeUtterance(text).wantsHuman) ? 'human' : 'unknown';
}

export function analyzeConversation(transcript: readonly TranscriptTurn[], options: PostCallOptions = {}): PostCallAnalysis {
  const callerTexts = transcript.filter((turn) => turn.role === 'caller').map((turn) => turn.text);
  const topics = topicsOf(callerTexts.join('. '));
  const [mainTopic] = topics;
  const outcome = options.outcome ?? inferOutcome(transcript);
  const sentiment = callSentiment(callerTexts);
  return {
    summary: summarizeCall(transcript, outcome, options.ticketId),
    category: mainTopic !== undefined ? TOPIC_CATEGORY[mainTopic] : (options.category ?? 'general'),
    sentiment: sentiment.label,
    sentimentScore: sentiment.score,
    frustration: sentiment.frustration,
    intent: intentOf(callerTexts),
    topics,
    keywords: keywordsOf(callerTexts),
    outcome,
  };
}
