/**
 * Ctrl+1 to Ctrl+7 (Cmd on a Mac) go to the plan's tabs. The desktop app's Plan menu owns the keys
 * there and sends a menu command; browser mode has no menu, so the page hears the keys itself.
 * Physical digit keys (`code`), so the keys are the same on any keyboard layout.
 */
import { useEffect } from 'react';
import { PLAN_TAB_LIST, tabOfCommand, type PlanTabId } from '../../../main/contract/menuCommands';
import { modifierName } from '../agenda/shortcuts';
import { isDesktop, onMenuCommand } from '../api/client';

type Keys = Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** The tab a key press asks for, or null: only the platform's own modifier with a digit, nothing else held. */
export function tabForKeys(e: Keys, mac: boolean): PlanTabId | null {
  const mod = mac ? e.metaKey && !e.ctrlKey : e.ctrlKey && !e.metaKey;
  if (!mod || e.altKey || e.shiftKey) return null;
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(e.code)?.[1];
  return digit ? (PLAN_TAB_LIST[Number(digit) - 1]?.tab ?? null) : null;
}

/** "Ctrl+3" or "⌘3", as the menu shows it on each platform. */
export function tabShortcutLabel(tab: PlanTabId, mac: boolean): string {
  const n = PLAN_TAB_LIST.findIndex((t) => t.tab === tab) + 1;
  return mac ? `⌘${n}` : `Ctrl+${n}`;
}

/** For aria-keyshortcuts: "Control+3" or "Meta+3". */
export const tabAriaShortcut = (tab: PlanTabId): string => `${modifierName()}+${PLAN_TAB_LIST.findIndex((t) => t.tab === tab) + 1}`;

export const isMacKeyboard = (): boolean => modifierName() === 'Meta';

/** While a dialog is open the page behind it stays put: the keys wait until it closes. */
const dialogOpen = () => document.querySelector('[role="dialog"], [role="alertdialog"]') !== null;

export function usePlanTabShortcuts(showTab: (tab: PlanTabId) => void): void {
  useEffect(() => {
    if (isDesktop) {
      return onMenuCommand((command) => {
        const tab = tabOfCommand(command);
        if (tab && !dialogOpen()) showTab(tab);
      });
    }
    const mac = isMacKeyboard();
    const onKeyDown = (e: KeyboardEvent) => {
      const tab = tabForKeys(e, mac);
      if (!tab || e.defaultPrevented || dialogOpen()) return;
      e.preventDefault();
      showTab(tab);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [showTab]);
}
