/**
 * The shape of `window.kindred`, for the renderer to import without pulling in Electron.
 *
 * - One function per API method (methods.ts). Each sends its input over its own IPC
 *   channel and resolves to the service's `ApiResponse` envelope unchanged; the renderer's client
 *   (renderer/src/api/client.ts) unwraps it. Nothing generic (no invoke/send) is exposed.
 * - `onMenuCommand(listener)`: called with a `MenuCommand` when the user picks a menu item the page
 *   must act on (File > New plan → 'new-plan'). Returns a function that removes the listener.
 * - `platform`: the OS, for showing ⌘ or Ctrl in keyboard hints.
 * - `files`: saving packs through the system's own dialogs (desktop only; browser mode downloads).
 *   The renderer never names a path to write to: main asks the user, remembers the folder or file
 *   it chose, and only opens or shows files it saved itself.
 */
import type { ApiResponse, ApiResults, ParsedInput } from './contract';
import type { ApiMethod } from './methods';
import type { MenuCommand } from './menuCommands';

export type { MenuCommand } from './menuCommands';

export type KindredMethods = { [M in ApiMethod]: (input?: unknown) => Promise<ApiResponse<Awaited<ApiResults[M]>>> };

/** A pack as the service made it (`packFile`): a suggested file name and the bytes in base64. */
export interface PackFileData {
  fileName: string;
  base64: string;
}

/** Which pack, as packFile and packHtml take it. */
export type PackRequest = ParsedInput<'packHtml'>;

export interface SavedFile {
  /** Where it was saved, to show the facilitator and to open or show later. */
  path: string;
  /** The file's name as saved (the facilitator may have changed it in the dialog). */
  name: string;
}

export interface DesktopFiles {
  /** Shows the save dialog (suggesting `fileName`), then writes the file whole; null when cancelled. */
  savePack(file: PackFileData): Promise<ApiResponse<SavedFile | null>>;
  /**
   * Main makes the pack's printable page itself (the API's packHtml, through the same validated
   * dispatch), prints it to a tagged PDF in a hidden window with no script and no network, then
   * shows the save dialog; null when cancelled. The page only says which pack.
   */
  savePackPdf(request: PackRequest): Promise<ApiResponse<SavedFile | null>>;
  /** Shows a folder dialog; null when cancelled. Main remembers the folder under `folderId`. */
  choosePackFolder(): Promise<ApiResponse<{ folderId: string; path: string } | null>>;
  /** Writes every pack into a folder from choosePackFolder: all of them, or (on failure) none. */
  writePacksToFolder(input: { folderId: string; files: PackFileData[] }): Promise<ApiResponse<{ path: string; names: string[] }>>;
  /** Opens a file this session saved, in the program the system uses for it (Word, Pages…). */
  openSavedFile(path: string): Promise<ApiResponse<null>>;
  /** Shows the save dialog for a JSON copy of data (`exportSubjectAccess`), then writes it whole; null when cancelled. */
  saveDataFile(file: DataFileText): Promise<ApiResponse<SavedFile | null>>;
  /** Shows a file (or folder) this session saved in Explorer or the Finder. */
  showSavedFile(path: string): Promise<ApiResponse<null>>;
  /** Shows the save dialog for a plan file (`exportPlanFile`'s result), then writes it whole; null when cancelled. */
  savePlanFile(file: PlanFileText): Promise<ApiResponse<SavedFile | null>>;
  /** Shows the open dialog for .kindred files and reads the one chosen; null when cancelled. */
  choosePlanFile(): Promise<ApiResponse<OpenedPlanFile | null>>;
  /**
   * Called with a plan file the system handed to Kindred: double-clicked, dropped on the Dock icon,
   * or passed on the command line (`open-file`, second instance). Returns a function that stops it.
   */
  onPlanFileOpened(listener: (file: OpenedPlanFile) => void): () => void;
  /** Opens the backups folder in Explorer or the Finder. */
  showBackupsFolder(): Promise<ApiResponse<null>>;
}

/** JSON Kindred made (one person's data, for them), with a suggested file name. */
export interface DataFileText {
  fileName: string;
  text: string;
}

/** A plan file as `exportPlanFile` made it. */
export interface PlanFileText {
  fileName: string;
  text: string;
}

/** A plan file read from disk, ready for `importPlanFile`. */
export interface OpenedPlanFile {
  /** Its name only (no folder), for messages. */
  name: string;
  base64: string;
}

export interface KindredBridge extends KindredMethods {
  readonly platform: string;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  readonly files: DesktopFiles;
  /**
   * Opens the room screen for a plan in its own window, on the second display when there is one
   * (main/app/roomWindow.ts); a room screen already open for it is brought forward instead.
   */
  openRoomScreen(planId: string): Promise<ApiResponse<null>>;
}

/** The global name the preload exposes the bridge under. */
export const BRIDGE_KEY = 'kindred';
