/** The knowledge-base categories; tickets and post-call analysis use the same set. */
export const KB_CATEGORIES = ['printer', 'email', 'network', 'computer', 'phone', 'security', 'device', 'account', 'general'] as const;

export type KbCategory = (typeof KB_CATEGORIES)[number];

export function isKbCategory(value: unknown): value is KbCategory {
  return typeof value === 'string' && (KB_CATEGORIES as readonly string[]).includes(value);
}
