import { z } from 'zod';
import { ZId } from '../http/ids';
import { text } from '../http/schemas';

/** Bodies of a supervisor's actions on a live call. */
export const ZWhisperRequest = z.object({ note: text(500) });
export type TWhisperRequest = z.infer<typeof ZWhisperRequest>;

/** The support agent (a technician with a phone) the caller is put through to. */
export const ZTakeOverRequest = z.object({ technicianId: ZId });
export type TTakeOverRequest = z.infer<typeof ZTakeOverRequest>;

export const ZEndCallRequest = z.object({}).strict();
