/**
 * How Kindred looks: text size, colours and motion; when it reminds the facilitator; what the packs
 * carry (the organisation's name, cream paper); and the way to their payment rates.
 * Saved with the plans, on this computer.
 */
import { useState } from 'react';
import { MOTION, TEXT_SIZES, THEMES, type MotionPreference, type Settings, type TextSize, type Theme } from '../../../main/domain/plan';
import { CLOCK_STYLES, CLOCK_STYLE_LABELS, DATE_LOCALES, DATE_LOCALE_LABELS, dateOrder, type DateLocale } from '../../../main/domain/locale';
import { ChoiceRadioGroup } from '../components/ChoiceRadioGroup';
import { DoneDialog } from '../components/DoneDialog';
import { BenefitsCheckFields } from './BenefitsCheckFields';
import { PackSendDaysFields } from './PackSendDaysFields';
import { PackSettingsFields } from './PackSettingsFields';
import { RATES_INTRO, RatesDialog } from './RatesDialog';
import { RemindersFields } from './RemindersFields';
import { ShortcutsSection } from './ShortcutsSection';

const TEXT_SIZE_LABELS: Record<TextSize, string> = {
  standard: 'Standard',
  large: 'Large',
  larger: 'Larger',
};
const THEME_LABELS: Record<Theme, string> = {
  system: 'Match my computer',
  light: 'Light',
  dark: 'Dark',
  high_contrast: 'High contrast',
};
const MOTION_LABELS: Record<MotionPreference, string> = {
  system: 'Match my computer',
  reduce: 'Keep movement to a minimum',
};

/** "United Kingdom: day / month / year", so the choice says what it changes. */
const LOCALE_CHOICES = Object.fromEntries(DATE_LOCALES.map((l) => [l, `${DATE_LOCALE_LABELS[l]}: ${dateOrder(l)}`])) as Record<DateLocale, string>;

export function SettingsDialog({
  isOpen,
  onClose,
  settings,
  onChange,
}: {
  isOpen: boolean;
  onClose: () => void;
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}) {
  const [ratesOpen, setRatesOpen] = useState(false);
  const rateCount = settings.rates.length;
  return (
    <DoneDialog isOpen={isOpen} onClose={onClose} title="Settings" titleLevel={2}>
      <p className="field-description">Changes apply straight away and are remembered.</p>
      <ChoiceRadioGroup
        label="Text size"
        value={settings.textSize}
        options={TEXT_SIZES}
        labels={TEXT_SIZE_LABELS}
        onChange={(textSize) => onChange({ textSize })}
      />
      <ChoiceRadioGroup label="Colours" value={settings.theme} options={THEMES} labels={THEME_LABELS} onChange={(theme) => onChange({ theme })} />
      <ChoiceRadioGroup
        label="Movement"
        value={settings.motion}
        options={MOTION}
        labels={MOTION_LABELS}
        onChange={(motion) => onChange({ motion })}
      />
      <ChoiceRadioGroup
        label="Dates are written"
        value={settings.locale}
        options={DATE_LOCALES}
        labels={LOCALE_CHOICES}
        onChange={(locale) => onChange({ locale })}
      />
      <ChoiceRadioGroup
        label="Clock"
        value={settings.clock}
        options={CLOCK_STYLES}
        labels={CLOCK_STYLE_LABELS}
        onChange={(clock) => onChange({ clock })}
      />
      <RemindersFields />
      <PackSendDaysFields />
      <PackSettingsFields />
      <section className="settings-section" aria-labelledby="settings-rates-heading">
        <h3 id="settings-rates-heading" className="settings-section-title">
          Payment rates
        </h3>
        <p className="field-description">
          {rateCount === 0 ? 'You have not added any payment rates yet.' : `You have ${rateCount === 1 ? 'one rate' : `${rateCount} rates`}.`}{' '}
          {RATES_INTRO}
        </p>
        <button type="button" className="button button-secondary" onClick={() => setRatesOpen(true)}>
          Payment rates…
        </button>
      </section>
      <BenefitsCheckFields />
      <ShortcutsSection />
      <RatesDialog isOpen={ratesOpen} onClose={() => setRatesOpen(false)} />
    </DoneDialog>
  );
}
