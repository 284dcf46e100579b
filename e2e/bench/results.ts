/** What every bench measure reports, and how samples become that report. */
import { performance } from 'node:perf_hooks';
import type { ApiResponse } from '../../main/contract/contract';

export interface BenchResult {
  name: string;
  budgetMs: number;
  medianMs: number;
  p95Ms: number;
  runs: number;
}

/** Times a synchronous function `runs` times (after 20 to warm up) and summarises the samples. */
export function measure(name: string, budgetMs: number, runs: number, fn: () => unknown): BenchResult {
  for (let i = 0; i < 20; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return summarise(name, budgetMs, samples);
}

/** Nearest-rank percentile of already sorted samples. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export function summarise(name: string, budgetMs: number, samples: readonly number[]): BenchResult {
  const sorted = [...samples].sort((a, b) => a - b);
  return { name, budgetMs, medianMs: percentile(sorted, 50), p95Ms: percentile(sorted, 95), runs: samples.length };
}

/**
 * The value of a successful dispatch, or a thrown error naming what failed. The store methods the
 * benches time answer at once (only pack files come back as a promise), so a promise here is a bug.
 */
export function unwrap<T>(res: ApiResponse<unknown> | Promise<ApiResponse<unknown>>, what = 'A bench call'): T {
  if (res instanceof Promise) throw new Error(`${what} answered with a promise; the bench times synchronous store calls.`);
  if (!res.ok) throw new Error(`${what} failed: ${res.error.code}: ${res.error.message}`);
  return res.value as T;
}
