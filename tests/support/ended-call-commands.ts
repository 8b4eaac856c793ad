import { AppError } from '../../api/errors';
import type { CallCommands } from '../../api/ports';

/**
 * Call steering when no call is running (a seeded database has only finished calls): what the
 * workflow-backed port answers for a call whose workflow has ended, without a Temporal server.
 */
export class EndedCallCommands implements CallCommands {
  private refuse(): never {
    throw new AppError('INVALID_TRANSITION', 'the call has ended');
  }
  live = async () => null;
  whisper = async () => this.refuse();
  takeOver = async () => this.refuse();
  end = async () => this.refuse();
  liveCount = async () => 0;
}
