/**
 * On a profile: what the person can ask of us under UK GDPR. A copy of everything Kindred holds
 * about them (right of access), saved as a Word document to send them and as JSON; and forgetting
 * them everywhere (right to erasure), which the People screen asks about before it happens.
 */
import { useState } from 'react';
import { api } from '../api/client';
import { problemMessage, saveDataFile, savePack, type SavedPack } from '../packs/saving';

const savedWords = (saved: SavedPack) => (saved.where === 'disk' ? `saved as ${saved.name}` : `downloaded as ${saved.name}`);

export function TheirDataSection({ directoryPersonId, name, onForget }: { directoryPersonId: string; name: string; onForget: () => void }) {
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const exportCopy = async () => {
    setBusy(true);
    setProblem(null);
    setStatus(`Gathering everything about ${name}…`);
    try {
      const { docx, json } = await api.exportSubjectAccess({ directoryPersonId });
      const document = await savePack(docx);
      if (!document) {
        setStatus('Not saved: you closed the save window.');
        return;
      }
      const data = await saveDataFile(json);
      setStatus(`The copy for ${name} is ${savedWords(document)}${data ? `, and the same as data ${savedWords(data)}` : ''}.`);
    } catch (err) {
      setStatus('');
      setProblem(problemMessage(err, `Kindred could not make the copy for ${name} just now. Please try again.`));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="form-section" aria-labelledby="profile-their-data">
      <h3 id="profile-their-data">Their data</h3>
      <p className="field-description">
        Anyone can ask for a copy of what you hold about them, or ask you to delete it. The copy is a Word document to send them, with the same as
        data (JSON).
      </p>
      <div className="their-data-actions">
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void exportCopy()}>
          Save a copy of everything about {name}
        </button>
        <button type="button" className="button button-secondary button-for-good" onClick={onForget}>
          Forget {name}…
        </button>
      </div>
      <p role="status" className="field-description">
        {status}
      </p>
      {problem && (
        <p role="alert" className="notice notice-attention">
          {problem}
        </p>
      )}
    </section>
  );
}
