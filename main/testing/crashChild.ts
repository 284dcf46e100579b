/**
 * The process crashSafety.test.ts kills. It opens the store in the folder it is given, makes a plan
 * of its own, then saves edits through dispatch as fast as it can, forever. After each edit the
 * service has acknowledged — and only then — it writes one line to stdout saying what was saved,
 * so the parent knows exactly which edits Kindred had promised to keep when it was killed.
 *
 *   node crashChild.mjs <dataDir> <firstSeq>
 *
 * Lines: `plan <planId> <blockId>` once, then `ack <seq> <op> <value>` for every edit, where each
 * value carries its sequence number (edits are strictly one at a time, so at most one is ever in
 * flight and unacknowledged). Sequence numbers start at <firstSeq>, so they rise across runs.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { ApiResponse } from '../contract/contract';
import { createDispatch } from '../service/dispatch';
import { createService } from '../service/service';
import { openDatabase } from '../store/database';
import { say } from './crashChildren';

/** Keep well under the plan limits (300 people, 500 blocks): past these, the oldest goes. */
const MAX_PEOPLE = 120;
const MAX_EXTRA_BLOCKS = 150;

export type CrashOp = 'title' | 'description' | 'aim' | 'addPerson' | 'deletePerson' | 'addBlock' | 'deleteBlock' | 'moveBlock';

function valueOf<T>(response: ApiResponse<unknown>): T {
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`);
  return response.value as T;
}

function main([dataDir, firstSeq]: string[]): void {
  if (dataDir === undefined || firstSeq === undefined) throw new Error('usage: crashChild <dataDir> <firstSeq>');
  const db = openDatabase(join(dataDir, 'kindred.db'));
  const dispatch = createDispatch(createService(db), (err) => {
    throw err;
  });
  const call = <T>(method: string, input: unknown): T => valueOf<T>(dispatch(method, input));

  const plan = call<{ id: string }>('createPlan', { details: { title: `Title ${firstSeq}` } });
  const block = call<{ id: string }>('addBlock', { planId: plan.id, block: { kind: 'discussion', title: 'Talk', durationMinutes: 30 } });
  say(`plan ${plan.id} ${block.id}`);

  const people: string[] = [];
  const blocks: string[] = [];
  for (let seq = Number(firstSeq); ; seq++) {
    switch (seq % 6) {
      case 0:
        call('updatePlan', { planId: plan.id, patch: { title: `Title ${seq}` } });
        say(`ack ${seq} title ${seq}`);
        break;
      case 1:
        call('updateBlock', { planId: plan.id, blockId: block.id, patch: { description: `Description ${seq}` } });
        say(`ack ${seq} description ${seq}`);
        break;
      case 2:
        call('updateDebrief', { planId: plan.id, patch: { aim: `Aim ${seq}` } });
        say(`ack ${seq} aim ${seq}`);
        break;
      case 3:
        if (people.length >= MAX_PEOPLE) {
          const personId = people.shift()!;
          call('deletePerson', { planId: plan.id, personId });
          say(`ack ${seq} deletePerson ${personId}`);
        } else {
          const id = randomUUID();
          call('addPerson', { planId: plan.id, person: { id, name: `Person ${seq}`, role: 'carer' } });
          people.push(id);
          say(`ack ${seq} addPerson ${id}`);
        }
        break;
      case 4:
        if (blocks.length >= MAX_EXTRA_BLOCKS) {
          const blockId = blocks.shift()!;
          call('deleteBlock', { planId: plan.id, blockId });
          say(`ack ${seq} deleteBlock ${blockId}`);
        } else {
          const id = randomUUID();
          call('addBlock', { planId: plan.id, block: { id, kind: 'activity', title: `Block ${seq}`, durationMinutes: 1 + (seq % 90) } });
          blocks.push(id);
          say(`ack ${seq} addBlock ${id}`);
        }
        break;
      default:
        // Reorders rewrite many rows' positions in one transaction: a kill mid-way must not tear them.
        call('moveBlock', { planId: plan.id, blockId: block.id, toIndex: seq % (blocks.length + 1) });
        say(`ack ${seq} moveBlock ${seq % (blocks.length + 1)}`);
    }
  }
}

main(process.argv.slice(2));
