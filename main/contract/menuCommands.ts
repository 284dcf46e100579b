/**
 * Menu commands the main process may send to the page (File > New plan, …), shared by the main
 * process and the preload. A fixed list: the preload drops anything not on it. Dependency-free,
 * because the sandboxed preload may bundle nothing heavier.
 */
export const MENU_CHANNEL = 'kindred-menu:command';

/**
 * - 'new-plan': File > New plan.
 * - 'import-plan': File > Import a plan…: choose a .kindred file and take it in.
 * - 'export-plan': File > Export plan file…: save the open plan as a .kindred file.
 * - 'save-before-close': the window is closing; send any edit still waiting, then close it
 *   (main/app/closeGuard.ts).
 */
export const MENU_COMMANDS = ['new-plan', 'import-plan', 'export-plan', 'save-before-close'] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
