/**
 * How Kindred looks: text size, colours and motion; and the way to the facilitator's payment rates.
 * Saved with the plans, on this computer.
 */
import { useState } from 'react';
import { Dialog, Heading, Label, Modal, ModalOverlay, Radio, RadioGroup } from 'react-aria-components';
import type { MotionPreference, Settings, TextSize, Theme } from '../../../main/domain/plan';
import { RATES_INTRO, RatesDialog } from './RatesDialog';

const TEXT_SIZES: [TextSize, string][] = [
  ['standard', 'Standard'],
  ['large', 'Large'],
  ['larger', 'Larger'],
];
const THEMES: [Theme, string][] = [
  ['system', 'Match my computer'],
  ['light', 'Light'],
  ['dark', 'Dark'],
  ['high_contrast', 'High contrast'],
];
const MOTIONS: [MotionPreference, string][] = [
  ['system', 'Match my computer'],
  ['reduce', 'Keep movement to a minimum'],
];

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
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(o) => !o && onClose()} isDismissable>
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title">
            Display settings
          </Heading>
          <p className="field-description">Changes apply straight away and are remembered.</p>
          <RadioGroup className="radio-group" value={settings.textSize} onChange={(v) => onChange({ textSize: v as TextSize })}>
            <Label className="label">Text size</Label>
            {TEXT_SIZES.map(([v, label]) => (
              <Radio key={v} value={v} className="radio">
                {label}
              </Radio>
            ))}
          </RadioGroup>
          <RadioGroup className="radio-group" value={settings.theme} onChange={(v) => onChange({ theme: v as Theme })}>
            <Label className="label">Colours</Label>
            {THEMES.map(([v, label]) => (
              <Radio key={v} value={v} className="radio">
                {label}
              </Radio>
            ))}
          </RadioGroup>
          <RadioGroup className="radio-group" value={settings.motion} onChange={(v) => onChange({ motion: v as MotionPreference })}>
            <Label className="label">Movement</Label>
            {MOTIONS.map(([v, label]) => (
              <Radio key={v} value={v} className="radio">
                {label}
              </Radio>
            ))}
          </RadioGroup>
          <section className="settings-section" aria-labelledby="settings-rates-heading">
            <h4 id="settings-rates-heading" className="settings-section-title">
              Payment rates
            </h4>
            <p className="field-description">
              {rateCount === 0 ? 'You have not added any payment rates yet.' : `You have ${rateCount === 1 ? 'one rate' : `${rateCount} rates`}.`}{' '}
              {RATES_INTRO}
            </p>
            <button type="button" className="button button-secondary" onClick={() => setRatesOpen(true)}>
              Payment rates…
            </button>
          </section>
          <RatesDialog isOpen={ratesOpen} onClose={() => setRatesOpen(false)} />
          <div className="button-row dialog-buttons">
            <button type="button" className="button button-primary" onClick={onClose}>
              Done
            </button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
