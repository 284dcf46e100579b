/** App settings, one row per key with a JSON value; the service merges them over the defaults. */
import type { Database } from './database';

export function createSettingsRepo(db: Database) {
  const all = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
  const put = db.prepare<{ key: string; value: string }>(
    'INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return {
    /** Stored values, parsed; a value that is not valid JSON is skipped (the default applies). */
    all(): Map<string, unknown> {
      const out = new Map<string, unknown>();
      for (const row of all.all()) {
        try {
          out.set(row.key, JSON.parse(row.value));
        } catch {
          // json_valid() guards writes, so this only happens to a file edited by hand.
        }
      }
      return out;
    },
    put(key: string, value: unknown): void {
      put.run({ key, value: JSON.stringify(value) });
    },
  };
}
