/**
 * The Projects screen: every study, panel or programme, with how many members and sessions it has
 * and when it last met. A new project needs only a name; its aims can wait.
 */
import { useEffect, useState } from 'react';
import type { ProjectSummary } from '../../../main/domain/projects/project';
import { formatDate } from '../../../main/domain/time';
import { plural } from '../../../main/domain/words';
import { api } from '../api/client';
import { FormDialog } from '../components/FormDialog';
import { TextBox } from '../directory/TextBox';
import { navigate } from '../lib/route';
import { messageOf } from './projectWords';
import '../styles/projects.css';

export function ProjectsScreen() {
  const [projects, setProjects] = useState<ProjectSummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    document.title = 'Projects – Kindred';
    let live = true;
    api.listProjects({}).then(
      (all) => live && setProjects(all),
      (err: unknown) => live && setProblem(messageOf(err, 'Kindred could not read your projects just now. Please try again.')),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <div className="page projects-page">
      <div className="page-header">
        <h1 tabIndex={-1} id="page-title">
          Projects
        </h1>
        <div className="button-row page-header-actions">
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            New project
          </button>
        </div>
      </div>
      <p className="projects-intro">
        A project keeps a study, a panel or a programme together: the people in it, its sessions in date order, what changed because of them, and a
        report you can send to your funder.
      </p>
      {problem && (
        <p className="notice notice-problem" role="alert">
          {problem}
        </p>
      )}
      {projects && projects.length === 0 && <p className="notice notice-calm">No projects yet. Start one when a group meets more than once.</p>}
      {projects && projects.length > 0 && (
        <ul className="project-list" aria-label="Projects">
          {projects.map((p) => (
            <li key={p.id} className="project-card">
              <h2 className="project-card-title">
                <a href={`#/projects/${p.id}`}>{p.name}</a>
              </h2>
              <p className="project-card-meta">
                {plural(p.memberCount, 'member', 'members')} · {plural(p.sessionCount, 'session', 'sessions')}
                {p.lastSession ? ` · latest ${formatDate(p.lastSession)}` : ''}
              </p>
              {p.aims.trim() && <p className="project-card-aims">{p.aims.trim()}</p>}
            </li>
          ))}
        </ul>
      )}
      <NewProjectDialog isOpen={adding} onClose={() => setAdding(false)} />
    </div>
  );
}

function NewProjectDialog({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const [name, setName] = useState('');
  const [aims, setAims] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = () => {
    setBusy(true);
    api.createProject({ project: { name, aims } }).then(
      (project) => {
        setBusy(false);
        onClose();
        navigate({ name: 'project', projectId: project.id });
      },
      (err: unknown) => {
        setBusy(false);
        setProblem(messageOf(err, 'Kindred could not start the project just now. Please try again.'));
      },
    );
  };
  return (
    <FormDialog isOpen={isOpen} title="New project" submitLabel="Start the project" onSubmit={submit} onClose={onClose} busy={busy} problem={problem}>
      <TextBox label="Name" value={name} onChange={setName} autoFocus description="For example, “Carers’ advisory panel”." />
      <TextBox
        label="Aims"
        value={aims}
        onChange={setAims}
        multiline
        description="What you hope involving people will achieve. You can add this later."
      />
    </FormDialog>
  );
}
