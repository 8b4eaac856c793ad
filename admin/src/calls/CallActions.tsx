import { ListButton, TopToolbar, useRecordContext } from 'react-admin';
import { TemporalLink } from '../shared/TemporalLink';
import type { Call } from '../types';
import { SteeringButtons } from './SteeringButtons';

export function CallActions() {
  const call = useRecordContext<Call>();
  return (
    <TopToolbar>
      <SteeringButtons />
      <TemporalLink workflowId={call?.workflowId} />
      <ListButton />
    </TopToolbar>
  );
}
