/**
 * The room screen's one read: the plan as the room may see it (domain/runDay/roomPlan.ts, nothing
 * personal) and the day's run log, read together in one transaction so the two always agree. The
 * room screen's page asks for this every couple of seconds and never for the plan itself.
 */
import type { ParsedInput, ServiceImpl } from '../contract/contract';
import { roomPlanOf } from '../domain/runDay/roomPlan';
import type { RoomScreenFeed } from '../domain/runDay/roomScreen';
import { createRunDayRepo } from '../store/runDayRepo';
import { runLogOf } from './runDayMethods';
import type { StoreContext } from './storeContext';

export function roomScreenMethods(ctx: StoreContext): Pick<ServiceImpl, 'getRoomScreen'> {
  const { db } = ctx;
  const runs = createRunDayRepo(db);
  const read = db.transaction(({ planId }: ParsedInput<'getRoomScreen'>): RoomScreenFeed => {
    // ctx.plan says kindly when the plan is not there; the log is read by the same method the
    // facilitator's view uses, inside this transaction.
    const plan = roomPlanOf(ctx.plan(planId));
    return { plan, log: runLogOf(runs, planId) };
  });
  return { getRoomScreen: (input) => read(input) };
}
