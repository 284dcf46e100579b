/**
 * The plans list: every workshop plan with its date, status and length; search, sort, and the
 * everyday actions. First run shows a short welcome beside the sample plan.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Input, Label, SearchField } from 'react-aria-components';
import { PLAN_SORTS, type PlanSort, type PlanSummary, type Settings } from '../../../main/domain/plan';
import { api } from '../api/client';
import { onDataChanged } from '../api/dataChanges';
import { navigate } from '../lib/route';
import { useStableCallback } from '../lib/useStableCallback';
import { useAnnounce } from '../components/Announcer';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { useToast } from '../components/Toasts';
import { OLDER_BACKUPS_KEEP_A_COPY } from '../backups/olderBackups';
import { RenamePlanDialog } from './PlanDialogs';
import { PlanCard } from './PlanCard';
import { PlanList } from './PlanList';
import { FIRST_QUERY, fetchPlans, keptPlans, type PlansQuery } from './plansListCache';
import { Welcome } from './Welcome';
import { ImportPlanButton } from '../planFiles/ImportPlanButton';
import { PaymentsListButton } from '../payments/PaymentsListDialog';
import { usePlanImport } from '../planFiles/PlanImport';
import { personalDataReminderDays } from '../privacy/reminder';
import { useToday } from '../review/useReview';

const SORT_LABELS: Record<PlanSort, string> = {
  date_desc: 'Date, latest first',
  date_asc: 'Date, earliest first',
  updated_desc: 'Recently changed',
  title_asc: 'Name, A to Z',
};

export function PlansScreen({
  settings,
  onSettings,
  onNewPlan,
}: {
  settings: Settings;
  onSettings: (s: Partial<Settings>) => void;
  onNewPlan: () => void;
}) {
  // Coming back from a plan shows the list kept from last time at once (refetched if anything changed).
  const [plans, setPlans] = useState<PlanSummary[] | null>(() => keptPlans(FIRST_QUERY));
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<PlanSort>(FIRST_QUERY.sort);
  const [focusRequest, setFocusRequest] = useState<{ planId: string } | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<PlanSummary | null>(null);
  const announce = useAnnounce();
  const toast = useToast();
  // A delivered plan whose reminder to delete personal data is due says so in the list.
  const today = useToday();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Plans imported while this list shows (several files dropped at once) appear without a reload.
  const { revision: imports } = usePlanImport();

  // Only the newest request may fill the list: an older search answered late must not win.
  const latestRequest = useRef(0);
  const query = useMemo<PlansQuery>(() => ({ search: search.trim() || undefined, sort }), [search, sort]);
  const refresh = useCallback(async () => {
    const request = ++latestRequest.current;
    try {
      const list = await fetchPlans(query);
      if (request !== latestRequest.current) return list;
      setPlans(list);
      setLoadError(null);
      return list;
    } catch (err) {
      setLoadError(err instanceof Error ? err.message : 'We could not load your plans.');
      return null;
    }
  }, [query]);

  useEffect(() => {
    const t = setTimeout(() => void refresh(), search ? 150 : 0);
    return () => clearTimeout(t);
  }, [refresh, search, imports]);

  // A change saved while the list shows (the last autosave of the plan just left, an undo) updates it.
  useEffect(() => onDataChanged(() => void refresh()), [refresh]);

  /** A failed action says so kindly instead of vanishing. */
  const attempt = (action: () => Promise<void>) => {
    action().catch((err: unknown) => toast({ message: err instanceof Error && err.message ? err.message : 'That did not work. Please try again.' }));
  };

  const onDuplicate = async (plan: PlanSummary, actualLengths: boolean) => {
    const copy = await api.duplicatePlan(actualLengths ? { planId: plan.id, actualLengths } : { planId: plan.id });
    await refresh();
    announce(actualLengths ? `Made a copy with the lengths from the day: “${copy.title}”.` : `Made a copy: “${copy.title}”.`);
    setFocusRequest({ planId: copy.id });
  };

  const onDelete = async (plan: PlanSummary) => {
    await api.deletePlan({ planId: plan.id });
    await refresh();
    headingRef.current?.focus();
    toast({
      message: `Deleted “${plan.title}”. You can undo this for 10 seconds. ${OLDER_BACKUPS_KEEP_A_COPY}`,
      actionLabel: 'Undo',
      onAction: () => {
        attempt(async () => {
          await api.restorePlan({ planId: plan.id });
          await refresh();
          announce(`“${plan.title}” is back.`);
        });
      },
    });
  };

  // Stable, so a card is redrawn only when its own plan or place changes.
  const duplicate = useStableCallback((plan: PlanSummary, actualLengths: boolean) => attempt(() => onDuplicate(plan, actualLengths)));
  const remove = useStableCallback((plan: PlanSummary) => attempt(() => onDelete(plan)));

  /** Opens the sample plan (the service adds it again if it has been deleted). */
  const openSample = async () => {
    const sample = await api.addSamplePlan({});
    onSettings({ welcomeDismissed: true });
    navigate({ name: 'plan', planId: sample.id, tab: 'agenda' });
  };

  const count = plans?.length ?? 0;
  return (
    <div className="page plans-page">
      <div className="page-header">
        <h1 ref={headingRef} tabIndex={-1} id="page-title">
          Your plans
        </h1>
        <div className="button-row page-header-actions">
          <button type="button" className="button button-primary" onClick={onNewPlan}>
            New plan
          </button>
          <ImportPlanButton />
          <PaymentsListButton />
        </div>
      </div>

      {!settings.welcomeDismissed && <Welcome onOpenSample={() => attempt(openSample)} onDismiss={() => onSettings({ welcomeDismissed: true })} />}

      <div className="toolbar plans-toolbar" role="search" aria-label="Find a plan">
        <SearchField className="field search-field" value={search} onChange={setSearch}>
          <Label className="label">Search by name</Label>
          <div className="search-row">
            <Input className="input" placeholder="For example: shaping our next study" />
            {search && (
              <Button className="button button-quiet" aria-label="Clear search">
                ×
              </Button>
            )}
          </div>
        </SearchField>
        <ChoiceSelect label="Sort by" value={sort} options={PLAN_SORTS} labels={SORT_LABELS} onChange={setSort} />
      </div>

      {loadError && (
        <p className="notice notice-problem" role="alert">
          {loadError}
        </p>
      )}

      {plans && (
        <p className="result-count" aria-live="polite">
          {search
            ? count === 0
              ? `No plans have “${search.trim()}” in their name.`
              : `${count} ${count === 1 ? 'plan matches' : 'plans match'} “${search.trim()}”.`
            : count === 0
              ? 'You have no plans yet. Start one with “New plan”, or open the sample to look around.'
              : `${count} ${count === 1 ? 'plan' : 'plans'}`}
        </p>
      )}

      {plans && plans.length > 0 && (
        <PlanList
          plans={plans}
          focusRequest={focusRequest}
          card={(p, place) => (
            <PlanCard
              key={p.id}
              plan={p}
              index={place.index}
              setSize={place.setSize}
              top={place.top}
              measureRef={place.ref}
              daysSinceDelivered={personalDataReminderDays({ ...p, people: { length: p.peopleCount } }, settings.reminders, today)}
              onRename={setRenaming}
              onDuplicate={duplicate}
              onDelete={remove}
            />
          )}
        />
      )}
      {plans && plans.length === 0 && !search && (
        <button type="button" className="button button-secondary" onClick={() => attempt(openSample)}>
          Add the sample plan
        </button>
      )}

      <RenamePlanDialog
        plan={renaming}
        onClose={() => setRenaming(null)}
        onRenamed={async (title) => {
          setRenaming(null);
          await refresh();
          announce(`Renamed to “${title}”.`);
        }}
      />
    </div>
  );
}
