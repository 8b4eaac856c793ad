import type { CallAnalysis, CallRecord } from '../calls/call-record';
import { redactPii, type RedactOptions } from './redact';

/** Lines of a transcript with what each said redacted; roles, agents and times untouched. */
export function redactTranscript<Line extends { text: string }>(lines: readonly Line[], options: RedactOptions = {}): Line[] {
  return lines.map((line) => ({ ...line, text: redactPii(line.text, options) }));
}

/** Every string inside a JSON-like value (tool-call arguments, log fields) redacted; other values as they were. */
export function redactStrings<T>(value: T, options: RedactOptions = {}, depth = 0): T {
  if (typeof value === 'string') return redactPii(value, options) as T;
  if (depth > 8 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => redactStrings(item, options, depth + 1)) as T;
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactStrings(item, options, depth + 1)])) as T;
}

/** A finished call as it may be stored: transcript lines and tool-call arguments without secrets. */
export function redactCallRecord(record: CallRecord, options: RedactOptions = {}): CallRecord {
  return {
    ...record,
    transcript: redactTranscript(record.transcript, options),
    interactions: record.interactions.map((interaction) => ({
      ...interaction,
      toolCalls: interaction.toolCalls.map((call) => ({ ...call, args: redactStrings(call.args, options) })),
    })),
  };
}

/** A call's analysis as it may be stored: a model may have repeated a secret in its summary. */
export function redactAnalysis(analysis: CallAnalysis, options: RedactOptions = {}): CallAnalysis {
  return {
    ...analysis,
    summary: redactPii(analysis.summary, options),
    topics: analysis.topics.map((topic) => redactPii(topic, options)),
    keywords: analysis.keywords.map((keyword) => redactPii(keyword, options)),
  };
}
