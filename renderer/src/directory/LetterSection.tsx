/**
 * On a person's profile: a letter of involvement, for their CV, a reference or a benefits
 * assessment, in their pack format (or another). It gathers what they did across every plan, so it
 * is made only once the facilitator ticks that the person asked for it or agreed to it.
 */
import { useId, useState } from 'react';
import { Checkbox } from 'react-aria-components';
import { PACK_FORMATS, PACK_FORMAT_LABELS, type PackFormat } from '../../../main/domain/access';
import { api } from '../api/client';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { problemMessage, savePack } from '../packs/saving';

export function LetterSection({ directoryPersonId, name, format }: { directoryPersonId: string; name: string; format: PackFormat }) {
  const headingId = useId();
  const [agreed, setAgreed] = useState(false);
  const [chosen, setChosen] = useState<PackFormat>(format);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const who = name.trim() || 'They';

  const make = async () => {
    if (busy) return;
    if (!agreed) return setProblem(`Tick to say ${who} asked for the letter or agreed to it first.`);
    setBusy(true);
    setProblem(null);
    setSaid(null);
    try {
      const letter = await api.involvementLetter({ directoryPersonId, format: chosen, theyAgreed: true });
      const saved = await savePack({ fileName: letter.fileName, base64: letter.base64 });
      if (saved) {
        const about =
          letter.workshops === 0
            ? 'It says no workshops have happened yet.'
            : `It tells of ${letter.workshops === 1 ? '1 workshop' : `${letter.workshops} workshops`}.`;
        setSaid(`${saved.where === 'disk' ? 'Saved' : 'Downloaded'} “${saved.name}”. ${about}`);
      }
    } catch (err) {
      setProblem(problemMessage(err, 'The letter could not be made just now. Please try again.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="form-section letter-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Letter of involvement</h3>
      <p>
        A Word letter saying which workshops {who === 'They' ? 'they' : who} took part in, their part in each and the hours recorded, for a CV, a
        reference or a benefits assessment. It says nothing about health or money.
      </p>
      <Checkbox className="checkbox" isSelected={agreed} onChange={setAgreed}>
        <span className="checkbox-box" aria-hidden="true" />
        {who === 'They' ? 'They have' : `${who} has`} asked for this letter, or agreed to it
      </Checkbox>
      <ChoiceSelect label="Letter format" value={chosen} options={PACK_FORMATS} labels={PACK_FORMAT_LABELS} onChange={setChosen} />
      <button type="button" className="button button-secondary" aria-disabled={busy || undefined} onClick={() => void make()}>
        {busy ? 'Making the letter…' : 'Save the letter'}
      </button>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <p role="status">{said}</p>
    </section>
  );
}
