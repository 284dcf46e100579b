/**
 * The Review tab: the live plan review. What we noticed, why it matters (naming the source) and how
 * to act, with a one-click fix where there is one. Anything can be set aside with a reason; set-aside
 * findings stay listed under "Considered" and can be brought back.
 *
 * Focus never gets lost: after a fix the confirmation takes focus (with a link to what changed);
 * after a set-aside, the next finding does; after "Bring back", the finding itself.
 *
 * A big plan can raise hundreds of findings, so each group draws its first few and a "Show more"
 * (lib/shownCount.ts): the tab opens at once, the most pressing are on top, and the group's heading
 * always says how many there are. A finding that must take focus is drawn first, wherever it is.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { newBlockWithDefaults } from '../../../main/domain/blockKinds';
import type { Block, PlanDetails } from '../../../main/domain/plan';
import { glossaryCandidates, replaceTerm } from '../../../main/domain/plainEnglish';
import {
  PLAN_TEXT_LABELS,
  PRINCIPLES,
  PRINCIPLE_LABELS,
  WEIGHTS,
  WEIGHT_LABELS,
  participantTexts,
  type Finding,
  type FindingAction,
  type TextTarget,
} from '../../../main/domain/review';
import { useAnnounce } from '../components/Announcer';
import { ShowMore } from '../components/ShowMore';
import { SHOW_STEP, nextShown, shownToInclude } from '../lib/shownCount';
import { blockTitleCheck, longTextCheck, planTitleCheck } from '../lib/checks';
import type { Check } from '../components/DraftField';
import type { PlanEditor } from '../plan/usePlanEditor';
import { FindingCard } from './FindingCard';
import { findingFor } from './FindingConcerns';
import { ConsideredList } from './ConsideredList';
import { SetAsideDialog } from './SetAsideDialog';
import { focusWhenReady, goTo } from './goTo';
import { tallySentence, thingsWorthALook, useReview } from './useReview';
import '../styles/review.css';

type Grouping = 'weight' | 'principle';

/** What the last one-click fix did, shown (and focused) at the top until the next. */
interface Done {
  message: string;
  link?: { label: string; go: () => void };
  undo?: () => void;
}

/** How long the tally waits for things to settle before it is read out. */
const TALLY_DELAY_MS = 1500;

const quote = (s: string) => `“${s}”`;
const nameOf = (b: Pick<Block, 'title'>) => b.title.trim() || 'the block';

const textChecks: Record<string, Check<string>> = {
  'plan:title': planTitleCheck,
  'block:title': blockTitleCheck,
};
const checkFor = (target: TextTarget) =>
  textChecks[`${target.kind}:${target.field}`] ?? longTextCheck(target.kind === 'plan' ? PLAN_TEXT_LABELS[target.field] : 'The description');

function whereWords(target: TextTarget, blocks: readonly Block[]): string {
  if (target.kind === 'plan') return target.field === 'title' ? 'the plan name' : quote(PLAN_TEXT_LABELS[target.field]);
  const block = blocks.find((b) => b.id === target.blockId);
  const name = block ? quote(nameOf(block)) : 'a block';
  if (target.field === 'title') return `the name of ${name}`;
  return target.field === 'easyRead' ? `the Easy Read for ${name}` : `the description of ${name}`;
}

export function ReviewScreen({ editor }: { editor: PlanEditor }) {
  const { result, counts, plan } = useReview(editor.plan, editor.setAsides);
  const announce = useAnnounce();
  const [grouping, setGrouping] = useState<Grouping>('weight');
  const [settingAside, setSettingAside] = useState<Finding | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  // How many findings each group draws, by the group's key (weights and principles never share one).
  const [shown, setShown] = useState<Readonly<Record<string, number>>>({});
  // A finding that is to take focus: its group grows to draw it, once it is in the review.
  const [wanted, setWanted] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const considerRef = useRef<HTMLHeadingElement>(null);
  const planId = editor.details?.id ?? '';

  // Read the tally out when it changes and then stays put for a moment (not on every keystroke).
  const tally = tallySentence(counts);
  const lastTally = useRef(tally);
  useEffect(() => {
    if (lastTally.current === tally) return;
    const timer = setTimeout(() => {
      lastTally.current = tally;
      announce(`The review now finds ${tally.charAt(0).toLowerCase()}${tally.slice(1)}`);
    }, TALLY_DELAY_MS);
    return () => clearTimeout(timer);
  }, [tally, announce]);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const glossary = useMemo(() => (plan ? glossaryCandidates(participantTexts(plan).map((t) => t.text)) : []), [plan]);

  const groups = useMemo(() => {
    if (grouping === 'weight') {
      return WEIGHTS.map((w) => ({ key: w, title: WEIGHT_LABELS[w], findings: result.open.filter((f) => f.weight === w) }));
    }
    return PRINCIPLES.map((p) => ({ key: p, title: PRINCIPLE_LABELS[p], findings: result.open.filter((f) => f.principle === p) }));
  }, [grouping, result.open]);

  // Adjusted while rendering (React's pattern for state that follows other state): once the wanted
  // finding is in the review, its group draws it, and the wish is done.
  if (wanted !== null) {
    const g = groups.find((x) => x.findings.some((f) => f.id === wanted));
    if (g) {
      const index = g.findings.findIndex((f) => f.id === wanted);
      const limit = shown[g.key] ?? SHOW_STEP;
      if (index >= limit) setShown({ ...shown, [g.key]: shownToInclude(index, limit) });
      setWanted(null);
    }
  }

  /** Focuses an open finding's message (its heading), drawing it first if its group has not yet. */
  const focusFinding = (findingId: string) => {
    setWanted(findingId);
    focusWhenReady(() => document.querySelector<HTMLElement>(`.review-open [data-finding-id="${CSS.escape(findingId)}"] .finding-message`));
  };

  const showMore = (key: string, findings: readonly Finding[]) => {
    const limit = shown[key] ?? SHOW_STEP;
    const first = findings[limit];
    setShown((cur) => ({ ...cur, [key]: nextShown(limit, findings.length) }));
    // Carry on from the first finding just drawn.
    if (first) focusFinding(first.id);
  };

  const act = (finding: Finding, action: FindingAction) => {
    const blocks = editor.history.blocks;
    switch (action.type) {
      case 'addBlock': {
        const at = Math.max(0, Math.min(action.index, blocks.length));
        const block: Block = newBlockWithDefaults(crypto.randomUUID(), action.block.kind, action.block);
        editor.restoreBlock(block, at);
        const before = blocks[at - 1];
        setDone({
          message: before
            ? `Added ${quote(block.title)} to the agenda, after ${quote(nameOf(before))}.`
            : `Added ${quote(block.title)} at the start of the agenda.`,
          link: { label: `See ${quote(block.title)} in the agenda`, go: () => goTo(planId, 'agenda', { blockId: block.id }) },
          undo: () => {
            editor.deleteBlock(block.id);
            setDone(null);
            announce(`Took ${quote(block.title)} out of the agenda again.`);
            focusFinding(finding.id);
          },
        });
        break;
      }
      case 'replaceText': {
        const { target, find, replace } = action;
        const before = readText(editor, target);
        if (before === null) return;
        const after = replaceTerm(before, find, replace);
        const checked = checkFor(target)(after);
        if (after === before || !checked.ok) {
          // Nothing to swap any more, or the swap would not fit: take them to the words instead.
          goTo(planId, target.kind === 'plan' ? 'details' : 'agenda', target);
          return;
        }
        writeText(editor, target, after);
        const where = whereWords(target, blocks);
        setDone({
          message: `Changed ${quote(find)} to ${quote(replace)} in ${where}.`,
          link: { label: `Go to ${where}`, go: () => goTo(planId, target.kind === 'plan' ? 'details' : 'agenda', target) },
          undo: () => {
            if (readText(editor, target) === after) writeText(editor, target, before);
            setDone(null);
            announce(`Put back ${quote(find)}.`);
            focusFinding(finding.id);
          },
        });
        break;
      }
      case 'go':
        goTo(planId, action.place, action.focus);
        break;
    }
  };

  const saveSetAside = (finding: Finding, reason: string) => {
    const index = result.open.findIndex((f) => f.id === finding.id);
    // Set aside for one person, the group it came from stays open with everyone else: stay on it.
    const group = index === -1 ? result.open.find((f) => f.concerns?.some((c) => c.findingId === finding.id)) : undefined;
    const next = group ?? result.open[index + 1] ?? result.open[index - 1];
    editor.setAsideFinding(finding.id, reason);
    setSettingAside(null);
    setDone(null);
    announce('Set aside. It is listed under “Considered”, with your reason, and you can bring it back at any time.');
    if (next) focusFinding(next.id);
    else focusWhenReady(() => considerRef.current);
  };

  const bringBack = (finding: Finding) => {
    editor.restoreFinding(finding.id);
    setDone(null);
    announce(`Brought back: ${finding.message}`);
    focusFinding(finding.id);
  };

  return (
    <section className="review" aria-labelledby="review-heading">
      <h2 id="review-heading">Review</h2>
      <p className="section-intro review-intro">
        A second look at the plan through the ideas of co-production, as you work. It is a guide, not a test: if something does not fit your group,
        set it aside with a reason.
      </p>

      <p className="review-tally" data-testid="review-tally">
        {counts.open === 0 ? (
          <strong>Nothing to look at just now</strong>
        ) : (
          <>
            <strong>{thingsWorthALook(counts.open)}</strong>
            {counts.important > 0 && <span className="badge badge-important">{counts.important} important</span>}
          </>
        )}
        {counts.considered > 0 && <span className="badge">{counts.considered} set aside</span>}
      </p>

      {done && (
        <div className="notice notice-calm review-done" ref={doneRef} tabIndex={-1} data-testid="review-done">
          <p>{done.message}</p>
          <div className="button-row">
            {done.link && (
              <button type="button" className="button button-secondary" onClick={done.link.go}>
                {done.link.label}
              </button>
            )}
            {done.undo && (
              <button type="button" className="button button-quiet" onClick={done.undo}>
                Undo
              </button>
            )}
          </div>
        </div>
      )}

      {result.open.length === 0 ? (
        <div className="notice notice-calm review-clear">
          <p>
            <strong>Nothing here needs a second look.</strong>{' '}
            {result.considered.length > 0
              ? 'Everything the review noticed, you have already thought about.'
              : 'The plan gives time to arrive, to be heard and to rest, and shares the deciding, as far as a checklist can tell.'}{' '}
            The people in the room will tell you the rest.
          </p>
        </div>
      ) : (
        <>
          <RadioGroup className="radio-group review-grouping" orientation="horizontal" value={grouping} onChange={(v) => setGrouping(v as Grouping)}>
            <Label className="label">Group the findings</Label>
            <div className="review-grouping-options">
              <Radio value="weight" className="radio">
                By importance
              </Radio>
              <Radio value="principle" className="radio">
                By principle
              </Radio>
            </div>
          </RadioGroup>
          <div className="review-open">
            {groups.map((g) => {
              if (g.findings.length === 0) return null;
              const limit = shown[g.key] ?? SHOW_STEP;
              return (
                <section key={g.key} className="review-group" aria-labelledby={`review-group-${g.key}`}>
                  <h3 id={`review-group-${g.key}`}>
                    {g.title} <span className="review-group-count">({g.findings.length})</span>
                  </h3>
                  <ul className="finding-list">
                    {g.findings.slice(0, limit).map((f) => (
                      <FindingCard
                        key={f.id}
                        finding={f}
                        show={grouping === 'weight' ? 'principle' : 'weight'}
                        onAction={act}
                        onSetAside={setSettingAside}
                        onSetAsideFor={(finding, concern) => setSettingAside(findingFor(finding, concern))}
                        onQuickSetAside={saveSetAside}
                      />
                    ))}
                  </ul>
                  <ShowMore shown={limit} total={g.findings.length} what={`in ${g.title}`} onMore={() => showMore(g.key, g.findings)} />
                </section>
              );
            })}
          </div>
        </>
      )}

      {result.considered.length > 0 && <ConsideredList considered={result.considered} headingRef={considerRef} onBringBack={bringBack} />}

      {glossary.length > 0 && (
        <section className="review-glossary" aria-labelledby="glossary-heading">
          <h3 id="glossary-heading">Words for the glossary</h3>
          <p>
            These words are still in what participants will read. That is fine where they are the right words: the pack’s glossary will explain them.
          </p>
          <dl className="glossary-list">
            {glossary.map((g) => (
              <div key={g.term}>
                <dt>{g.term}</dt>
                <dd>
                  {g.plain}
                  {g.count > 1 && <span className="glossary-count"> (used {g.count} times)</span>}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}

      {settingAside && (
        <SetAsideDialog finding={settingAside} onSave={(reason) => saveSetAside(settingAside, reason)} onClose={() => setSettingAside(null)} />
      )}
    </section>
  );
}

type PlanTextField = Extract<TextTarget, { kind: 'plan' }>['field'];

function readText(editor: PlanEditor, target: TextTarget): string | null {
  if (target.kind === 'plan') return editor.details ? (editor.details as PlanDetails)[target.field as PlanTextField] : null;
  const block = editor.history.blocks.find((b) => b.id === target.blockId);
  return block ? block[target.field] : null;
}

function writeText(editor: PlanEditor, target: TextTarget, text: string): void {
  if (target.kind === 'plan') editor.updateDetails({ [target.field]: text });
  else editor.updateBlock(target.blockId, { [target.field]: text });
}
