export { callWorkflow } from './call/call-workflow';
export { systemCheckWorkflow } from './system';
