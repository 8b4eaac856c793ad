import { startCallHarness, type CallHarness } from './call-harness';
import { startFakeRealtime, type FakeRealtime } from './fake-realtime';
import { startFakeTwilioApi, twilioSettingsFor, type FakeTwilioApi } from './fake-twilio-api';

/**
 * The whole call path with the realtime brain: the call harness pointed at the Realtime protocol
 * double, and at the Twilio REST double for the redirects a fallback or a transfer makes.
 */
export interface RealtimeCallHarness {
  harness: CallHarness;
  realtime: FakeRealtime;
  twilio: FakeTwilioApi;
  close(): Promise<void>;
}

export async function startRealtimeCallHarness(): Promise<RealtimeCallHarness> {
  const [realtime, twilio] = await Promise.all([startFakeRealtime(), startFakeTwilioApi()]);
  const harness = await startCallHarness({
    env: {
      BRAIN: 'realtime',
      OPENAI_API_KEY: 'sk-test-realtime',
      OPENAI_REALTIME_URL: realtime.baseUrl,
      OPENAI_REALTIME_MODEL: 'gpt-realtime',
      // Far beyond any answer the double gives: a loaded machine must not look like a silent model.
      REALTIME_RESPONSE_TIMEOUT_MS: '60000',
      LOG_LEVEL: process.env.REALTIME_TEST_LOG ?? 'silent',
    },
    activities: { twilio: twilioSettingsFor(twilio) },
  });
  return {
    harness,
    realtime,
    twilio,
    async close() {
      await harness.close();
      await realtime.close();
      await twilio.close();
    },
  };
}
