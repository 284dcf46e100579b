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
 * - 'show-tab-<tab>': Plan > Details, People, …: show that tab of the open plan (PLAN_TAB_LIST).
 */
/**
 * The plan's tabs, in the order the page shows them. Ctrl+1 to Ctrl+7 (Cmd on a Mac) go to them:
 * the desktop Plan menu shows and sends them, browser mode hears the keys itself. Digits, because
 * no text box or platform uses Ctrl/Cmd with them (zoom takes 0, +, -).
 */
export const PLAN_TAB_LIST = [
  { tab: 'details', label: 'Details' },
  { tab: 'people', label: 'People' },
  { tab: 'access', label: 'Access' },
  { tab: 'agenda', label: 'Agenda' },
  { tab: 'review', label: 'Review' },
  { tab: 'packs', label: 'Packs' },
  { tab: 'after', label: 'After the workshop' },
] as const;

export type PlanTabId = (typeof PLAN_TAB_LIST)[number]['tab'];

/** 'show-tab-agenda' and so on: the Plan menu's items. */
export type ShowTabCommand = `show-tab-${PlanTabId}`;
export const showTabCommand = (tab: PlanTabId): ShowTabCommand => `show-tab-${tab}`;

/** Which tab a menu command shows, or null for any other command. */
export function tabOfCommand(command: string): PlanTabId | null {
  return PLAN_TAB_LIST.find((t) => showTabCommand(t.tab) === command)?.tab ?? null;
}

export const MENU_COMMANDS = [
  'new-plan',
  'import-plan',
  'export-plan',
  'save-before-close',
  ...PLAN_TAB_LIST.map((t) => showTabCommand(t.tab)),
] as const;

export type MenuCommand = 'new-plan' | 'import-plan' | 'export-plan' | 'save-before-close' | ShowTabCommand;

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
