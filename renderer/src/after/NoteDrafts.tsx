/**
 * The notes written while the day ran, offered as drafts: each can become a "you said, we did" row
 * (the facilitator then checks and edits it there), and what was heard can go into Results. Nothing
 * is sent anywhere: these only fill in the facilitator's own After tab when they choose.
 */
import { BLOCK_KIND_LABELS } from '../../../main/domain/blockKinds';
import type { Block, Change } from '../../../main/domain/plan';
import { alreadyDrafted, draftChange, hasWords, type RunNote } from '../../../main/domain/runDay/notes';

export function NoteDrafts({
  notes,
  blocks,
  changes,
  results,
  onAddChange,
  onAddToResults,
}: {
  notes: readonly RunNote[];
  blocks: readonly Pick<Block, 'id' | 'title' | 'kind'>[];
  changes: readonly Change[];
  results: string;
  onAddChange: (change: Change, blockName: string) => void;
  onAddToResults: (text: string) => void;
}) {
  const written = notes.filter(hasWords);
  if (written.length === 0) return <p>No notes were written while the day ran.</p>;
  const nameOf = (id: string) => {
    const block = blocks.find((b) => b.id === id);
    return block ? block.title.trim() || BLOCK_KIND_LABELS[block.kind] : 'A block no longer in the plan';
  };
  const heard = written
    .filter((n) => n.heard.trim() !== '')
    .map((n) => `${nameOf(n.blockId)}: ${n.heard.trim()}`)
    .join('\n');
  const heardInResults = heard === '' || results.includes(heard);
  return (
    <>
      <ul className="note-drafts">
        {written.map((note) => {
          const name = nameOf(note.blockId);
          return (
            <li key={note.blockId} className="note-draft">
              <h4>{name}</h4>
              <dl>
                <dt>What we heard</dt>
                <dd>{note.heard.trim() || '(nothing written)'}</dd>
                <dt>What we will do</dt>
                <dd>{note.willDo.trim() || '(nothing written)'}</dd>
              </dl>
              {alreadyDrafted(note, changes) ? (
                <p className="note-draft-added">In “You said, we did” below.</p>
              ) : (
                <button
                  type="button"
                  className="button button-secondary"
                  aria-label={`Add to “You said, we did”: the note on ${name}`}
                  onClick={() => onAddChange(draftChange(note, crypto.randomUUID()), name)}
                >
                  Add to “You said, we did”
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {heardInResults ? null : (
        <button type="button" className="button button-secondary" onClick={() => onAddToResults(heard)}>
          Add what you heard to Results
        </button>
      )}
    </>
  );
}
