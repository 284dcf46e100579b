/**
 * On "Start a new plan": the project it is a session of, if any. Chosen, its members are invited
 * and the facilitator says whether to bring the last session's agreement and words.
 */
import { useEffect, useState } from 'react';
import { Checkbox } from 'react-aria-components';
import type { ProjectSummary } from '../../../main/domain/projects/project';
import { api } from '../api/client';
import { ChoiceSelect } from '../components/ChoiceSelect';
import '../styles/projects.css';

export interface NewPlanProjectChoice {
  projectId: string | null;
  bringLast: boolean;
}

export const NO_PROJECT: NewPlanProjectChoice = { projectId: null, bringLast: true };

export function NewPlanProject({ choice, onChange }: { choice: NewPlanProjectChoice; onChange: (next: NewPlanProjectChoice) => void }) {
  const [projects, setProjects] = useState<ProjectSummary[] | null>(null);
  useEffect(() => {
    let live = true;
    api.listProjects({}).then(
      (all) => live && setProjects(all),
      () => live && setProjects([]),
    );
    return () => {
      live = false;
    };
  }, []);
  if (!projects || projects.length === 0) return null;
  const names = new Map(projects.map((p) => [p.id, p.name]));
  const chosen = projects.find((p) => p.id === choice.projectId);
  return (
    <div className="new-plan-project">
      <ChoiceSelect
        label="Part of a project"
        value={choice.projectId}
        options={projects.map((p) => p.id)}
        labels={(id) => names.get(id) ?? ''}
        none={{ id: 'none', label: 'No project' }}
        description={
          chosen
            ? `Its ${chosen.memberCount === 1 ? 'member is' : `${chosen.memberCount} members are`} invited, with what helps them take part.`
            : undefined
        }
        onChange={(projectId) => onChange({ ...choice, projectId })}
      />
      {chosen && chosen.sessionCount > 0 && (
        <Checkbox className="checkbox" isSelected={choice.bringLast} onChange={(bringLast) => onChange({ ...choice, bringLast })}>
          <span className="checkbox-box" aria-hidden="true" />
          Start from the last session’s agreement and words
        </Checkbox>
      )}
    </div>
  );
}
