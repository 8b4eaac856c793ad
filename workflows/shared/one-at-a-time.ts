/**
 * Runs async work one piece at a time, in the order it arrives. A workflow's Update handlers and
 * its main loop interleave at every await; whatever reads and then writes state goes through one
 * of these, so no two of them see the state half-changed.
 */
export class OneAtATime {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
