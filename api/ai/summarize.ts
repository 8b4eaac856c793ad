import type { createCallAnalysisActivities } from '../../activities/calls/analysis';
import type { AiUsageRecord, CallOutcome, TranscriptLine } from '../../domain/calls/call-record';
import { inferOutcome } from '../../domain/post-call/summary';
import type { TSummarizeRequest } from './schemas';

/** What `/ai/summarize` answers: the call's post-call analysis, from the brain that analyses calls. */
export interface CallSummary {
  summary: string;
  category: string;
  sentiment: { value: 'positive' | 'neutral' | 'negative'; score: number };
  outcome: CallOutcome;
  topics: string[];
  keywords: string[];
  brain: 'rules' | 'model';
}

type Analyzer = ReturnType<typeof createCallAnalysisActivities>;

const SPEAKER = /^\s*(caller|customer|user|agent|bot|assistant|system)\s*:\s*/i;
const ROLE_OF_SPEAKER: Record<string, TranscriptLine['role']> = {
  caller: 'caller',
  customer: 'caller',
  user: 'caller',
  agent: 'agent',
  bot: 'agent',
  assistant: 'agent',
  system: 'system',
};

/** A pasted transcript, one turn per line; lines without a speaker are the caller's. */
export function transcriptFromText(text: string): Array<Pick<TranscriptLine, 'role' | 'text'>> {
  return text
    .split(/\r?\n/)
    .map((line) => {
      const speaker = SPEAKER.exec(line)?.[1]?.toLowerCase();
      const role = speaker === undefined ? 'caller' : (ROLE_OF_SPEAKER[speaker] ?? 'caller');
      return { role, text: line.replace(SPEAKER, '').trim() };
    })
    .filter((turn) => turn.text.length > 0);
}

function toTranscript(input: TSummarizeRequest['transcript']): TranscriptLine[] {
  const turns = typeof input === 'string' ? transcriptFromText(input) : input;
  // The analysis reads roles and words only; turn order stands in for the time of each line.
  return turns.map((turn, index) => ({ role: turn.role, text: turn.text, agent: turn.role === 'caller' ? 'caller' : 'agent', at: index }));
}

export async function summarizeTranscript(
  analyzer: Analyzer,
  input: TSummarizeRequest,
): Promise<{ result: CallSummary; usage?: AiUsageRecord }> {
  const transcript = toTranscript(input.transcript);
  const outcome = input.outcome ?? inferOutcome(transcript);
  const analysis = await analyzer.analyzeCall({ transcript, outcome });
  return {
    result: {
      summary: analysis.summary,
      category: analysis.category,
      sentiment: { value: analysis.sentiment, score: analysis.sentimentScore },
      outcome,
      topics: analysis.topics,
      keywords: analysis.keywords,
      // The analyser reports usage only when the model wrote the analysis (it falls back to the rules silently).
      brain: analysis.usage ? 'model' : 'rules',
    },
    usage: analysis.usage,
  };
}
