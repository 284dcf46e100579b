/**
 * The backups, newest first: when, why, how many plans and how big, each with "Restore…". A table,
 * so a screen reader gives each cell its column; "When" heads each row.
 */
import type { BackupSummary } from '../../../main/contract/contract';
import { BACKUP_KIND_LABELS, formatSize, planCount } from './backupWords';
// The shared .data-table look lives with the People tab's tables.
import '../styles/people.css';

export interface BackupRow {
  backup: BackupSummary;
  /** "Today at 10:15", worked out once by the screen so the table and the dialog agree. */
  when: string;
}

export function BackupTable({
  rows,
  labelledBy,
  onRestore,
}: {
  rows: readonly BackupRow[];
  labelledBy: string;
  onRestore: (row: BackupRow) => void;
}) {
  return (
    <div className="backups-table-wrap">
      <table className="data-table backups-table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Why</th>
            <th scope="col" className="backups-number">
              Plans
            </th>
            <th scope="col" className="backups-number">
              Size
            </th>
            <th scope="col">
              <span className="visually-hidden">Restore</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { backup, when } = row;
            const readable = backup.planCount !== null;
            return (
              <tr key={backup.id} data-backup-id={backup.id}>
                <th scope="row">{when}</th>
                <td>{BACKUP_KIND_LABELS[backup.kind]}</td>
                <td className="backups-number">{readable ? planCount(backup.planCount!) : 'Not known'}</td>
                <td className="backups-number">{formatSize(backup.sizeBytes)}</td>
                <td>
                  {readable ? (
                    <button
                      type="button"
                      className="button button-secondary"
                      aria-label={`Restore the backup from ${when}…`}
                      onClick={() => onRestore(row)}
                    >
                      Restore…
                    </button>
                  ) : (
                    <span className="backups-unreadable">Kindred can’t read this copy, so it can’t be restored.</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
