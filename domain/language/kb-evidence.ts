import type { SpecialistName } from '../agents/names';
import { KB_CATEGORIES, type KbCategory } from '../kb/categories';
import type { IntentAnalysis } from './intents';
import { PROBLEM_TOPICS, TOPIC_SPECIALIST } from './topic-lexicons';

/*
 * Routing from the knowledge base's evidence, for when the words alone do not decide: every
 * article belongs to a specialist (by its category), so a confident match to one specialist's
 * articles is a vote for that specialist. The vote is soft: it is added to the classifier's own
 * topic scores, and it only counts when the best article matched strongly.
 */

/** A search result as routing reads it: whose article it is and how well it matched. */
export interface ScoredArticle {
  category: KbCategory;
  /** The ranking's score for the query; results without one carry no evidence. */
  score?: number | undefined;
}

/** Whose articles each category holds: the topic's own specialist; general articles are the service desk's. */
const CATEGORY_SPECIALIST = Object.fromEntries(
  KB_CATEGORIES.map((category) => [category, category === 'general' ? 'servicedesk' : TOPIC_SPECIALIST[category]]),
) as Record<KbCategory, SpecialistName>;

/**
 * Below this the best article shares a word or two with the caller's sentence, not the problem
 * ("it's just not working" matches many articles weakly). At twice this the match is full evidence.
 */
const CONFIDENT_KB_SCORE = 5;
/** The classifier's topic points that make its vote whole: a clear route needs 2.5 (intents.ts). */
const CLASSIFIER_FULL_VOTE = 5;
/** The combined vote the winner needs, of at most 2 (a whole vote from each side). */
const WINNING_VOTE = 0.4;

function categoryOwnedBy(specialist: SpecialistName): KbCategory {
  const owned = (Object.keys(CATEGORY_SPECIALIST) as KbCategory[]).find((category) => CATEGORY_SPECIALIST[category] === specialist);
  return owned ?? 'general';
}

type Votes = Map<SpecialistName, number>;

function add(votes: Votes, specialist: SpecialistName, amount: number): void {
  votes.set(specialist, (votes.get(specialist) ?? 0) + amount);
}

/** The knowledge base's vote: each specialist's share of the results' score, scaled by how strong the best match is. */
export function kbVotes(articles: readonly ScoredArticle[]): Votes {
  const votes: Votes = new Map();
  const scored = articles.filter((article) => (article.score ?? 0) > 0);
  const best = Math.max(0, ...scored.map((article) => article.score ?? 0));
  if (best < CONFIDENT_KB_SCORE) return votes;
  const strength = Math.min(1, best / (2 * CONFIDENT_KB_SCORE));
  const total = scored.reduce((sum, article) => sum + (article.score ?? 0), 0);
  for (const article of scored) add(votes, CATEGORY_SPECIALIST[article.category], (strength * (article.score ?? 0)) / total);
  return votes;
}

/** The classifier's vote: each specialist's share of the problem-topic points, whole only when the points are many. */
function classifierVotes(analysis: IntentAnalysis): Votes {
  const votes: Votes = new Map();
  const total = PROBLEM_TOPICS.reduce((sum, topic) => sum + analysis.topicScores[topic], 0);
  const scale = Math.max(total, CLASSIFIER_FULL_VOTE);
  for (const topic of PROBLEM_TOPICS) {
    if (analysis.topicScores[topic] > 0) add(votes, TOPIC_SPECIALIST[topic], analysis.topicScores[topic] / scale);
  }
  return votes;
}

export interface KbRoute {
  specialist: SpecialistName;
  /** The KB category to search: the winning specialist's best article's. */
  category: KbCategory;
}

/**
 * The specialist the classifier and the knowledge base agree on, or null when the knowledge base
 * matched nothing strongly (then the words alone decide, as before).
 */
export interface KbRouteOptions {
  /**
   * The caller was asked once already and the alternative is the service desk by default: a
   * strong match's leading vote wins however small its lead.
   */
  lastResort?: boolean;
}

export function routeWithKbEvidence(
  analysis: IntentAnalysis,
  articles: readonly ScoredArticle[],
  options: KbRouteOptions = {},
): KbRoute | null {
  const lastResort = options.lastResort ?? false;
  const fromKb = kbVotes(articles);
  if (fromKb.size === 0) return null;
  const votes = classifierVotes(analysis);
  for (const [specialist, amount] of fromKb) add(votes, specialist, amount);
  const [winner, vote] = [...votes].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  if (vote < WINNING_VOTE && !lastResort) return null;
  const category = articles.find((candidate) => CATEGORY_SPECIALIST[candidate.category] === winner)?.category ?? categoryOwnedBy(winner);
  return { specialist: winner, category };
}
