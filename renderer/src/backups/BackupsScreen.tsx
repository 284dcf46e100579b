/**
 * The Backups screen: what Kindred keeps and where, "Back up now", and every backup with
 * "Restore…". A restore replaces every plan, so the screen counts the plans there now for the
 * confirmation, and once it is done the plans list (read afresh whenever it opens) shows the
 * restored plans; a plan screen is never open beside this one, so none can keep an old copy.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { BackupList, BackupSummary } from '../../../main/contract/contract';
import type { DesktopFiles } from '../../../main/contract/bridgeTypes';
import { ApiError, api, isDesktop } from '../api/client';
import { BackupTable, type BackupRow } from './BackupTable';
import { backupWhen, clockTime, restoredSentence } from './backupWords';
import { OLDER_BACKUPS_KEEP_A_COPY } from './olderBackups';
import { RestoreDialog } from './RestoreDialog';
import '../styles/backups.css';

interface Outcome {
  tone: 'calm' | 'problem';
  text: string;
  /** After a restore: a way to the plans that came back. */
  toPlans?: boolean;
}

const messageOf = (err: unknown, fallback: string) => (err instanceof Error && err.message ? err.message : fallback);

/** Desktop only: Explorer or the Finder, opened on the backups folder by main (never a path from here). */
async function showBackupsFolder(): Promise<void> {
  const files = (globalThis as { kindred?: { files?: DesktopFiles } }).kindred?.files;
  if (!files) return;
  const res = await files.showBackupsFolder();
  if (!res.ok) throw new ApiError(res.error);
}

export function BackupsScreen() {
  const [list, setList] = useState<BackupList | null>(null);
  const [plansNow, setPlansNow] = useState(0);
  const [loadProblem, setLoadProblem] = useState<string | null>(null);
  const [backingUp, setBackingUp] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [restoring, setRestoring] = useState<BackupRow | null>(null);

  useEffect(() => {
    document.title = 'Backups – Kindred';
  }, []);

  const refresh = useCallback(async () => {
    try {
      const [backups, plans] = await Promise.all([api.listBackups({}), api.listPlans({})]);
      setList(backups);
      setPlansNow(plans.length);
      setLoadProblem(null);
    } catch (err) {
      setLoadProblem(messageOf(err, 'Kindred could not look in the backups folder just now.'));
    }
  }, []);
  useEffect(() => void refresh(), [refresh]);

  // "Today" is worked out when the list arrives, so a table left open past midnight says so on its next refresh.
  const rows = useMemo<BackupRow[]>(() => {
    const now = new Date();
    return (list?.backups ?? []).map((backup) => ({ backup, when: backupWhen(backup.createdAt, now) }));
  }, [list]);

  const backUpNow = async () => {
    if (backingUp) return;
    setBackingUp(true);
    setOutcome(null);
    try {
      const made = await api.backupNow({});
      await refresh();
      setOutcome({ tone: 'calm', text: `Backed up at ${clockTime(new Date(made.createdAt))}.` });
    } catch (err) {
      setOutcome({
        tone: 'problem',
        text: messageOf(err, 'Kindred could not make a backup just now. Your plans are as they were; please try again.'),
      });
    } finally {
      setBackingUp(false);
    }
  };

  const restore = async (backup: BackupSummary) => {
    const { restored, safetyBackup } = await api.restoreBackup({ backupId: backup.id });
    const now = new Date();
    setOutcome({
      tone: 'calm',
      text: restoredSentence(restored.planCount ?? 0, backupWhen(restored.createdAt, now), backupWhen(safetyBackup.createdAt, now)),
      toPlans: true,
    });
    await refresh();
  };

  /** Counts the plans afresh before asking, so the question is right even if one was imported meanwhile. */
  const askRestore = (row: BackupRow) => {
    api
      .listPlans({})
      .then(
        (plans) => setPlansNow(plans.length),
        () => {},
      )
      .finally(() => setRestoring(row));
  };

  const showFolder = () => {
    showBackupsFolder().catch((err: unknown) =>
      setOutcome({ tone: 'problem', text: messageOf(err, 'Kindred could not open the folder just now. Its name is above, to find it yourself.') }),
    );
  };

  return (
    <div className="page backups-page">
      <div className="page-header">
        <h1 id="page-title" tabIndex={-1}>
          Backups
        </h1>
      </div>

      <div className="backups-intro">
        <p>
          Kindred keeps copies of all your plans on this computer, so nothing is lost if something goes wrong. It makes one a day while you use it and
          keeps the last 7 days, and one a week for 4 weeks. It makes one before each update too. Backups you make yourself, and those made before a
          restore, are kept for 4 weeks.
        </p>
        <p>
          Backups hold everything in your plans, including people’s details and access needs, and they stay on this computer. When you delete a plan
          or forget someone, they go from Kindred straight away. {OLDER_BACKUPS_KEEP_A_COPY}
        </p>
      </div>

      <section className="backups-folder" aria-labelledby="backups-folder-heading">
        <h2 id="backups-folder-heading">Where they are</h2>
        {list && (
          <div className="backups-folder-row">
            <p className="backups-path" data-testid="backups-folder">
              {list.folder}
            </p>
            {isDesktop && (
              <button type="button" className="button button-secondary" onClick={showFolder}>
                Show folder
              </button>
            )}
          </div>
        )}
      </section>

      <section aria-labelledby="backups-heading">
        <div className="section-header">
          <h2 id="backups-heading">Your backups</h2>
          <button type="button" className="button button-primary" aria-disabled={backingUp || undefined} onClick={() => void backUpNow()}>
            {backingUp ? 'Backing up…' : 'Back up now'}
          </button>
        </div>

        {/* Always in the page, so what is put in it is read out. */}
        <div role="status" className="backups-outcome">
          {outcome && (
            <p className={`notice notice-${outcome.tone}`}>
              {outcome.text}
              {outcome.toPlans && (
                <>
                  {' '}
                  <a href="#/">Go to your plans</a>
                </>
              )}
            </p>
          )}
        </div>

        {loadProblem && (
          <div className="notice notice-problem" role="alert">
            <p>{loadProblem}</p>
            <button type="button" className="button button-secondary" onClick={() => void refresh()}>
              Try again
            </button>
          </div>
        )}
        {!list && !loadProblem && <p role="status">Finding your backups…</p>}
        {list && rows.length === 0 && (
          <p className="backups-empty">
            There are no backups yet. Kindred makes the first one today while you use it, or you can make one now with “Back up now”.
          </p>
        )}
        {rows.length > 0 && <BackupTable rows={rows} labelledBy="backups-heading" onRestore={askRestore} />}
      </section>

      <RestoreDialog
        backup={restoring?.backup ?? null}
        when={restoring?.when ?? ''}
        plansNow={plansNow}
        onRestore={restore}
        onClose={() => setRestoring(null)}
      />
    </div>
  );
}
