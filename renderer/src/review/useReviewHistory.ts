/**
 * Everyone's past with you, for the review's rules that need history: fetched from the service when
 * the plan or the people in it change (not on every keystroke), so the review itself stays pure.
 */
import { useEffect, useState } from 'react';
import type { ReviewHistory } from '../../../main/domain/history';
import type { Plan } from '../../../main/domain/plan';
import { api } from '../api/client';

const NONE: ReviewHistory = {};

export function useReviewHistory(plan: Plan | null): ReviewHistory {
  const [history, setHistory] = useState<ReviewHistory>(NONE);
  // The plan, its date and who is in it: the only things the past before it depends on.
  const key = plan ? `${plan.id}|${plan.date ?? ''}|${plan.people.map((p) => p.id).join(',')}` : '';
  const planId = plan?.id ?? null;
  useEffect(() => {
    if (planId === null) return;
    let live = true;
    api.getReviewHistory({ planId }).then(
      (value) => live && setHistory(value),
      // Without its past the review simply leaves out the rules that need it.
      () => live && setHistory(NONE),
    );
    return () => {
      live = false;
    };
  }, [key, planId]);
  return history;
}
