import type { Identifier } from 'react-admin';
import { postJson, segment } from './http';

/**
 * A supervisor's actions on a call in progress, each an Update on its CallWorkflow. The API refuses
 * agents (403) and a call that has ended (409, with the reason as the error's message).
 */
export interface CallSteering {
  /** A note the agent takes into account from its next turn. */
  whisperCall(id: Identifier, note: string): Promise<void>;
  /** Puts the caller through to a technician (a support agent of kind human with a phone), with a briefing. */
  takeOverCall(id: Identifier, technicianId: Identifier): Promise<void>;
  /** Ends the call politely. */
  endCall(id: Identifier): Promise<void>;
}

// The API answers with the workflow's snapshot; the panel rereads the call instead (one shape everywhere).
export const callSteering: CallSteering = {
  async whisperCall(id, note) {
    await postJson(`/calls/${segment(id)}/whisper`, { note });
  },
  async takeOverCall(id, technicianId) {
    await postJson(`/calls/${segment(id)}/take-over`, { technicianId: Number(technicianId) });
  },
  async endCall(id) {
    await postJson(`/calls/${segment(id)}/end`, {});
  },
};
