export { callWorkflow } from './call/call-workflow';
export { systemCheckWorkflow } from './system';
export { ticketWorkflow } from './ticket/ticket-workflow';
export { callbackWorkflow } from './callback/callback-workflow';
export { dailyRollupWorkflow, hourlyRollupWorkflow } from './analytics/rollup-workflows';
export { rollupBackfillWorkflow } from './analytics/backfill-workflow';
export { systemHealthWorkflow } from './analytics/health-workflow';
