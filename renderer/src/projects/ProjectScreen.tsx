/**
 * One project: what it is for, its members (from the People directory), its sessions in date
 * order, the impact log kept as it goes, and the impact report. Each session's "you said, we did"
 * shows in the log read-only, with a link to the plan where it is edited; entries made between
 * workshops are added and edited here.
 */
import { PaymentsListButton } from '../payments/PaymentsListDialog';
import { useCallback, useEffect, useState } from 'react';
import { PACK_FORMATS, PACK_FORMAT_LABELS, type PackFormat } from '../../../main/domain/access';
import { PLAN_STATUS_LABELS } from '../../../main/domain/plan';
import type { ImpactEntry, ProjectPage } from '../../../main/domain/projects/project';
import { formatDate, localToday } from '../../../main/domain/time';
import { api } from '../api/client';
import { useAnnounce } from '../components/Announcer';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { DirectoryPicker } from '../directory/DirectoryPicker';
import { TextBox } from '../directory/TextBox';
import { navigate } from '../lib/route';
import { ConfirmDialog } from '../people/ConfirmDialog';
import { savePack } from '../packs/saving';
import { ImpactEntryDialog } from './ImpactEntryDialog';
import { NewSessionDialog } from './NewSessionDialog';
import { messageOf, toldLine } from './projectWords';
import '../styles/projects.css';

export function ProjectScreen({ projectId }: { projectId: string }) {
  const [page, setPage] = useState<ProjectPage | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [newSession, setNewSession] = useState(false);
  const [editing, setEditing] = useState<ImpactEntry | 'new' | null>(null);
  const [deleting, setDeleting] = useState(false);
  const announce = useAnnounce();
  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let live = true;
    api.getProject({ projectId }).then(
      (next) => {
        if (!live) return;
        setPage(next);
        document.title = `${next.project.name} – Kindred`;
      },
      (err: unknown) => live && setProblem(messageOf(err, 'Kindred could not open this project just now. Please try again.')),
    );
    return () => {
      live = false;
    };
  }, [projectId, version]);

  const done = (sentence: string) => {
    setNote(sentence);
    setProblem(null);
    announce(sentence);
    refresh();
  };
  const failed = (fallback: string) => (err: unknown) => setProblem(messageOf(err, fallback));

  // One heading from the first moment, so the focus the app gives it on arrival stays there.
  const header = (
    <div className="page-header">
      <h1 tabIndex={-1} id="page-title">
        {page?.project.name ?? 'Project'}
      </h1>
      <p className="page-header-actions">
        <a href="#/projects">All projects</a>
      </p>
    </div>
  );
  const problemLine = problem && (
    <p className="notice notice-problem" role="alert">
      {problem}
    </p>
  );
  if (!page) {
    return (
      <div className="page project-page">
        {header}
        {problemLine || <p role="status">Opening…</p>}
      </div>
    );
  }
  const { project, members, sessions, log, lastSession } = page;
  const today = localToday();

  return (
    <div className="page project-page">
      {header}
      {problemLine}
      {note && <p className="notice notice-calm">{note}</p>}

      <AboutProject key={`${project.id}-${project.updatedAt}`} page={page} onSaved={() => done('Saved the project.')} onProblem={setProblem} />

      <section className="project-section" aria-labelledby="members-title">
        <h2 id="members-title">Members</h2>
        <p className="field-description">Members are invited to each new session, with their profile from People.</p>
        {members.length === 0 ? (
          <p>No members yet.</p>
        ) : (
          <ul className="project-members">
            {members.map((m) => (
              <li key={m.directoryPersonId}>
                <span>{m.knownAs.trim() && m.knownAs.trim() !== m.name.trim() ? `${m.name} (${m.knownAs})` : m.name}</span>
                <button
                  type="button"
                  className="button button-quiet"
                  aria-label={`Remove ${m.name} from the project`}
                  onClick={() =>
                    api
                      .removeProjectMember({ projectId, directoryPersonId: m.directoryPersonId })
                      .then(
                        () => done(`${m.name} is no longer a member. Their plans are unchanged.`),
                        failed('Kindred could not remove them just now.'),
                      )
                  }
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <DirectoryPicker
          key={members.length}
          onPick={(person) =>
            api
              .addProjectMember({ projectId, directoryPersonId: person.id })
              .then(() => done(`${person.name} is now a member.`), failed('Kindred could not add them just now.'))
          }
        />
      </section>

      <section className="project-section" aria-labelledby="sessions-title">
        <div className="section-header">
          <h2 id="sessions-title">Sessions</h2>
          <div className="button-row">
            <button type="button" className="button button-primary" onClick={() => setNewSession(true)}>
              New session
            </button>
            {/* For the finance team: the project's sessions only, in the dates chosen. */}
            {sessions.length > 0 && <PaymentsListButton planIds={sessions.map((s) => s.planId)} label="Payments list for these sessions…" />}
          </div>
        </div>
        {sessions.length === 0 ? (
          <p>No sessions yet. A new session starts with the members invited.</p>
        ) : (
          <ol className="project-sessions">
            {sessions.map((s) => (
              <li key={s.planId}>
                <a href={`#/plan/${s.planId}`}>{s.title.trim() || 'Untitled plan'}</a>
                <span className="project-session-meta">
                  {s.date ? formatDate(s.date) : 'No date yet'} · {PLAN_STATUS_LABELS[s.status]} ·{' '}
                  {s.peopleCount === 1 ? '1 person' : `${s.peopleCount} people`}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="project-section" aria-labelledby="log-title">
        <div className="section-header">
          <h2 id="log-title">Impact log</h2>
          <button type="button" className="button button-secondary" onClick={() => setEditing('new')}>
            Add an entry
          </button>
        </div>
        <p className="field-description">
          What was asked, what people said, what changed (or why not), and when they were told. Each session’s “you said, we did” appears here by
          itself; add what happens between sessions too.
        </p>
        {log.length === 0 ? (
          <p>Nothing logged yet.</p>
        ) : (
          <ul className="impact-log">
            {log.map((item) => (
              <li key={`${item.from}-${item.id}`} className="impact-item">
                <p className="impact-when">
                  {item.onDate ? formatDate(item.onDate) : 'No date'} ·{' '}
                  {item.from === 'plan' ? (
                    <>
                      from <a href={`#/plan/${item.planId}/after`}>{item.planTitle.trim() || 'a session'}</a>
                    </>
                  ) : (
                    'between sessions'
                  )}
                </p>
                <dl className="impact-facts">
                  {item.asked.trim() && (
                    <>
                      <dt>Asked</dt>
                      <dd>{item.asked}</dd>
                    </>
                  )}
                  <dt>People said</dt>
                  <dd>{item.said.trim() || '—'}</dd>
                  <dt>What changed</dt>
                  <dd>{item.changed.trim() || '—'}</dd>
                  <dt>Telling people</dt>
                  <dd>{toldLine(item, today)}</dd>
                </dl>
                {item.from === 'entry' && (
                  <div className="button-row">
                    <button
                      type="button"
                      className="button button-quiet"
                      onClick={() => setEditing(item)}
                      aria-label={`Edit the entry of ${formatDate(item.onDate)}`}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="button button-quiet"
                      aria-label={`Delete the entry of ${formatDate(item.onDate)}`}
                      onClick={() =>
                        api
                          .deleteImpactEntry({ projectId, entryId: item.id })
                          .then(() => done('Deleted the entry.'), failed('Kindred could not delete it just now.'))
                      }
                    >
                      Delete
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <ReportSection projectId={projectId} onSaved={(name) => done(`Saved ${name}.`)} onProblem={setProblem} />

      <p className="project-delete">
        <button type="button" className="button button-quiet" onClick={() => setDeleting(true)}>
          Delete this project…
        </button>
      </p>
      <ConfirmDialog
        isOpen={deleting}
        title={`Delete “${project.name}”?`}
        confirmLabel="Delete the project"
        keepLabel="Keep it"
        onKeep={() => setDeleting(false)}
        onConfirm={() => {
          setDeleting(false);
          api.deleteProject({ projectId }).then(() => {
            announce(`Deleted ${project.name}. Its sessions are still in your plans.`);
            navigate({ name: 'projects' });
          }, failed('Kindred could not delete the project just now.'));
        }}
      >
        <p>Its sessions stay in your plans, and its members stay in People. Its impact log entries and reflections go, and this cannot be undone.</p>
      </ConfirmDialog>

      <NewSessionDialog
        isOpen={newSession}
        projectId={projectId}
        lastSession={lastSession}
        memberCount={members.length}
        onClose={() => setNewSession(false)}
      />
      {editing && (
        <ImpactEntryDialog
          projectId={projectId}
          entry={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(sentence) => {
            setEditing(null);
            done(sentence);
          }}
        />
      )}
    </div>
  );
}

function AboutProject({ page, onSaved, onProblem }: { page: ProjectPage; onSaved: () => void; onProblem: (p: string) => void }) {
  const { project } = page;
  const [name, setName] = useState(project.name);
  const [aims, setAims] = useState(project.aims);
  const [reflections, setReflections] = useState(project.reflections);
  const [busy, setBusy] = useState(false);
  const changed = name !== project.name || aims !== project.aims || reflections !== project.reflections;
  const save = () => {
    setBusy(true);
    api.updateProject({ projectId: project.id, patch: { name, aims, reflections } }).then(
      () => {
        setBusy(false);
        onSaved();
      },
      (err: unknown) => {
        setBusy(false);
        onProblem(messageOf(err, 'Kindred could not save the project just now. Please try again.'));
      },
    );
  };
  return (
    <section className="project-section" aria-labelledby="about-title">
      <h2 id="about-title">About the project</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy && changed) save();
        }}
      >
        <TextBox label="Name" value={name} onChange={setName} />
        <TextBox
          label="Aims"
          value={aims}
          onChange={setAims}
          multiline
          description="What you hope involving people will achieve. It opens the impact report."
        />
        <TextBox
          label="Reflections"
          value={reflections}
          onChange={setReflections}
          multiline
          description="What went well, what did not, and what you learned, so others can learn from it too. It goes in the impact report."
        />
        <button type="submit" className="button button-secondary" disabled={!changed || busy}>
          Save the project
        </button>
      </form>
    </section>
  );
}

function ReportSection({ projectId, onSaved, onProblem }: { projectId: string; onSaved: (name: string) => void; onProblem: (p: string) => void }) {
  const [format, setFormat] = useState<PackFormat>('standard');
  const [busy, setBusy] = useState(false);
  const make = () => {
    setBusy(true);
    api
      .impactReportFile({ projectId, format })
      .then(savePack)
      .then(
        (saved) => {
          setBusy(false);
          if (saved) onSaved(saved.name);
        },
        (err: unknown) => {
          setBusy(false);
          onProblem(messageOf(err, 'Kindred could not make the report just now. Please try again.'));
        },
      );
  };
  return (
    <section className="project-section" aria-labelledby="report-title">
      <h2 id="report-title">Impact report</h2>
      <p className="field-description">
        A Word document under the GRIPP2 headings: who was involved and how, money paid, what changed because of contributors, what was fed back and
        when, and your reflections. Nobody is named in it.
      </p>
      <div className="button-row project-report-row">
        <ChoiceSelect label="Format" value={format} options={PACK_FORMATS} labels={PACK_FORMAT_LABELS} onChange={setFormat} />
        <button type="button" className="button button-primary" onClick={make} disabled={busy}>
          {busy ? 'Making the report…' : 'Make the impact report'}
        </button>
      </div>
    </section>
  );
}
