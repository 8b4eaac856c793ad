import { stat, type Stat } from '../shared/stats';

/** One kind of request the panel makes; `path(i)` varies it (page, filter, term) from request to request. */
export interface Scenario {
  name: string;
  goalMs: number;
  path(i: number): string;
}

export interface ScenarioResult {
  scenario: Scenario;
  stat: Stat;
  /** The Content-Range total of the first response (lists), to show what was searched. */
  total: string | null;
}

/** What the bench needs to know of the data to vary its filters like a user would. */
export interface Fixtures {
  organizationIds: number[];
  agentIds: number[];
}

/** Untimed requests of a scenario before its timed ones. */
export const SCENARIO_WARMUP = 5;

/** Untimed rounds of every chosen scenario before any is measured (see warmUpProcess). */
export const PROCESS_WARMUP_ROUNDS = 30;

/** react-admin's ra-data-simple-rest request: `sort`, `range` (25 a page, the first pages) and `filter` as JSON. */
function listPath(resource: string, sort: [string, 'ASC' | 'DESC'], filter: object, page: number): string {
  const params = new URLSearchParams({
    filter: JSON.stringify(filter),
    range: JSON.stringify([page * 25, page * 25 + 24]),
    sort: JSON.stringify(sort),
  });
  return `/${resource}?${params.toString()}`;
}

const rotate = <T>(values: readonly T[], i: number): T => values[i % values.length] as T;

export function scenarios({ organizationIds, agentIds }: Fixtures): Scenario[] {
  const calls = (filter: object, i: number) => listPath('calls', ['startedAt', 'DESC'], filter, i % 3);
  const tickets = (filter: object, i: number) => listPath('tickets', ['createdAt', 'DESC'], filter, i % 3);
  const callFilters = [
    { status: 'completed', sentiment: 'negative' },
    { wasEscalated: true },
    ...organizationIds.slice(0, 3).map((organizationId) => ({ organizationId })),
  ];
  const ticketFilters = [
    { status: 'open', priority: 'high' },
    { open: true },
    { slaBreached: true, open: true },
    ...organizationIds.slice(0, 2).map((organizationId) => ({ organizationId })),
    ...agentIds.slice(0, 2).map((assignedAgentId) => ({ assignedAgentId, open: true })),
  ];
  // What people type: a company, a surname, a number they were called from, a symptom.
  const callTerms = ['northwind', 'Kowalski', '+155500123', 'VPN', 'scanner'];
  const ticketTerms = ['printer', 'Okafor', 'harbor dental', 'locked account'];
  return [
    { name: 'calls: default list (sort startedAt DESC, 25 a page)', goalMs: 50, path: (i) => calls({}, i) },
    { name: 'tickets: default list (sort createdAt DESC, 25 a page)', goalMs: 50, path: (i) => tickets({}, i) },
    { name: 'calls: filtered (status+sentiment, escalated, organisation)', goalMs: 50, path: (i) => calls(rotate(callFilters, i), i) },
    {
      name: 'tickets: filtered (status+priority, open, breached, organisation, agent)',
      goalMs: 50,
      path: (i) => tickets(rotate(ticketFilters, i), i),
    },
    { name: `calls: q search (${callTerms.join(', ')})`, goalMs: 50, path: (i) => calls({ q: rotate(callTerms, i) }, 0) },
    { name: `tickets: q search (${ticketTerms.join(', ')})`, goalMs: 50, path: (i) => tickets({ q: rotate(ticketTerms, i) }, 0) },
    { name: 'GET /dashboard/overview', goalMs: 200, path: () => '/dashboard/overview' },
  ];
}

async function timedGet(baseUrl: string, token: string, path: string): Promise<{ ms: number; total: string | null }> {
  const startedAt = performance.now();
  const response = await fetch(baseUrl + path, { headers: { Authorization: `Bearer ${token}` } });
  await response.arrayBuffer();
  const ms = performance.now() - startedAt;
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return { ms, total: response.headers.get('Content-Range')?.split('/')[1] ?? null };
}

/**
 * A freshly started API answers its first requests slowly: V8 compiles Prisma's and Express's
 * code paths as they are first taken (the first list took 1.1 s, the next thirty 50–280 ms, on
 * 2026-11-26) and the pool opens its connections. A deployed API has been serving for hours; the
 * first scenario measured would otherwise carry the whole warm-up in its p99. Untimed.
 */
export async function warmUpProcess(baseUrl: string, token: string, chosen: Scenario[]): Promise<void> {
  for (let i = 0; i < PROCESS_WARMUP_ROUNDS; i += 1) {
    await Promise.all(chosen.map((scenario) => timedGet(baseUrl, token, scenario.path(i))));
  }
}

/** Runs one scenario: warm-up, then `requests` timed requests with `concurrency` in flight. */
export async function measureScenario(
  baseUrl: string,
  token: string,
  scenario: Scenario,
  { requests, concurrency }: { requests: number; concurrency: number },
): Promise<ScenarioResult> {
  let total: string | null = null;
  for (let i = 0; i < SCENARIO_WARMUP; i += 1) total ??= (await timedGet(baseUrl, token, scenario.path(i))).total;
  const timings: number[] = [];
  let next = 0;
  const lane = async () => {
    while (next < requests) {
      const i = next;
      next += 1;
      timings.push((await timedGet(baseUrl, token, scenario.path(i))).ms);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return { scenario, stat: stat(timings), total };
}
