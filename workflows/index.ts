import { callWorkflow } from './call/call-workflow';
import { callbackWorkflow } from './callback/callback-workflow';
import { rollupBackfillWorkflow } from './analytics/backfill-workflow';
import { systemHealthWorkflow } from './analytics/health-workflow';
import { dailyRollupWorkflow, hourlyRollupWorkflow } from './analytics/rollup-workflows';
import { systemCheckWorkflow } from './system';
import { ticketWorkflow } from './ticket/ticket-workflow';
import { declareVersioning } from './versioning';

export {
  callWorkflow,
  systemCheckWorkflow,
  ticketWorkflow,
  callbackWorkflow,
  dailyRollupWorkflow,
  hourlyRollupWorkflow,
  rollupBackfillWorkflow,
  systemHealthWorkflow,
};

// A call finishes on the code that answered it: a deployment mid-call serves new calls only, so a
// change to CallWorkflow never meets a history it would not replay. The old version's workers run
// until its calls end (minutes; a transferred call at most its 4-hour limit).
declareVersioning('PINNED', callWorkflow);
// Tickets and callbacks live for days or weeks (SLA timers, waiting on the customer, auto-close, a
// callback's time): pinned, every release's workers would run until the last ticket opened on it
// closed. They move to the current version on their next task instead, so a change to them must
// replay open tickets' histories (tests/replay; patched() from 1.0).
declareVersioning('AUTO_UPGRADE', ticketWorkflow);
declareVersioning('AUTO_UPGRADE', callbackWorkflow);
// Short runs (a check, an hour's or a day's rollup, a backfill, a health sample) finish where they began.
declareVersioning('PINNED', systemCheckWorkflow);
declareVersioning('PINNED', hourlyRollupWorkflow);
declareVersioning('PINNED', dailyRollupWorkflow);
declareVersioning('PINNED', rollupBackfillWorkflow);
declareVersioning('PINNED', systemHealthWorkflow);
