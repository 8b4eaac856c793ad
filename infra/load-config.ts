import { ConfigError, parseConfig, type Config } from '../domain/config';

/**
 * parseConfig for a process's entry point: a bad or unsafe setting stops the process before it
 * starts anything, with one line per setting instead of a stack trace, and exit code 1.
 */
export function loadConfigOrExit(processName: string, env: Record<string, string | undefined> = process.env): Config {
  try {
    return parseConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const mode = env.NODE_ENV === 'production' ? ' (NODE_ENV=production)' : '';
    process.stderr.write(
      `${processName}: refusing to start${mode}, fix these settings:\n${error.issues.map((issue) => `  ${issue}\n`).join('')}`,
    );
    process.exit(1);
  }
}
