/**
 * What deleting does to the copies in backups, said the same way wherever something is deleted.
 * Rotation (main/store/backups.ts) keeps the 7 newest daily backups, one a week for 4 weeks, and
 * the others for 28 days, so with Kindred in use the oldest copy of anything goes within about
 * 5 weeks of being deleted.
 */
export const OLDER_BACKUPS_KEEP_A_COPY = 'Older backups keep a copy until they are replaced, within about 5 weeks.';
