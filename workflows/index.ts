export { callWorkflow } from './call/call-workflow';
export { systemCheckWorkflow } from './system';
export { ticketWorkflow } from './ticket/ticket-workflow';
export { callbackWorkflow } from './callback/callback-workflow';
