export { systemCheckWorkflow } from './system';
