/**
 * The facilitator's settings, shared by every screen that reads them (the header's display
 * settings, the People tab's payment rates): one copy in memory, loaded once, saved on change.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '../../../main/domain/plan';
import { ApiError, api } from '../api/client';

/** Applies display settings to the page root, where the style sheets pick them up. */
export function applySettings(s: Settings, root: HTMLElement = document.documentElement): void {
  root.dataset.textSize = s.textSize;
  root.dataset.theme = s.theme;
  root.dataset.motion = s.motion;
}

interface SettingsState {
  settings: Settings;
  ready: boolean;
}

let state: SettingsState = { settings: DEFAULT_SETTINGS, ready: false };
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function setState(next: SettingsState) {
  state = next;
  applySettings(next.settings);
  for (const l of listeners) l();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function load(): Promise<void> {
  loading ??= api.getSettings({}).then(
    (settings) => setState({ settings, ready: true }),
    // The app still works with the defaults if settings cannot be read.
    () => setState({ ...state, ready: true }),
  );
  return loading;
}

/** The latest save: an earlier save's answer must not undo a later change (typing fast). */
let saves = 0;

/** Saves a change at once on screen, then in the store; if the store refuses, shows what it holds. */
function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const save = ++saves;
  setState({ ...state, settings: { ...state.settings, ...patch } });
  return api.updateSettings(patch).then(
    (settings) => {
      if (save === saves) setState({ ...state, settings });
      return settings;
    },
    async (err: unknown) => {
      await api.getSettings({}).then(
        (settings) => setState({ ...state, settings }),
        () => {},
      );
      throw err;
    },
  );
}

export function useSettings(): {
  settings: Settings;
  ready: boolean;
  update: (patch: Partial<Settings>) => void;
  /** The same, for callers that want to know when (and whether) it was kept. */
  save: (patch: Partial<Settings>) => Promise<Settings>;
} {
  const current = useSyncExternalStore(subscribe, () => state);
  useEffect(() => {
    if (!loading) applySettings(state.settings);
    void load();
  }, []);
  const update = useCallback((patch: Partial<Settings>) => {
    updateSettings(patch).catch(() => {});
  }, []);
  return { settings: current.settings, ready: current.ready, update, save: updateSettings };
}

/**
 * Saves settings from a group of fields, keeping the store's kind message (or a general one) to
 * show beside them when a change is refused; cleared on the next change.
 */
export function useSettingsSave(): { settings: Settings; problem: string | null; change: (patch: Partial<Settings>) => Promise<void> } {
  const { settings, save } = useSettings();
  const [problem, setProblem] = useState<string | null>(null);
  const change = useCallback(
    async (patch: Partial<Settings>) => {
      setProblem(null);
      try {
        await save(patch);
      } catch (err) {
        setProblem(err instanceof ApiError ? err.message : 'That change was not kept. Please try again.');
      }
    },
    [save],
  );
  return { settings, problem, change };
}
