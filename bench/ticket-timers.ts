/**
 * Many open TicketWorkflows with SLA timers: how fast they start, what the worker holds in memory,
 * and how late the SLA timers fire (side effect observed − deadline).
 *   npm run bench -- ticket-timers        (writes bench/results/ticket-timers.md)
 *   BENCH_TICKETS=500 BENCH_SPREAD_MIN=1-3 BENCH_RESULTS_FILE=/tmp/short.md npm run bench -- ticket-timers
 * Real parts: the Temporal CLI dev server (in-memory SQLite; BENCH_TEMPORAL_DB=sqlite for a file), one worker in a child
 * process (so its memory is its own), a seeded PostgreSQL database, tickets opened the way the API
 * opens them (openTicket + ticketWorkflowStarter).
 *
 * Each ticket fires three timers during the run: the first-response warning, breach and escalation
 * (bench/ticket-timers/terms.ts). By default (`BENCH_SPREAD_MIN=9-32`) the first-response targets
 * spread over 9–32 min, so the timers fire once all tickets are open and initialized, at a steady
 * ~20 per second (about 35 min in all). `BENCH_SPREAD_MIN=none` is the burst: first response
 * 1–3 min, so every deadline crowds into the minutes while tickets are still being opened. A fired
 * timer is a ticket change with `slaTimer` set; the worker's `recordTicketChange` activity is
 * wrapped to note, per timer, when that change's projection (rows written, event published) was done.
 *
 * The parts, in bench/ticket-timers/: config (the BENCH_* settings), setup (server, database,
 * organisations), worker/ (the instrumented worker process) and worker-process (its handle), load
 * (opening tickets), sampler and wait (what the run costs, until the timers fired), analysis and
 * stats (the figures), report (the markdown).
 */
import { parseTicketTimersConfig } from './ticket-timers/config';
import { runTicketTimersBenchmark } from './ticket-timers/run';

await runTicketTimersBenchmark(parseTicketTimersConfig(process.env));
