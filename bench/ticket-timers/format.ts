/** Bytes as whole MiB. */
export const mib = (bytes: number): string => (bytes / 2 ** 20).toFixed(0);

/** Milliseconds, whole; 'n/a' when there was nothing to measure. */
export const ms = (value: number): string => (Number.isFinite(value) ? value.toFixed(0) : 'n/a');
