import type { PlanDetails } from '../../../../main/domain/plan';
import type { PlanEditor } from '../../plan/usePlanEditor';

export interface StepProps {
  editor: PlanEditor;
  details: PlanDetails;
}

export const same = (s: string) => s;
