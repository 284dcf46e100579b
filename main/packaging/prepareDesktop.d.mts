// Types for prepareDesktop.mjs (plain JavaScript so it runs before anything is built).
export const DESKTOP_NODE: string;
export const REBUILD_NOTE: string;
export function nodeTooOld(version: string): boolean;
export function compiledAbi(binary: string, load?: (path: string) => void, ownAbi?: string): string | null;
export function firstReason(output: string | null | undefined): string | null;
export function cannotFetchMessage(o: { electronVersion: string; reason: string | null; command: string }): string;

export interface DesktopSteps {
  /** The command to suggest running again: `npm start` or `npm run dev`. */
  command: string;
  nodeVersion: string;
  electronVersion: string;
  /** Electron's NODE_MODULE_VERSION (node_modules/electron/abi_version). */
  electronAbi: string;
  electronInPlace(): boolean;
  fetchElectron(): { ok: boolean; output: string };
  sqliteAbi(): string | null;
  rebuildSqlite(): boolean;
  log(line: string): void;
  error(text: string): void;
}
export function prepareDesktop(steps: DesktopSteps): 0 | 1;
export function realSteps(root: string): DesktopSteps;
