import { readFileSync } from 'node:fs';
import type { KbCategory } from '../domain/kb/categories';
import { indexArticles, rankArticles, type KbIndex, type SearchableArticle } from '../domain/kb/search';
import { DEFAULT_UE_CODE_PATTERN } from '../domain/language/ue-code';
import { KB_ARTICLES, type KbArticleSeed } from '../prisma/seed-kb';
import { createFakeTools, FAKE_CONTACT, playCall, speech } from '../tests/support/fake-call-tools';
import { nextCallerMove, type FollowUpState } from './caller-script';
import { parseScenarios, type Scenario } from './scenarios';

/*
 * `node --import tsx eval/kb-score.ts [--misses] [--symptoms] [file.jsonl ...]`: knowledge-base
 * top-1/top-3 in about a second, without the call path's services. Each scenario is played through
 * the rules brain with fake tools until its first search_kb call, and that query and category are
 * ranked against the seeded articles as kb-index ranks them. `npm run eval` stays the measure of
 * record. `--misses` lists the misses (never for a held-out file: it is for measuring only).
 */

const UNKNOWN_PHONE = '+15559990000';
const MAX_ROUNDS = 12;

function searchable(article: KbArticleSeed): SearchableArticle {
  const { slug, title, category, keywords, symptoms, steps, escalateWhen } = article;
  return { slug, title, category, keywords, symptoms, steps: [...steps], escalateWhen };
}

interface SearchCall {
  query: string;
  category: KbCategory | undefined;
}

/** The call's first specialist search_kb, with the simulated caller of `npm run eval` answering what is asked. */
function firstSearch(scenario: Scenario): SearchCall | null {
  const inputs = scenario.turns.map(speech);
  const callerPhone = scenario.callerPhone === undefined ? FAKE_CONTACT.phone : UNKNOWN_PHONE;
  let caller: FollowUpState = { problem: scenario.turns.join(' '), taken: 0, unsure: 0 };
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const played = playCall({ pattern: DEFAULT_UE_CODE_PATTERN, callerPhone }, inputs, createFakeTools());
    // As `npm run eval` reads it: the first search a specialist made (triage's search only decides the route).
    let handedOff = false;
    for (const action of played.actions) {
      if (action.type === 'handoff') handedOff = true;
      else if (handedOff && action.type === 'tool' && action.call.name === 'search_kb')
        return { query: action.call.args.query, category: action.call.args.category };
    }
    if (played.last.actions.at(-1)?.type === 'hangup') return null;
    const next = nextCallerMove(
      played.last.actions.flatMap((action) => (action.type === 'say' ? [action.text] : [])),
      caller,
    );
    caller = next.state;
    if (next.move.kind === 'hang-up') return null;
    inputs.push(speech(next.move.text));
  }
  return null;
}

const percent = (count: number, total: number) => `${((100 * count) / Math.max(1, total)).toFixed(1)} % (${count}/${total})`;

/** How far the wanted article leads the best other one, as a share of the higher score (-1..1). */
function margin(ranked: ReadonlyArray<{ article: { slug: string }; score: number }>, wanted: string): number {
  const mine = ranked.find((result) => result.article.slug === wanted)?.score ?? 0;
  const rival = ranked.find((result) => result.article.slug !== wanted)?.score ?? 0;
  const higher = Math.max(mine, rival);
  return higher > 0 ? (mine - rival) / higher : -1;
}

function scoreFile(file: string, index: KbIndex, showMisses: boolean): void {
  const scenarios = parseScenarios(readFileSync(file, 'utf8')).scenarios.filter((scenario) => scenario.expectedKb !== undefined);
  let top1 = 0;
  let top3 = 0;
  let margins = 0;
  const misses: string[] = [];
  for (const scenario of scenarios) {
    const wanted = scenario.expectedKb ?? '';
    const search = firstSearch(scenario);
    const ranked = search
      ? rankArticles(search.query, index, { category: search.category, limit: index.articles.length, minScore: 0 })
      : [];
    const slugs = ranked.slice(0, 3).map((result) => result.article.slug);
    margins += margin(ranked, wanted);
    if (slugs.includes(wanted)) top3 += 1;
    if (slugs[0] === wanted) top1 += 1;
    else
      misses.push(
        `  ${scenario.id} want ${wanted} got [${slugs.join(', ')}] (${search?.category ?? '-'}) :: ${search?.query ?? '(no search)'}`,
      );
  }
  const meanMargin = (margins / Math.max(1, scenarios.length)).toFixed(3);
  console.log(`${file}: top1 ${percent(top1, scenarios.length)} top3 ${percent(top3, scenarios.length)} margin ${meanMargin}`);
  if (showMisses && !file.includes('held-out')) for (const miss of misses) console.log(miss);
}

/*
 * A check no scenario file wrote: each article symptom in turn is taken out of its article and
 * searched for, with and without the article's category. Symptoms are in callers' words, so this
 * asks whether the rest of the knowledge base still finds a wording the article lacks.
 */
function scoreLeftOutSymptoms(showMisses: boolean): void {
  let total = 0;
  let withCategory = 0;
  let withoutCategory = 0;
  const misses: string[] = [];
  for (const [position, article] of KB_ARTICLES.entries()) {
    for (const symptom of article.symptoms) {
      const reduced = KB_ARTICLES.map((other, at) =>
        searchable(at === position ? { ...other, symptoms: other.symptoms.filter((text) => text !== symptom) } : other),
      );
      const index = indexArticles(reduced);
      total += 1;
      const routed = rankArticles(symptom, index, { category: article.category, limit: 1 })[0]?.article.slug;
      if (routed === article.slug) withCategory += 1;
      else misses.push(`  ${article.slug} <- ${routed ?? '-'} :: ${symptom}`);
      if (rankArticles(symptom, index, { limit: 1 })[0]?.article.slug === article.slug) withoutCategory += 1;
    }
  }
  console.log(`symptoms left out: top1 with category ${percent(withCategory, total)}, without ${percent(withoutCategory, total)}`);
  if (showMisses) for (const miss of misses) console.log(miss);
}

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const index = indexArticles(KB_ARTICLES.map(searchable));
for (const file of args.filter((arg) => !arg.startsWith('--'))) scoreFile(file, index, showMisses);
if (args.includes('--symptoms')) scoreLeftOutSymptoms(showMisses);
