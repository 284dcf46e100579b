/**
 * Clock times for the agenda rows, published outside React's props. When one length changes, every
 * later block's times move, but nothing else about those rows does; with this store only the small
 * time components re-render, not the rows (each of which carries a drag-and-drop hook, a text field
 * and a menu). That keeps a 300-block agenda repainting within a frame or two.
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { Schedule } from '../../../main/domain/timing';
import { formatClockTime } from '../../../main/domain/time';

export interface RowTiming {
  start: number;
  end: number;
  pinAt: number | null;
  gapBefore: number;
  lateBy: number;
  /** The intended end ("13:00") when the agenda first runs past it in this block. */
  endLineBefore: string | null;
}

const same = (a: RowTiming, b: RowTiming) =>
  a.start === b.start &&
  a.end === b.end &&
  a.pinAt === b.pinAt &&
  a.gapBefore === b.gapBefore &&
  a.lateBy === b.lateBy &&
  a.endLineBefore === b.endLineBefore;

export class TimingStore {
  private rows = new Map<string, RowTiming>();
  private readonly listeners = new Set<() => void>();
  private pending = false;

  /**
   * Takes a new schedule; rows whose timing did not change keep their object (no re-render).
   * Called while rendering, so it only records: `notify()` (from a layout effect) tells the rows,
   * still before the browser paints.
   */
  update(blockIds: readonly string[], schedule: Schedule, endLineIndex: number, endTime: string | null): void {
    const next = new Map<string, RowTiming>();
    let changed = blockIds.length !== this.rows.size;
    blockIds.forEach((id, i) => {
      const r = schedule.rows[i]!;
      const row: RowTiming = {
        start: r.start,
        end: r.end,
        pinAt: r.pin ? r.pin.at : null,
        gapBefore: r.pin ? r.pin.gapBefore : 0,
        lateBy: r.pin ? r.pin.lateBy : 0,
        endLineBefore: i === endLineIndex ? endTime : null,
      };
      const prev = this.rows.get(id);
      if (prev && same(prev, row)) next.set(id, prev);
      else {
        next.set(id, row);
        changed = true;
      }
    });
    this.rows = next;
    if (changed) this.pending = true;
  }

  notify(): void {
    if (!this.pending) return;
    this.pending = false;
    for (const l of this.listeners) l();
  }

  get(blockId: string): RowTiming | undefined {
    return this.rows.get(blockId);
  }

  /** Where a block starts now, as a clock time: pinning it there leaves the agenda as it is. */
  startOf(blockId: string): string | null {
    const row = this.rows.get(blockId);
    return row ? formatClockTime(row.start) : null;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

const EMPTY: RowTiming = { start: 0, end: 0, pinAt: null, gapBefore: 0, lateBy: 0, endLineBefore: null };

export function useRowTiming(store: TimingStore, blockId: string): RowTiming {
  const get = useCallback(() => store.get(blockId) ?? EMPTY, [store, blockId]);
  return useSyncExternalStore(store.subscribe, get);
}
