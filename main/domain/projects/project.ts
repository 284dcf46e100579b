/**
 * Projects: a study, a panel or a programme that several plans (its sessions) belong to, with the
 * people it works with and what changed because of them, kept as it goes.
 */
import type { PersonRole } from '../people';
import type { FollowUpFormat, PlanStatus } from '../plan';

export interface Project {
  id: string;
  name: string;
  /** What the project is for, in the facilitator's words (GRIPP2: aim). */
  aims: string;
  /** What went well, what did not, and what the team learned (GRIPP2: reflections / critical perspective). */
  reflections: string;
  createdAt: string;
  updatedAt: string;
}

/** One line of the Projects screen. */
export interface ProjectSummary {
  id: string;
  name: string;
  aims: string;
  memberCount: number;
  sessionCount: number;
  /** The date of its latest dated session; null when none has a date. */
  lastSession: string | null;
  updatedAt: string;
}

/** A member, as the project page lists them. */
export interface ProjectMember {
  directoryPersonId: string;
  name: string;
  knownAs: string;
  roles: PersonRole[];
  addedAt: string;
}

/** One session (plan) of a project, in date order. */
export interface ProjectSession {
  planId: string;
  title: string;
  date: string | null;
  startTime: string;
  status: PlanStatus;
  peopleCount: number;
}

/** An entry made between workshops, editable on the project page. */
export interface ImpactEntry {
  id: string;
  /** ISO date the question was asked or the conversation happened. */
  onDate: string;
  asked: string;
  said: string;
  /** What changed, or why not. */
  changed: string;
  /** ISO date people were told; null while they have not been. */
  toldOn: string | null;
  toldHow: string;
}

/**
 * One line of the impact log: an entry of the project's own, or a plan's "you said, we did" line,
 * rolled up read-only (edited on its plan, which `planId` names).
 */
export type ImpactLogItem =
  | ({ from: 'entry' } & ImpactEntry)
  | {
      from: 'plan';
      id: string;
      planId: string;
      planTitle: string;
      onDate: string | null;
      asked: string;
      said: string;
      changed: string;
      toldOn: string | null;
      toldHow: FollowUpFormat | null;
      /** The plan's own words about how people are told, when it has any. */
      toldNote: string;
    };

/** What the last session offers a new one: its agreement blocks and its glossary of words. */
export interface LastSessionOffer {
  planId: string;
  title: string;
  /** Titles of the last session's ground rules blocks (its agreement), in agenda order. */
  agreement: string[];
  /** The words its packs explained, with their everyday meaning. */
  glossary: { term: string; plain: string }[];
}

export interface ProjectPage {
  project: Project;
  members: ProjectMember[];
  sessions: ProjectSession[];
  log: ImpactLogItem[];
  /** Null when the project has no session yet. */
  lastSession: LastSessionOffer | null;
}

/** How many projects Kindred keeps; far more than anyone runs at once. */
export const PROJECT_LIMIT = 1000;
export const IMPACT_ENTRY_LIMIT = 2000;
