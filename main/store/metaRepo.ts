/** Store bookkeeping, such as whether the sample plan has been offered to this database. */
import type { Database } from './database';

export function createMetaRepo(db: Database) {
  const get = db.prepare<{ key: string }, { value: string }>('SELECT value FROM meta WHERE key = @key');
  const put = db.prepare<{ key: string; value: string }>(
    'INSERT INTO meta (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return {
    get(key: string): string | undefined {
      return get.get({ key })?.value;
    },
    put(key: string, value: string): void {
      put.run({ key, value });
    },
  };
}
