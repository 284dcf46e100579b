/**
 * Agenda changes. Each runs in one transaction that also refreshes the plan's totals and last
 * change time, so a failure part-way leaves the agenda exactly as it was.
 */
import { randomUUID } from 'node:crypto';
import { newBlockWithDefaults } from '../domain/blockKinds';
import { LIMITS, type Block } from '../domain/plan';
import type { ParsedInput, ServiceImpl } from '../contract/contract';
import { KindredError, notFound } from './errors';
import { agendaChanged, applyPatch, type StoreContext } from './storeContext';

type AgendaMethods = Pick<ServiceImpl, 'addBlock' | 'updateBlock' | 'deleteBlock' | 'duplicateBlock' | 'moveBlock' | 'setAgenda'>;

const tooManyBlocks = () =>
  new KindredError(
    'invalid',
    `A plan can hold up to ${LIMITS.blocksPerPlan} blocks. Could some be combined, or part of the day become a plan of its own?`,
  );

export function agendaMethods(ctx: StoreContext): AgendaMethods {
  const { db, plans, blocks } = ctx;

  /** The plan's start time, which the totals need; a missing or deleted plan is not found. */
  const planStart = (planId: string): string => {
    const start = plans.startTime(planId);
    if (start === undefined) throw notFound('plan');
    return start;
  };

  const blockOf = (planId: string, blockId: string) => {
    const found = blocks.get(planId, blockId);
    if (!found) throw notFound('block');
    const { position, ...block } = found;
    return { position, block };
  };

  /** Blocks may only name people in their own plan as lead or deciders. */
  const checkPeople = (planId: string, block: Pick<Block, 'leadPersonId' | 'deciderIds'>) => {
    if (block.leadPersonId === null && block.deciderIds.length === 0) return;
    const inPlan = ctx.people.ids(planId);
    if (block.leadPersonId !== null && !inPlan.has(block.leadPersonId)) {
      throw new KindredError('invalid', 'That person is not in this plan any more, so nothing was changed.', {
        leadPersonId: 'Choose someone from this plan’s people.',
      });
    }
    if (block.deciderIds.some((id) => !inPlan.has(id))) {
      throw new KindredError('invalid', 'Someone named in that decision is not in this plan any more, so nothing was changed.', {
        deciderIds: 'Choose people from this plan’s people.',
      });
    }
  };

  /** The plan's block count, after checking there is room for one more. */
  const roomForOne = (planId: string): number => {
    const count = blocks.count(planId);
    if (count >= LIMITS.blocksPerPlan) throw tooManyBlocks();
    return count;
  };

  const addBlock = db.transaction(({ planId, block: input, index }: ParsedInput<'addBlock'>): Block => {
    const start = planStart(planId);
    const count = roomForOne(planId);
    // The renderer may choose the id itself so an optimistic row keeps its key once saved.
    if (input.id !== undefined && blocks.exists(input.id)) {
      throw new KindredError('invalid', 'That block has already been added.');
    }
    const block: Block = newBlockWithDefaults(input.id ?? randomUUID(), input.kind, input);
    checkPeople(planId, block);
    const position = Math.min(index ?? count, count);
    blocks.shift(planId, position, 1);
    blocks.insert(planId, position, block);
    agendaChanged(ctx, planId, start, ctx.now());
    return block;
  });

  const updateBlock = db.transaction(({ planId, blockId, patch }: ParsedInput<'updateBlock'>): Block => {
    const start = planStart(planId);
    const next = applyPatch(blockOf(planId, blockId).block, patch);
    if (patch.leadPersonId !== undefined || patch.deciderIds !== undefined) checkPeople(planId, next);
    blocks.update(planId, next);
    // Most autosaved edits are to words; only a length or pin can move the clock.
    if (patch.durationMinutes !== undefined || patch.pinnedTime !== undefined) {
      agendaChanged(ctx, planId, start, ctx.now());
    } else {
      plans.touch(planId, ctx.now());
    }
    return next;
  });

  const deleteBlock = db.transaction(({ planId, blockId }: ParsedInput<'deleteBlock'>) => {
    const start = planStart(planId);
    const { position } = blockOf(planId, blockId);
    blocks.remove(planId, blockId);
    blocks.shift(planId, position + 1, -1);
    agendaChanged(ctx, planId, start, ctx.now());
    return { blockId };
  });

  const duplicateBlock = db.transaction(({ planId, blockId }: ParsedInput<'duplicateBlock'>): Block => {
    const start = planStart(planId);
    const { position, block } = blockOf(planId, blockId);
    roomForOne(planId);
    // A copy keeps everything but the pin: two blocks pinned to one time would always clash.
    // (The renderer's optimistic copy follows the same rule.)
    const copy: Block = { ...block, id: randomUUID(), pinnedTime: null };
    blocks.shift(planId, position + 1, 1);
    blocks.insert(planId, position + 1, copy);
    agendaChanged(ctx, planId, start, ctx.now());
    return copy;
  });

  const moveBlock = db.transaction(({ planId, blockId, toIndex }: ParsedInput<'moveBlock'>): Block[] => {
    const start = planStart(planId);
    blockOf(planId, blockId); // not found unless the block is in this plan
    const order = blocks.ids(planId);
    const from = order.indexOf(blockId);
    const to = Math.min(Math.max(toIndex, 0), order.length - 1);
    if (from !== to) {
      order.splice(from, 1);
      order.splice(to, 0, blockId);
      // Only the blocks between the two places change position.
      for (let i = Math.min(from, to); i <= Math.max(from, to); i++) blocks.setPosition(order[i]!, i);
      agendaChanged(ctx, planId, start, ctx.now());
    }
    return blocks.list(planId);
  });

  const setAgenda = db.transaction(({ planId, blocks: agenda }: ParsedInput<'setAgenda'>): Block[] => {
    const start = planStart(planId);
    if (agenda.length > LIMITS.blocksPerPlan) throw tooManyBlocks();
    const ids = agenda.map((b) => b.id);
    if (new Set(ids).size !== ids.length) {
      throw new KindredError('invalid', 'The same block appears twice in that agenda, so nothing was changed.');
    }
    if (blocks.idsInOtherPlans(planId, ids).length > 0) {
      throw new KindredError('invalid', 'Some of those blocks belong to another plan, so nothing was changed.');
    }
    // Reconcile by id rather than delete-and-reinsert: a block that stays keeps its row, so
    // anything that later refers to it (people leading it, access arrangements) survives an undo.
    const keep = new Set(ids);
    for (const id of blocks.ids(planId)) if (!keep.has(id)) blocks.remove(planId, id);
    // Undo can bring back a block that named someone removed since; it comes back without them
    // rather than failing, so the agenda itself is never lost.
    const inPlan = ctx.people.ids(planId);
    agenda.forEach((sent, position) => {
      const block: Block = {
        ...sent,
        leadPersonId: sent.leadPersonId !== null && inPlan.has(sent.leadPersonId) ? sent.leadPersonId : null,
        deciderIds: sent.deciderIds.filter((id) => inPlan.has(id)),
      };
      if (blocks.get(planId, block.id)) {
        blocks.update(planId, block);
        blocks.setPosition(block.id, position);
      } else {
        blocks.insert(planId, position, block);
      }
    });
    agendaChanged(ctx, planId, start, ctx.now());
    return blocks.list(planId);
  });

  return { addBlock, updateBlock, deleteBlock, duplicateBlock, moveBlock, setAgenda };
}
