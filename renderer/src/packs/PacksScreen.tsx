/**
 * Packs: choose the participant or facilitator pack and its format, see it with its pictures and
 * about how many pages it fills, and export it as Word or as a PDF (the system's save dialog on
 * desktop; in browser mode a download, and for PDF the printable page to print from the browser).
 * "Make a pack for each person…" makes everyone's own pack in their own format.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { RadioGroup, Radio, Label } from 'react-aria-components';
import { PACK_FORMAT_LABELS, PACK_FORMATS, type PackFormat } from '../../../main/domain/access';
import { PACK_KIND_LABELS, PACK_KINDS, type PackKind } from '../../../main/domain/pack/model';
import type { PackPreviewModel } from '../../../main/domain/pack/preview';
import { api } from '../api/client';
import { useAnnounce } from '../components/Announcer';
import { ChoiceSelect } from '../components/ChoiceSelect';
import type { PlanEditor } from '../plan/usePlanEditor';
import { PackPreview, pagesLine, previewLabel } from './PackPreview';
import { PacksToSend } from './PacksToSend';
import { PerPersonDialog } from './PerPersonDialog';
import { personPacks } from './plan';
import { openSaved, problemMessage, savePack, savePackPdf, savesToDisk, showSaved, type SavedPack } from './saving';
import '../styles/packs.css';

/** How long the choices rest before the preview is fetched again (a quick run of arrow keys makes one request). */
const PREVIEW_DELAY_MS = 250;
const EVERYONE = 'everyone';

const KIND_HINTS: Record<PackKind, string> = {
  participant: 'For the people taking part: what to expect, getting there and who to ask.',
  facilitator: 'For you and your co-facilitators: the run sheet, roles, access and materials.',
};

/**
 * The last preview that came back, and which choices it answers: while the choices differ from
 * `forKey` the preview is updating (worked out while rendering, so the effect below only fetches).
 */
interface Preview {
  forKey: string | null;
  doc: PackPreviewModel | null;
  problem: string | null;
}

export function PacksScreen({ editor }: { editor: PlanEditor }) {
  const { details, people } = editor;
  const planId = details?.id ?? '';
  const announce = useAnnounce();
  const [kind, setKind] = useState<PackKind>('participant');
  const [format, setFormat] = useState<PackFormat>('standard');
  const [forWhom, setForWhom] = useState<string>(EVERYONE);
  const [preview, setPreview] = useState<Preview>({ forKey: null, doc: null, problem: null });
  const [exporting, setExporting] = useState<'word' | 'pdf' | null>(null);
  const [saved, setSaved] = useState<SavedPack | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [perPersonOpen, setPerPersonOpen] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);

  const participants = useMemo(() => people.filter((p) => p.role !== 'facilitator'), [people]);
  const person = kind === 'participant' ? participants.find((p) => p.id === forWhom) : undefined;
  const personId = person?.id;
  const title = details?.title ?? '';
  const perPerson = useMemo(() => personPacks(title, people), [title, people]);

  // The preview follows the choices, and the plan as it is saved (an edit on another tab, then here).
  const upToDate = editor.save.status === 'saved';
  const requestKey = [planId, kind, format, personId ?? '', upToDate].join('|');
  useEffect(() => {
    if (!planId) return;
    let current = true;
    const timer = setTimeout(() => {
      api
        .previewPack({ planId, pack: kind, format, ...(personId ? { personId } : {}) })
        .then((doc) => current && setPreview({ forKey: requestKey, doc, problem: null }))
        .catch((err: unknown) => {
          if (current)
            setPreview((p) => ({
              forKey: requestKey,
              doc: p.doc,
              problem: problemMessage(err, 'We couldn’t show the preview just now. Please try again.'),
            }));
        });
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [planId, kind, format, personId, upToDate, requestKey]);
  const previewStatus = preview.forKey !== requestKey ? 'loading' : preview.problem !== null ? 'problem' : 'ready';

  if (!details) return null;

  const chooseFor = (id: string) => {
    setForWhom(id);
    setSaved(null);
    const p = participants.find((x) => x.id === id);
    // A pack for one person is made in the format they asked for; it can still be changed.
    if (p) setFormat(p.packFormat);
  };

  const request = { planId, pack: kind, format, ...(personId ? { personId } : {}) };
  const exportAs = async (as: 'word' | 'pdf') => {
    setExporting(as);
    setProblem(null);
    setSaved(null);
    try {
      const result = as === 'word' ? await savePack(await api.packFile(request)) : await savePackPdf(request, () => api.packHtml(request));
      if (result) {
        setSaved(result);
        announce(`Saved “${result.name}”.`);
        // On desktop the next thing to do is open or show the file: put focus just before those buttons.
        if (result.where === 'disk') requestAnimationFrame(() => statusRef.current?.focus());
      }
    } catch (err) {
      setProblem(problemMessage(err, 'We couldn’t save the pack. Please try again, or choose another place to save it.'));
    } finally {
      setExporting(null);
    }
  };

  const act = (what: (path: string) => Promise<null>, path: string) => {
    setProblem(null);
    what(path).catch((err: unknown) => setProblem(problemMessage(err, 'We couldn’t find that file. It may have been moved.')));
  };

  const doc = preview.doc;
  return (
    <section className="packs" aria-labelledby="packs-heading">
      <h2 id="packs-heading">Packs</h2>
      <p className="section-intro">
        A pack is the document people hold in their hands. Choose which one and its format, check it below, then export it as Word or as a PDF.
      </p>
      <PacksToSend workshopDate={details.date} people={people} />
      <div className="packs-layout">
        <div className="packs-options">
          <RadioGroup
            className="radio-group"
            value={kind}
            onChange={(v) => {
              setKind(v as PackKind);
              setSaved(null);
            }}
          >
            <Label className="label">Pack</Label>
            {PACK_KINDS.map((k) => (
              <Radio key={k} value={k} className="radio packs-radio">
                <span>
                  <span className="packs-radio-label">{PACK_KIND_LABELS[k]}</span>
                  <span className="packs-radio-hint">{KIND_HINTS[k]}</span>
                </span>
              </Radio>
            ))}
          </RadioGroup>
          <RadioGroup
            className="radio-group"
            value={format}
            onChange={(v) => {
              setFormat(v as PackFormat);
              setSaved(null);
            }}
          >
            <Label className="label">Format</Label>
            {PACK_FORMATS.map((f) => (
              <Radio key={f} value={f} className="radio">
                {PACK_FORMAT_LABELS[f]}
              </Radio>
            ))}
          </RadioGroup>
          {kind === 'participant' && participants.length > 0 && (
            <ChoiceSelect
              label="For"
              value={person ? person.id : EVERYONE}
              options={[EVERYONE, ...participants.map((p) => p.id)]}
              labels={(id) => (id === EVERYONE ? 'Everyone' : participants.find((p) => p.id === id)?.name.trim() || 'Someone without a name yet')}
              onChange={chooseFor}
              description={
                person
                  ? `Starts “Dear ${person.name.trim()}”. ${person.name.trim()} asked for ${PACK_FORMAT_LABELS[person.packFormat]}.`
                  : 'One pack for everyone, with no names in the greeting.'
              }
            />
          )}
          <div className="button-row">
            <button type="button" className="button button-primary" onClick={() => void exportAs('word')} disabled={exporting !== null}>
              {exporting === 'word' ? 'Making the pack…' : savesToDisk ? 'Export pack…' : 'Export pack'}
            </button>
            <button type="button" className="button button-secondary" onClick={() => void exportAs('pdf')} disabled={exporting !== null}>
              {exporting === 'pdf' ? 'Making the PDF…' : savesToDisk ? 'Save as PDF…' : 'Save as PDF (to print)'}
            </button>
            {kind === 'participant' && (
              <button type="button" className="button button-secondary" onClick={() => setPerPersonOpen(true)}>
                Make a pack for each person…
              </button>
            )}
          </div>
          <div ref={statusRef} tabIndex={-1} className="packs-status">
            {saved && (
              <div className="notice notice-calm">
                <p>
                  {saved.where === 'disk' ? `Saved “${saved.name}”.` : `Saved “${saved.name}” to your downloads.`}
                  {saved.where === 'download' && saved.toPrint
                    ? ' Open it in your browser and choose Print, then Save as PDF. The Kindred desktop app saves the PDF for you.'
                    : ''}
                </p>
                {saved.where === 'disk' && (
                  <div className="button-row">
                    <button type="button" className="button button-secondary" onClick={() => act(openSaved, saved.path)}>
                      Open the file
                    </button>
                    <button type="button" className="button button-secondary" onClick={() => act(showSaved, saved.path)}>
                      Show in folder
                    </button>
                  </div>
                )}
              </div>
            )}
            {problem && (
              <p className="notice notice-problem" role="alert">
                {problem}
              </p>
            )}
          </div>
        </div>
        <section className="packs-preview-panel" aria-label={doc ? previewLabel(doc) : 'Preview'}>
          <p className="packs-preview-state" role="status">
            {previewStatus === 'loading' ? 'Updating the preview…' : ''}
          </p>
          {previewStatus === 'problem' && <p className="notice notice-problem">{preview.problem}</p>}
          {doc && <p className="packs-preview-pages">{pagesLine(doc.estimatedPages)}</p>}
          {doc ? (
            <div className={previewStatus === 'loading' ? 'packs-preview-stale' : undefined}>
              <PackPreview doc={doc} />
            </div>
          ) : null}
        </section>
      </div>
      <PerPersonDialog isOpen={perPersonOpen} onClose={() => setPerPersonOpen(false)} planId={planId} title={title} packs={perPerson} />
    </section>
  );
}
