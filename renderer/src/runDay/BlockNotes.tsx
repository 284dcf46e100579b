/**
 * A quick note on the running block: "what we heard" and "what we will do". Each change is saved as
 * it is typed (the newest text wins if the facilitator types faster than the disk), so a crash loses
 * at most the last few letters. In the After tab each note becomes a draft "you said, we did" row.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RunNote } from '../../../main/domain/runDay/notes';
import { api } from '../api/client';
import { useAnnounce } from '../components/Announcer';
import { DraftField } from '../components/DraftField';
import { longTextCheck } from '../lib/checks';

type Words = Pick<RunNote, 'heard' | 'willDo'>;
const EMPTY: Words = { heard: '', willDo: '' };
const same = (s: string) => s;
const heardCheck = longTextCheck('What you heard');
const willDoCheck = longTextCheck('What you will do');

/** The day's notes by block, read once, and a save that sends one block's newest words at a time. */
export function useRunNotes(planId: string) {
  const [notes, setNotes] = useState<ReadonlyMap<string, Words>>(new Map());
  const [problem, setProblem] = useState<string | null>(null);
  const announce = useAnnounce();
  const saving = useRef(new Map<string, { busy: boolean; next: Words | null }>());

  useEffect(() => {
    let live = true;
    api.getRunNotes({ planId }).then(
      (list) => live && setNotes(new Map(list.map((n) => [n.blockId, { heard: n.heard, willDo: n.willDo }]))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [planId]);

  const save = useCallback(
    (blockId: string, words: Words) => {
      setNotes((current) => new Map(current).set(blockId, words));
      const slot = saving.current.get(blockId) ?? { busy: false, next: null };
      saving.current.set(blockId, slot);
      slot.next = words;
      if (slot.busy) return;
      const send = () => {
        const next = slot.next;
        if (!next) {
          slot.busy = false;
          return;
        }
        slot.busy = true;
        slot.next = null;
        api.setRunNote({ planId, blockId, ...next }).then(
          () => {
            setProblem(null);
            send();
          },
          (err: Error) => {
            slot.busy = false;
            setProblem(err.message);
            announce(err.message);
          },
        );
      };
      send();
    },
    [planId, announce],
  );

  return { notes, save, problem };
}

export function BlockNotes({
  blockId,
  title,
  words,
  onChange,
  problem,
}: {
  blockId: string;
  title: string;
  words: Words | undefined;
  onChange: (blockId: string, words: Words) => void;
  problem: string | null;
}) {
  const now = words ?? EMPTY;
  return (
    <section className="run-notes" aria-labelledby="run-notes-heading">
      <h3 id="run-notes-heading">Notes on {title}</h3>
      <p className="field-description">Saved as you type. They become drafts for “You said, we did” in the After tab, for you to check.</p>
      {/* A block of its own per block, so moving on never carries the last block's words over. */}
      <div key={blockId}>
        <DraftField
          label="What we heard"
          value={now.heard}
          format={same}
          check={heardCheck}
          onCommit={(heard) => onChange(blockId, { ...now, heard })}
          multiline
          rows={2}
        />
        <DraftField
          label="What we will do"
          value={now.willDo}
          format={same}
          check={willDoCheck}
          onCommit={(willDo) => onChange(blockId, { ...now, willDo })}
          multiline
          rows={2}
        />
      </div>
      {problem && <p className="run-problem">{problem}</p>}
    </section>
  );
}
