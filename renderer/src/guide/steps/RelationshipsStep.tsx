import { useRef, useState } from 'react';
import { CheckboxButton, CheckboxField, Text } from 'react-aria-components';
import { newBlockWithDefaults, type BlockKind } from '../../../../main/domain/blockKinds';
import { methodById, methodToBlock, type Method } from '../../../../main/domain/library/methods';
import type { Block } from '../../../../main/domain/plan';
import { GuideLink } from '../GuideLink';
import type { StepProps } from './stepProps';

/** Kinds that belong at the start of a session, before the main work. */
const OPENING_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>(['welcome', 'check_in', 'relationship_building', 'ground_rules']);

/** Where new opening blocks go: after the welcome and anything else already opening the session. */
export function openingInsertIndex(blocks: readonly Pick<Block, 'kind'>[]): number {
  let i = 0;
  while (i < blocks.length && OPENING_KINDS.has(blocks[i]!.kind)) i++;
  return i;
}

const listJoin = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

export function RelationshipsStep({ editor, details }: StepProps) {
  const offers: Method[] = [
    methodById(details.format === 'online' ? 'chat-check-in' : 'one-word-check-in'),
    methodById('paired-introductions'),
    methodById('working-agreement'),
  ].filter((m): m is Method => m !== undefined);
  const blocks = editor.history.blocks;
  const existing = (m: Method) => blocks.find((b) => b.kind === m.kind);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set(offers.filter((m) => !existing(m)).map((m) => m.id)));
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);

  const add = () => {
    const chosen = offers.filter((m) => ticked.has(m.id));
    if (chosen.length === 0) return;
    const at = openingInsertIndex(editor.history.blocks);
    const after = editor.history.blocks[at - 1];
    chosen.forEach((m, i) =>
      editor.restoreBlock(newBlockWithDefaults(crypto.randomUUID(), m.kind, methodToBlock(m, { format: details.format })), at + i),
    );
    setTicked(new Set());
    setDone(`Added ${listJoin(chosen.map((m) => `“${m.name}”`))} to the agenda, ${after ? `after “${after.title}”` : 'at the start'}.`);
    requestAnimationFrame(() => doneRef.current?.focus());
  };

  return (
    <>
      <p className="guide-intro">
        Relationships are what make co-production work. A little time at the start to arrive, get to know each other and agree how we will work
        together makes it safe to question, to disagree and to challenge jargon.
      </p>
      <p className="guide-source">Based on NIHR INVOLVE guidance: building and maintaining relationships, and establishing ground rules.</p>
      <fieldset className="guide-card guide-offers">
        <legend>Add these to the start of the agenda?</legend>
        {offers.map((m) => {
          const already = existing(m);
          return (
            <CheckboxField
              key={m.id}
              className="guide-offer"
              isSelected={ticked.has(m.id)}
              onChange={(on) =>
                setTicked((t) => {
                  const next = new Set(t);
                  if (on) next.add(m.id);
                  else next.delete(m.id);
                  return next;
                })
              }
            >
              <CheckboxButton className="checkbox">
                <span className="checkbox-box" aria-hidden="true" />
                <span className="guide-offer-name">
                  {m.name}, {m.durationMinutes} minutes
                </span>
              </CheckboxButton>
              <Text slot="description" className="field-description guide-offer-purpose">
                {m.purpose}
                {already && ` Your agenda already has “${already.title}”.`}
              </Text>
            </CheckboxField>
          );
        })}
        <button type="button" className="button button-secondary" onClick={add} disabled={ticked.size === 0}>
          Add the ones I’ve ticked to the agenda
        </button>
        {done && (
          <p ref={doneRef} tabIndex={-1} className="guide-done">
            {done}
          </p>
        )}
      </fieldset>
      <p className="guide-tip">
        More ways to open a session, and the jargon buster cards that help challenge academic language, are in the method library on the{' '}
        <GuideLink editor={editor} to={{ name: 'plan', planId: details.id, tab: 'agenda' }}>
          Agenda tab
        </GuideLink>
        .
      </p>
    </>
  );
}
