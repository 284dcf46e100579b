/**
 * What the store says about a backup. The store owns these types because it makes the backups;
 * the API contract re-exports them (main/contract/contract.ts), so the store never reaches up
 * into the contract or the service. Types only, so the renderer can see them without SQLite.
 */

/**
 * Why a backup was made: 'daily' while in use (promoted to 'weekly' in rotation), 'migration'
 * before an update changed the data's layout, 'manual' from the Backups screen, 'restore' just
 * before a restore replaced everything.
 */
export type BackupKind = 'daily' | 'weekly' | 'migration' | 'manual' | 'restore';

export interface BackupSummary {
  /** The backup's file name (kindred-….db), which restoreBackup takes. */
  id: string;
  kind: BackupKind;
  /** ISO date and time it was made. */
  createdAt: string;
  sizeBytes: number;
  /** How many plans it holds; null when it could not be read (then it cannot be restored). */
  planCount: number | null;
}
