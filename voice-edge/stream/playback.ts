import { ulawMilliseconds } from './media-stream-messages';

/**
 * What of the assistant's current audio item has been sent to Twilio and what the caller has
 * actually heard. Each frame sent is followed by a mark naming the item and the milliseconds sent
 * so far; Twilio echoes a mark once the audio before it has played.
 */
export class Playback {
  private itemId: string | undefined;
  private sentMs = 0;
  private playedMs = 0;

  /** A frame of `itemId` goes out: the mark to send after it. */
  sent(itemId: string, base64: string): string {
    if (itemId !== this.itemId) {
      this.itemId = itemId;
      this.sentMs = 0;
      this.playedMs = 0;
    }
    this.sentMs += ulawMilliseconds(base64);
    return `${itemId}:${Math.round(this.sentMs)}`;
  }

  /** Twilio played up to this mark. Marks of an earlier (or cleared) item change nothing. */
  played(mark: string): void {
    const at = mark.lastIndexOf(':');
    const itemId = mark.slice(0, at);
    const ms = Number(mark.slice(at + 1));
    if (itemId === this.itemId && Number.isFinite(ms) && ms > this.playedMs) this.playedMs = ms;
  }

  /**
   * The caller spoke over the assistant: the item and how much of it was heard, if audio is still
   * queued at Twilio (else nothing to cut). Forgets the item: its remaining marks are stale.
   */
  interrupt(): { itemId: string; playedMs: number } | null {
    const { itemId, sentMs, playedMs } = this;
    this.itemId = undefined;
    if (itemId === undefined || playedMs >= Math.round(sentMs)) return null;
    return { itemId, playedMs };
  }
}
