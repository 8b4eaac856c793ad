import { AppError } from '../errors';

/**
 * Counts failed logins per client address in a fixed window. In memory on purpose: one API
 * process per machine is the common case, and a restart forgetting the counts is harmless.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly maxFailures = 10,
    private readonly windowMs = 5 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  assertAllowed(key: string): void {
    const entry = this.failures.get(key);
    if (!entry || entry.resetAt <= this.now()) return;
    if (entry.count >= this.maxFailures) {
      const retryAfter = Math.ceil((entry.resetAt - this.now()) / 1000);
      throw new AppError('RATE_LIMITED', `too many failed logins; retry in ${retryAfter} s`);
    }
  }

  recordFailure(key: string): void {
    const now = this.now();
    const entry = this.failures.get(key);
    if (!entry || entry.resetAt <= now) this.failures.set(key, { count: 1, resetAt: now + this.windowMs });
    else entry.count += 1;
    if (this.failures.size > 10_000) this.prune(now);
  }

  recordSuccess(key: string): void {
    this.failures.delete(key);
  }

  private prune(now: number): void {
    for (const [key, entry] of this.failures) if (entry.resetAt <= now) this.failures.delete(key);
  }
}
