import type { RealtimeFunctionTool, SessionUpdateEvent } from 'openai/resources/realtime/realtime';
import { chatToolsForAgent } from '../../domain/agents/chat-tools';
import { agentPrompt } from '../../domain/agents/prompt';
import type { RealtimeAgentContext } from '../../workflows/call/messages';
import { realtimeBaseUrl, type Config } from '../../domain/config';

export interface RealtimeSettings {
  /** The Realtime WebSocket base, e.g. wss://api.openai.com/v1 (`/realtime?model=` is appended). */
  baseUrl: string;
  apiKey: string;
  model: string;
  voice: string;
  /** The model said nothing this long after the caller stopped: the call goes to gather mode. */
  responseTimeoutMs: number;
  /** The socket did not open (and accept the session) within this long: the call goes to gather mode. */
  openTimeoutMs: number;
}

/** Twilio carries G.711 μ-law; the session takes and gives the same, so frames pass through untouched. */
const PCMU = { type: 'audio/pcmu' } as const;
const TRANSCRIBER = 'gpt-4o-mini-transcribe';

/** The catalog agent's tools in the Realtime API's function-tool shape (the same schemas the text brain offers). */
export function realtimeTools(context: RealtimeAgentContext): RealtimeFunctionTool[] {
  return chatToolsForAgent(context.agent).map(({ function: tool }) => ({
    type: 'function',
    name: tool.name,
    description: tool.description,
    parameters: tool.parameters,
  }));
}

/**
 * The session for an agent: its instructions and tools, μ-law in and out. Every update repeats
 * the audio formats, because a partial update after a handoff is where libraries have fallen back
 * to PCM. The voice is set once, at the start: the API refuses to change it once the model spoke.
 */
export function sessionUpdate(context: RealtimeAgentContext, settings: RealtimeSettings, first: boolean): SessionUpdateEvent {
  return {
    type: 'session.update',
    session: {
      type: 'realtime',
      model: settings.model,
      instructions: agentPrompt(context.agent, context.facts),
      output_modalities: ['audio'],
      audio: {
        input: { format: PCMU, turn_detection: { type: 'server_vad' }, transcription: { model: TRANSCRIBER } },
        output: first ? { format: PCMU, voice: settings.voice } : { format: PCMU },
      },
      tools: realtimeTools(context),
      tool_choice: 'auto',
    },
  };
}

/** The Realtime settings from the configuration; undefined without an API key (no stream can be served). */
export function realtimeSettingsFrom(config: Config): RealtimeSettings | undefined {
  if (!config.OPENAI_API_KEY) return undefined;
  return {
    baseUrl: realtimeBaseUrl(config),
    apiKey: config.OPENAI_API_KEY,
    model: config.OPENAI_REALTIME_MODEL,
    voice: config.OPENAI_REALTIME_VOICE,
    responseTimeoutMs: config.REALTIME_RESPONSE_TIMEOUT_MS,
    openTimeoutMs: config.OPENAI_TIMEOUT_MS,
  };
}
