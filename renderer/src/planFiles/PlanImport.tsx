/**
 * Importing plan files, from wherever they come: the Plans screen's button, File > Import a plan…,
 * files dropped anywhere on the window, and (desktop) a .kindred file double-clicked.
 *
 * Files are taken one at a time, in order, each asking its own question when it needs one (the plan
 * is already here; the file could not be read). Once they are all done, one plan opens; several
 * are shown in the plans list. The service checks the whole file before anything is written.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { LIMITS, type PlanSummary } from '../../../main/domain/plan';
import { api, isDesktop, onMenuCommand } from '../api/client';
import { navigate, parseRoute } from '../lib/route';
import { useAnnounce } from '../components/Announcer';
import { useToast } from '../components/Toasts';
import { problemMessage } from '../packs/saving';
import { problemBeforeReading, sortOutFiles } from './checks';
import { DropOverlay } from './DropOverlay';
import { AlreadyHereDialog, NotImportedDialog } from './ImportDialogs';
import { WhoIsThisDialog } from './WhoIsThisDialog';
import type { ImportMatchQuestion, ImportResult } from '../../../main/contract/contract';
import { choosePlanFile, onPlanFileOpened, readPlanFile, type OpenedPlanFile } from './transport';
import { useFileDrop } from './useFileDrop';
import { importedMessage, notPlanFilesMessage, withoutPersonalNote } from './words';
import '../styles/planFiles.css';

/** One file waiting to be imported, however it arrived. */
interface Incoming {
  name: string;
  size: number;
  read: () => Promise<string>;
}

const fromFile = (file: File): Incoming => ({ name: file.name, size: file.size, read: () => readPlanFile(file) });
const fromOpened = (file: OpenedPlanFile): Incoming => ({
  name: file.name,
  size: Math.floor((file.base64.length * 3) / 4),
  read: () => Promise.resolve(file.base64),
});

type Question =
  | { kind: 'already-here'; fileName: string; existing: PlanSummary; answer: (asCopy: boolean) => void }
  | { kind: 'who-is-this'; planTitle: string; match: ImportMatchQuestion; answer: (directoryPersonId: string | null) => void }
  | { kind: 'not-imported'; fileName: string; message: string; answer: () => void };

interface Imported {
  plan: PlanSummary;
  includesPersonal: boolean;
}

interface PlanImportApi {
  /** Desktop: the system's open dialog. (Browser mode opens the page's file input instead: ImportPlanButton.) */
  choose: () => void;
  /** Files from a drop or the browser's file input. */
  importFiles: (files: File[]) => void;
  /** Goes up each time plans were imported, so a list on screen can load again. */
  revision: number;
}

const PlanImportContext = createContext<PlanImportApi>({ choose: () => {}, importFiles: () => {}, revision: 0 });

export const usePlanImport = () => useContext(PlanImportContext);

const COULD_NOT_READ = 'Kindred could not read that file. It may have been moved, or be open in another program.';

export function PlanImportProvider({ children }: { children: ReactNode }) {
  const [question, setQuestion] = useState<Question | null>(null);
  const [revision, setRevision] = useState(0);
  const announce = useAnnounce();
  const toast = useToast();
  const waiting = useRef<Incoming[]>([]);
  const running = useRef(false);

  const ask = useCallback(
    <T,>(make: (answer: (value: T) => void) => Question) =>
      new Promise<T>((resolve) =>
        setQuestion(
          make((value) => {
            setQuestion(null);
            resolve(value);
          }),
        ),
      ),
    [],
  );

  const notImported = useCallback(
    (fileName: string, message: string) => ask<void>((answer) => ({ kind: 'not-imported', fileName, message, answer })),
    [ask],
  );

  /** Each person who may be someone already known, asked about one at a time; never guessed. */
  const askWhoIsWho = useCallback(
    async (result: Extract<ImportResult, { status: 'imported' }>): Promise<Imported> => {
      for (const match of result.askAbout) {
        const directoryPersonId = await ask<string | null>((answer) => ({ kind: 'who-is-this', planTitle: result.plan.title, match, answer }));
        try {
          await api.answerImportMatch({ planId: result.plan.id, personId: match.personId, directoryPersonId });
        } catch (err) {
          toast({ message: problemMessage(err, `Kindred could not link ${match.name} just now; they are kept separate.`) });
          await api.answerImportMatch({ planId: result.plan.id, personId: match.personId, directoryPersonId: null }).catch(() => undefined);
        }
      }
      return result;
    },
    [ask, toast],
  );

  /** One file, start to finish: the plan it became, or null when nothing was imported. */
  const importOne = useCallback(
    async (file: Incoming): Promise<Imported | null> => {
      const early = problemBeforeReading(file);
      if (early) {
        await notImported(file.name, early);
        return null;
      }
      let base64: string;
      try {
        base64 = await file.read();
      } catch {
        await notImported(file.name, COULD_NOT_READ);
        return null;
      }
      const fileName = file.name.slice(0, LIMITS.shortText);
      try {
        announce(`Importing “${file.name}”…`);
        const first = await api.importPlanFile({ base64, fileName });
        if (first.status === 'imported') return await askWhoIsWho(first);
        const asCopy = await ask<boolean>((answer) => ({ kind: 'already-here', fileName: file.name, existing: first.existing, answer }));
        if (!asCopy) {
          announce(`Nothing was imported from “${file.name}”.`);
          return null;
        }
        const copy = await api.importPlanFile({ base64, fileName, asCopy: true });
        // A copy gets new ids, so it cannot meet itself; if it ever did, nothing was written.
        if (copy.status === 'imported') return await askWhoIsWho(copy);
        await notImported(file.name, 'Kindred could not make a copy of this plan.');
        return null;
      } catch (err) {
        await notImported(file.name, problemMessage(err, 'Kindred could not import this file.'));
        return null;
      }
    },
    [announce, ask, askWhoIsWho, notImported],
  );

  const finish = useCallback(
    (imported: Imported[]) => {
      if (imported.length === 0) return;
      setRevision((r) => r + 1);
      const note = withoutPersonalNote(imported.map((i) => ({ title: i.plan.title, includesPersonal: i.includesPersonal })));
      toast({ message: [importedMessage(imported.map((i) => i.plan.title)), note].filter(Boolean).join(' ') });
      if (imported.length === 1) navigate({ name: 'plan', planId: imported[0]!.plan.id, tab: 'agenda' });
      else navigate({ name: 'plans' });
    },
    [toast],
  );

  const enqueue = useCallback(
    (files: Incoming[]) => {
      waiting.current.push(...files);
      if (running.current) return;
      running.current = true;
      void (async () => {
        const imported: Imported[] = [];
        try {
          for (let next = waiting.current.shift(); next; next = waiting.current.shift()) {
            const done = await importOne(next);
            if (done) imported.push(done);
          }
        } finally {
          running.current = false;
        }
        finish(imported);
      })();
    },
    [finish, importOne],
  );

  const importFiles = useCallback(
    (files: File[]) => {
      const { planFiles, others } = sortOutFiles(files);
      if (others.length > 0) toast({ message: notPlanFilesMessage(others.map((f) => f.name)) });
      if (planFiles.length > 0) enqueue(planFiles.map(fromFile));
    },
    [enqueue, toast],
  );

  const choose = useCallback(() => {
    if (!isDesktop) return;
    choosePlanFile().then(
      (file) => file && enqueue([fromOpened(file)]),
      (err: unknown) => toast({ message: problemMessage(err, 'Kindred could not open that file. Please try again.') }),
    );
  }, [enqueue, toast]);

  const dragging = useFileDrop(importFiles);
  useEffect(() => {
    if (dragging) announce('Let go of the plan file to import it.');
  }, [dragging, announce]);

  // Desktop: a .kindred file double-clicked (or opened with Kindred), and File > Import a plan….
  useEffect(() => onPlanFileOpened((file) => enqueue([fromOpened(file)])), [enqueue]);
  useEffect(
    () =>
      onMenuCommand((command) => {
        if (command === 'import-plan') choose();
        // A plan's own screen answers "Export plan file…" (ExportPlanButton); anywhere else, say how.
        const route = parseRoute(window.location.hash);
        if (command === 'export-plan' && route.name !== 'plan' && route.name !== 'guide') {
          toast({ message: 'To export a plan, open it first: “Export plan file…” is at the top of each plan.' });
        }
      }),
    [choose, toast],
  );

  return (
    <PlanImportContext.Provider value={{ choose, importFiles, revision }}>
      {children}
      <DropOverlay visible={dragging} />
      {question?.kind === 'already-here' && (
        <AlreadyHereDialog fileName={question.fileName} existing={question.existing} onAnswer={question.answer} />
      )}
      {question?.kind === 'who-is-this' && <WhoIsThisDialog planTitle={question.planTitle} question={question.match} onAnswer={question.answer} />}
      {question?.kind === 'not-imported' && <NotImportedDialog fileName={question.fileName} message={question.message} onClose={question.answer} />}
    </PlanImportContext.Provider>
  );
}
