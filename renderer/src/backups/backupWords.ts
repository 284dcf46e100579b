/**
 * The words the Backups screen uses for a backup: when it was made ("Today at 10:15"), why, how
 * big it is, and what a restore would replace. Pure, so the sentences are tested without a page.
 */
import type { BackupKind } from '../../../main/contract/contract';
import { formatDateWithWeekday, localToday } from '../../../main/domain/time';

export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  daily: 'Daily',
  weekly: 'Weekly',
  migration: 'Before an update',
  manual: 'Made by you',
  restore: 'Before a restore',
};

/** "10:15", on the facilitator's own clock. */
export function clockTime(at: Date): string {
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}

/**
 * When a backup was made, in the facilitator's time zone: "Today at 10:15", "Yesterday at 18:40",
 * or "Tuesday 24 November 2026 at 09:02". `now` is passed in so "today" is the caller's today.
 */
export function backupWhen(createdAt: string, now: Date): string {
  const at = new Date(createdAt);
  if (Number.isNaN(at.getTime())) return createdAt;
  const day = localToday(at);
  const today = localToday(now);
  const yesterday = localToday(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1));
  const date = day === today ? 'Today' : day === yesterday ? 'Yesterday' : formatDateWithWeekday(day);
  return `${date} at ${clockTime(at)}`;
}

/** The same inside a sentence: "the 2 plans from today at 10:15" (weekdays keep their capital). */
export function whenInSentence(when: string): string {
  return when.replace(/^(Today|Yesterday)\b/, (word) => word.toLowerCase());
}

/** "Under 1 KB", "48 KB", "1.2 MB": the units Explorer and the Finder show. */
export function formatSize(bytes: number): string {
  const kb = bytes / 1024;
  if (kb < 1) return 'Under 1 KB';
  if (kb < 1000) return `${Math.round(kb)} KB`;
  const mb = kb / 1024;
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

export function planCount(n: number): string {
  return n === 1 ? '1 plan' : `${n} plans`;
}

/**
 * Exactly what a restore replaces, with the counts on both sides, and that nothing is lost:
 * the plans there now are backed up first.
 */
export function restoreSummary(currentPlans: number, backupPlans: number, when: string): string {
  const from = whenInSentence(when);
  const incoming = backupPlans === 0 ? `the backup from ${from}, which holds no plans` : `the ${planCount(backupPlans)} from ${from}`;
  const replaced =
    currentPlans === 0
      ? `You have no plans now. They will be replaced with ${incoming}.`
      : `All your plans now (${planCount(currentPlans)}) will be replaced with ${incoming}.`;
  return `${replaced} Kindred backs up your plans as they are now first, so you can go back.`;
}

/** Once restored: what came back, and where the plans that were replaced are kept. */
export function restoredSentence(restoredPlans: number, restoredWhen: string, safetyWhen: string): string {
  const from = whenInSentence(restoredWhen);
  const back =
    restoredPlans === 0 ? `Restored the backup from ${from}, which holds no plans.` : `Restored the ${planCount(restoredPlans)} from ${from}.`;
  return `${back} Your plans as they were just before are kept in a backup made ${whenInSentence(safetyWhen)}, marked “Before a restore”.`;
}
