/**
 * On a plan's details: which project it is a session of, if any. Saved as soon as it is chosen,
 * like the rest of the details.
 */
import { useEffect, useState } from 'react';
import type { ProjectSummary } from '../../../main/domain/projects/project';
import { api } from '../api/client';
import { useAnnounce } from '../components/Announcer';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { messageOf } from './projectWords';

const NONE = 'none';

export function PlanProjectField({ planId }: { planId: string }) {
  const [projects, setProjects] = useState<ProjectSummary[] | null>(null);
  const [projectId, setProjectId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const announce = useAnnounce();
  useEffect(() => {
    let live = true;
    Promise.all([api.listProjects({}), api.getPlanProject({ planId })]).then(
      ([all, mine]) => {
        if (!live) return;
        setProjects(all);
        setProjectId(mine.projectId);
      },
      () => live && setProjects([]),
    );
    return () => {
      live = false;
    };
  }, [planId]);
  // Nothing to choose from yet: the Projects screen is where one starts.
  if (!projects || projects.length === 0) return null;
  const names = new Map(projects.map((p) => [p.id, p.name]));
  const choose = (next: string | null) => {
    const before = projectId;
    setProjectId(next);
    api.setPlanProject({ planId, projectId: next }).then(
      () => {
        setProblem(null);
        announce(next ? `This plan is now a session of ${names.get(next) ?? 'the project'}.` : 'This plan is no longer in a project.');
      },
      (err: unknown) => {
        setProjectId(before);
        setProblem(messageOf(err, 'Kindred could not save that just now. Please try again.'));
      },
    );
  };
  return (
    <fieldset className="form-section">
      <legend>Project</legend>
      <ChoiceSelect
        label="A session of"
        value={projectId}
        options={projects.map((p) => p.id)}
        labels={(id) => names.get(id) ?? ''}
        none={{ id: NONE, label: 'No project' }}
        description="A project keeps a study, panel or programme together, with its members and impact log."
        onChange={choose}
      />
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
