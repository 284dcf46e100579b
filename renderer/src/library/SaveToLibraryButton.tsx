/** "Save to my library": keeps a copy of a block (its words, length and materials) for any plan. */
import { useState } from 'react';
import type { Block } from '../../../main/domain/plan';
import { api } from '../api/client';
import { useToast } from '../components/Toasts';

export function SaveToLibraryButton({ block }: { block: Block }) {
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      // Only the content travels: who leads, who decides and any pinned time belong to this plan.
      await api.saveToLibrary({
        item: {
          title: block.title,
          kind: block.kind,
          durationMinutes: block.durationMinutes,
          description: block.description,
          facilitatorNotes: block.facilitatorNotes,
          materials: block.materials,
        },
      });
      toast({ message: `Saved “${block.title}” to your library. Add it to any plan from the method library.` });
    } catch (err) {
      toast({ message: err instanceof Error && err.message ? err.message : 'That block could not be saved. Please try again.' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="button button-secondary" onClick={() => void save()} disabled={busy}>
      Save to my library
    </button>
  );
}
