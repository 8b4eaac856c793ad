import type { Client } from '@temporalio/client';
import type { PrismaClient } from '../infra/db';
import { createTextBrainActivities, type TextBrainSettings } from './brains/text-brain';
import { createEmailActivities, type EmailSettings } from './email';
import { createCallAnalysisActivities } from './calls/analysis';
import { createCallRecordActivities } from './calls/records';
import { createLiveCallActivities } from './calls/live';
import { createCallToolActivities } from './calls/tools';
import { createCallbackActivities } from './callbacks';
import { createSystemActivities } from './system';
import { createTicketContextActivities } from './tickets/context';
import { createTicketNotifyActivities } from './tickets/notify';
import { createTicketProjectionActivities } from './tickets/projection';
import { createTwilioActivities, type TwilioSettings } from './twilio';

export interface ActivityDeps {
  prisma: PrismaClient;
  textBrain?: TextBrainSettings;
  twilio?: TwilioSettings;
  email?: EmailSettings;
  onCallNumber?: string;
  /** Public base URL of the voice edge, for the webhooks of outbound callback calls. */
  voiceBaseUrl?: string;
  /** Starts TicketWorkflows for tickets the activities create. */
  temporal?: { client: Client; taskQueue: string };
}

const NO_MODEL: TextBrainSettings = { apiKey: undefined, baseUrl: undefined, model: 'none', timeoutMs: 1000 };
const NO_TWILIO: TwilioSettings = { accountSid: undefined, authToken: '', apiBaseUrl: undefined, fromNumber: '+15550100000' };
const NO_EMAIL: EmailSettings = { smtpUrl: undefined, from: 'URackIT <noreply@urackit.local>' };

/** The worker passes real services; tests pass their own (STYLE.md: activities-dependency-injection). */
export function createActivities(deps: ActivityDeps) {
  const textBrain = deps.textBrain ?? NO_MODEL;
  const twilio = createTwilioActivities(deps.twilio ?? NO_TWILIO);
  const email = createEmailActivities(deps.email ?? NO_EMAIL);
  const voiceBaseUrl = deps.voiceBaseUrl ?? 'http://127.0.0.1:8080';
  return {
    ...createSystemActivities(deps.prisma),
    ...createCallToolActivities(deps.prisma, deps.temporal),
    ...createCallRecordActivities(deps.prisma),
    ...createTextBrainActivities(textBrain),
    ...createCallAnalysisActivities(textBrain),
    ...createTicketContextActivities(deps.prisma),
    ...createTicketProjectionActivities(deps.prisma),
    ...createTicketNotifyActivities(
      deps.prisma,
      { sendSms: twilio.sendSms, sendEmail: email.sendEmail },
      { onCallNumber: deps.onCallNumber ?? '+15550100911' },
    ),
    ...createCallbackActivities(deps.prisma, twilio.placeCall, { voiceBaseUrl }),
    ...createLiveCallActivities({ prisma: deps.prisma, redirectCall: twilio.redirectCall, voiceBaseUrl }),
  };
}

export type Activities = ReturnType<typeof createActivities>;
