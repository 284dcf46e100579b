import { readdirSync } from 'node:fs';

/** The names in a folder; none when the folder is not there (yet) or cannot be read. */
export function folderNames(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
