import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '../../../main/domain/plan';
import { api } from '../api/client';

/** Applies display settings to the page root, where the style sheets pick them up. */
export function applySettings(s: Settings, root: HTMLElement = document.documentElement): void {
  root.dataset.textSize = s.textSize;
  root.dataset.theme = s.theme;
  root.dataset.motion = s.motion;
}

export function useSettings(): { settings: Settings; ready: boolean; update: (patch: Partial<Settings>) => void } {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    api.getSettings({}).then(
      (s) => {
        setSettings(s);
        setReady(true);
      },
      // The app still works with the defaults if settings cannot be read.
      () => setReady(true),
    );
  }, []);
  useEffect(() => applySettings(settings), [settings]);
  const update = useCallback((patch: Partial<Settings>) => {
    setSettings((s) => ({ ...s, ...patch }));
    void api.updateSettings(patch).then(setSettings, () => {});
  }, []);
  return { settings, ready, update };
}
