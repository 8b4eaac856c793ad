import CallEndIcon from '@mui/icons-material/CallEnd';
import HeadsetMicIcon from '@mui/icons-material/HeadsetMic';
import SpeakerNotesIcon from '@mui/icons-material/SpeakerNotes';
import { Button } from '@mui/material';
import { useState } from 'react';
import { AutocompleteInput, Confirm, maxLength, ReferenceInput, required, TextInput, useCanAccess, useRecordContext } from 'react-admin';
import type { Call } from '../types';
import { SteeringDialog } from './SteeringDialog';
import { useCallSteering } from './use-call-steering';

/** Technicians who can be put through to: people, active, with a phone. */
const DIALLABLE = { kind: 'human', active: true, hasPhone: true };

function WhisperButton() {
  const { mutate, isPending } = useCallSteering((dp, id, note: string) => dp.whisperCall(id, note), 'Whispered to the agent');
  return (
    <SteeringDialog
      label="Whisper"
      title="Whisper to the agent"
      icon={<SpeakerNotesIcon />}
      pending={isPending}
      onSubmit={(values, close) => mutate(String(values.note), { onSuccess: close })}
    >
      <TextInput
        source="note"
        label="Note for the agent"
        helperText="Taken into account from its next turn, e.g. “this is a VIP, escalate early”"
        validate={[required(), maxLength(500)]}
        multiline
        minRows={2}
        fullWidth
      />
    </SteeringDialog>
  );
}

function TakeOverButton() {
  const { mutate, isPending } = useCallSteering(
    (dp, id, technicianId: number) => dp.takeOverCall(id, technicianId),
    'Transferring the caller to the technician',
  );
  return (
    <SteeringDialog
      label="Take over"
      title="Put the caller through to a technician"
      icon={<HeadsetMicIcon />}
      pending={isPending}
      onSubmit={(values, close) => mutate(Number(values.technicianId), { onSuccess: close })}
    >
      <ReferenceInput source="technicianId" reference="support-agents" filter={DIALLABLE} sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput label="Technician" validate={required()} fullWidth helperText="They hear a briefing before being connected" />
      </ReferenceInput>
    </SteeringDialog>
  );
}

function EndCallButton() {
  const [confirming, setConfirming] = useState(false);
  const { mutate, isPending } = useCallSteering((dp, id, _: void) => dp.endCall(id), 'Ending the call');
  return (
    <>
      <Button size="small" color="error" startIcon={<CallEndIcon />} onClick={() => setConfirming(true)}>
        End call
      </Button>
      <Confirm
        isOpen={confirming}
        loading={isPending}
        title="End this call?"
        content="The caller is told goodbye politely and the call hangs up."
        confirm="End call"
        onConfirm={() => mutate(undefined, { onSettled: () => setConfirming(false) })}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}

/** Once a technician is being dialled or has the caller, the call is theirs (the workflow refuses steering). */
const withTechnician = (call: Call) => Boolean(call.transfer && call.transfer.status !== 'failed');

/** Whisper, take over, end: for supervisors and admins, on a call in progress only. */
export function SteeringButtons() {
  const call = useRecordContext<Call>();
  const { canAccess } = useCanAccess({ resource: 'calls', action: 'steer' });
  if (!call?.live || !canAccess || withTechnician(call)) return null;
  return (
    <>
      <WhisperButton />
      <TakeOverButton />
      <EndCallButton />
    </>
  );
}
