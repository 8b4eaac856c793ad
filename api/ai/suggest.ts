import { z } from 'zod';
import type { KbIndexService } from '../../activities/calls/kb-index';
import { agentCatalog } from '../../domain/agents/catalog';
import type { AiUsageRecord } from '../../domain/calls/call-record';
import { scoreSentiment } from '../../domain/language/sentiment';
import { FINAL_TICKET_STATUSES, TICKET_PRIORITIES } from '../../domain/tickets/codes';
import type { Classification } from './classify';
import type { JsonModel } from './model';
import { toSearchHit, type KbSearchHit } from './search-kb';
import type { SuggestContext } from './suggest-context';

/** One next step for the technician; `kbArticle` is the article it comes from, when it comes from one. */
export interface SuggestedAction {
  title: string;
  detail: string;
  kbArticle?: { id: number; slug: string; title: string };
}

export interface Suggestions {
  subject: SuggestContext['subject'];
  actions: SuggestedAction[];
  /** The articles the suggestions may cite, best first. */
  articles: KbSearchHit[];
  brain: 'rules' | 'model';
}

const MAX_ACTIONS = 5;
const MAX_ARTICLES = 3;
const SOON_MS = 60 * 60 * 1000;
const FRUSTRATED = -0.35;

type Rule = (context: SuggestContext, classification: Classification, articles: KbSearchHit[], now: Date) => SuggestedAction | undefined;

/** An article's "escalate when" sentence continuing ours: "The jam stays." → "the jam stays" (acronyms kept). */
const asClause = (sentence: string) =>
  sentence
    .trim()
    .replace(/[.!]+$/, '')
    .replace(/^[A-Z](?=[a-z])/, (first) => first.toLowerCase());
const cite = (article: KbSearchHit) => ({ id: article.id, slug: article.slug, title: article.title });
const isOpen = (context: SuggestContext) => context.ticket !== undefined && !FINAL_TICKET_STATUSES.includes(context.ticket.status);
const priorityRank = (priority: string) => TICKET_PRIORITIES.indexOf(priority as (typeof TICKET_PRIORITIES)[number]);

/** In the order a technician should act on them: the clock first, then who, then what to do. */
const RULES: readonly Rule[] = [
  (context, _c, _a, now) => {
    const ticket = context.ticket;
    if (!ticket || !isOpen(context)) return undefined;
    if (ticket.slaBreached)
      return { title: 'Respond now', detail: `The SLA of ticket ${ticket.id} is already breached; reply to the customer first.` };
    const due = ticket.resolutionDueAt?.getTime();
    if (due !== undefined && due - now.getTime() < SOON_MS) {
      return { title: 'Respond now', detail: `Ticket ${ticket.id} is due within the hour.` };
    }
    return undefined;
  },
  (context, classification) => {
    if (!isOpen(context) || context.ticket?.assigned) return undefined;
    const who =
      classification.specialist.value === 'human'
        ? 'a technician'
        : `a technician for ${agentCatalog[classification.specialist.value].title.toLowerCase()} work`;
    return { title: 'Assign the ticket', detail: `Nobody owns it yet: assign it to ${who}.` };
  },
  (context, classification) => {
    const ticket = context.ticket;
    if (!ticket || !isOpen(context) || classification.priority.confidence < 0.5) return undefined;
    if (priorityRank(classification.priority.value) <= priorityRank(ticket.priority)) return undefined;
    return {
      title: `Raise the priority to ${classification.priority.value}`,
      detail: `It is ${ticket.priority}, but the description reads as ${classification.priority.value}.`,
    };
  },
  (_context, classification) =>
    classification.category.value === 'security'
      ? {
          title: 'Treat it as a possible security incident',
          detail: 'Check for misuse before fixing anything: recent sign-ins, mail rules, the device; reset credentials if in doubt.',
        }
      : undefined,
  (_context, _c, articles) => {
    const [best] = articles;
    if (!best) return undefined;
    const steps = best.steps.slice(0, 3).join(' ');
    return { title: `Work through "${best.title}"`, detail: steps, kbArticle: cite(best) };
  },
  (_context, _c, articles) => {
    const [best] = articles;
    return best
      ? { title: 'Escalate if the steps fail', detail: `Escalate when ${asClause(best.escalateWhen)}.`, kbArticle: cite(best) }
      : undefined;
  },
  (context) =>
    context.ticket?.status === 'waiting_on_customer'
      ? { title: 'Follow up with the customer', detail: 'The ticket is waiting on them; ask whether they tried the last suggestion.' }
      : undefined,
  (context) => {
    if (context.customerWords.length === 0 || scoreSentiment(context.customerWords).score > FRUSTRATED) return undefined;
    return {
      title: 'Call the customer back yourself',
      detail: 'They sounded frustrated; a person on the phone will help more than another message.',
    };
  },
  (context) =>
    context.subject.type === 'call' && !context.ticket && !context.call?.aiResolved
      ? { title: 'Open a ticket for this call', detail: 'The call ended unresolved and nothing tracks it yet.' }
      : undefined,
  (context) =>
    context.ticket?.status === 'resolved'
      ? { title: 'Confirm the fix held, then close', detail: 'Check with the customer before closing the ticket.' }
      : undefined,
];

export async function rankedArticles(kb: KbIndexService, context: SuggestContext, classification: Classification): Promise<KbSearchHit[]> {
  if (context.problem.trim() === '') return [];
  const category = classification.category.value === 'general' ? undefined : classification.category.value;
  return (await kb.rank(context.problem, { category, limit: MAX_ARTICLES })).map(toSearchHit);
}

export function rulesSuggestions(context: SuggestContext, classification: Classification, articles: KbSearchHit[], now: Date): Suggestions {
  const actions = RULES.map((rule) => rule(context, classification, articles, now)).filter((action) => action !== undefined);
  return { subject: context.subject, actions: actions.slice(0, MAX_ACTIONS), articles, brain: 'rules' };
}

const ZModelSuggestions = z.object({
  actions: z
    .array(z.object({ title: z.string().min(1).max(120), detail: z.string().max(600), kbSlug: z.string().max(120).nullish() }))
    .min(1)
    .max(MAX_ACTIONS),
});

const SUGGEST_INSTRUCTIONS = `You advise an IT-support technician on the next best actions for a ticket or call.
Reply with JSON only: {"actions": [{"title": "short imperative", "detail": "one or two sentences", "kbSlug": "slug of the article it comes from, or null"}]}
At most ${MAX_ACTIONS} actions, most urgent first. Cite only the knowledge-base articles listed, by slug.`;

function describe(context: SuggestContext, classification: Classification, articles: KbSearchHit[], now: Date): string {
  const ticket = context.ticket;
  const lines = [
    `Now: ${now.toISOString()}`,
    ticket
      ? `Ticket ${ticket.id}: "${ticket.subject}", status ${ticket.status}, priority ${ticket.priority}, ${ticket.assigned ? 'assigned' : 'unassigned'}, SLA ${ticket.slaBreached ? 'breached' : 'not breached'}, due ${ticket.resolutionDueAt?.toISOString() ?? 'n/a'}, escalation level ${ticket.escalationLevel}`
      : 'No ticket yet.',
    context.call
      ? `Call ${context.call.id}: ${context.call.escalated ? 'escalated' : 'not escalated'}, summary: ${context.call.summary ?? 'none'}`
      : '',
    `Problem: ${context.problem}`,
    `Classified as ${classification.category.value}, priority ${classification.priority.value}, for ${classification.specialist.value}.`,
    ...context.notes.map((note) => `Note: ${note}`),
    'Knowledge-base articles:',
    ...articles.map(
      (article) => `- ${article.slug}: ${article.title}. Steps: ${article.steps.join(' ')} Escalate when ${article.escalateWhen}.`,
    ),
  ];
  return lines.filter(Boolean).join('\n');
}

export async function modelSuggestions(
  model: JsonModel,
  input: { context: SuggestContext; classification: Classification; articles: KbSearchHit[]; now: Date },
): Promise<{ suggestions: Suggestions; usage: AiUsageRecord }> {
  const { context, classification, articles, now } = input;
  const { value, usage } = await model.complete({
    purpose: 'suggest',
    system: SUGGEST_INSTRUCTIONS,
    user: describe(context, classification, articles, now),
    schema: ZModelSuggestions,
  });
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  // A slug the model made up is dropped: a suggestion may only cite an article we gave it.
  const actions = value.actions.map(({ title, detail, kbSlug }) => {
    const article = kbSlug ? bySlug.get(kbSlug) : undefined;
    return article ? { title, detail, kbArticle: cite(article) } : { title, detail };
  });
  return { suggestions: { subject: context.subject, actions, articles, brain: 'model' }, usage };
}
