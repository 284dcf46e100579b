/** Settings' list of keyboard shortcuts: the keys for the plan's tabs, the same as the Plan menu's. */
import { PLAN_TAB_LIST } from '../../../main/contract/menuCommands';
import { isMacKeyboard, tabShortcutLabel } from '../plan/tabShortcuts';

export function ShortcutsSection() {
  const mac = isMacKeyboard();
  return (
    <section className="settings-section" aria-labelledby="settings-shortcuts-heading">
      <h3 id="settings-shortcuts-heading" className="settings-section-title">
        Keyboard shortcuts
      </h3>
      <p className="field-description">
        In a plan, these keys go straight to each of its sections. They are in the Plan menu too. At the end of each section, “Back to the plan’s
        sections” takes you to the top.
      </p>
      <dl className="shortcut-list">
        {PLAN_TAB_LIST.map((t) => (
          <div key={t.tab} className="shortcut">
            <dt>{t.label}</dt>
            <dd>
              <kbd>{tabShortcutLabel(t.tab, mac)}</kbd>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
