import type { CDPSession, Page } from 'playwright-core';
import { z } from 'zod';
import { line, percentile, type Emit } from './measure';

/** One recorded stretch of frames: what the page saw on each frame, and the main thread's work between frames. */
export interface FrameRun {
  /** Time between consecutive frames (rAF timestamps), ms. */
  intervals: number[];
  /** Frames on which the rows in the DOM did not cover the table's visible area (the user would see blank rows). */
  uncovered: number;
  /** Main-thread CPU time between consecutive frames, ms (from a Chromium trace). */
  cpu: number[];
}

const TraceEvent = z.object({ name: z.string(), ph: z.string(), ts: z.number(), dur: z.number().optional(), tdur: z.number().optional(), pid: z.number(), tid: z.number() });
type TraceEvent = z.infer<typeof TraceEvent>;

// The scheduler's top-level task on a Blink thread (category `toplevel`); nested tasks are not counted twice.
const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask']);

const MARK = 'bench-frame';

// Page scripts are strings: tsx's helpers (e.g. __name) do not exist in the page. The per-frame check reads only the
// first and last row (the virtualiser keeps rows in DOM order) so the probe adds next to nothing to the frame.
const START = `(() => {
  const sc = document.querySelector('[data-testid=plot-table-scroll]');
  const inner = sc && sc.firstElementChild && sc.lastElementChild;
  window.__bench = { intervals: [], uncovered: 0, rec: true };
  let last = performance.now();
  const tick = (t) => {
    const b = window.__bench;
    b.intervals.push(t - last); last = t;
    performance.mark('${MARK}');
    if (inner && inner.childElementCount > 0) {
      const first = parseFloat(inner.firstElementChild.style.top);
      const end = parseFloat(inner.lastElementChild.style.top) + inner.lastElementChild.offsetHeight;
      const top = sc.scrollTop;
      if (!(first <= top && end >= Math.min(top + sc.clientHeight, inner.offsetHeight))) b.uncovered++;
    }
    if (b.rec) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;
const STOP = `(() => { window.__bench.rec = false; const b = window.__bench; return { intervals: b.intervals.slice(2), uncovered: b.uncovered }; })()`;

async function traced(cdp: CDPSession, body: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: unknown[] }) => {
    for (const v of e.value) {
      const parsed = TraceEvent.safeParse(v);
      if (parsed.success) events.push(parsed.data);
    }
  };
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'toplevel,blink.user_timing', transferMode: 'ReportEvents' });
  try {
    await body();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}

/**
 * Main-thread work in each gap between consecutive frame marks (on the thread the marks were made on), by the tasks
 * that started in it: wall time, and CPU time (the thread's own running time, which other processes competing for
 * the two cores do not inflate).
 */
export function workBetweenFrames(events: readonly TraceEvent[]): { wall: number[]; cpu: number[] } {
  const marks = events.filter((e) => e.name === MARK);
  const thread = marks[0];
  if (!thread) return { wall: [], cpu: [] };
  const edges = marks.map((m) => m.ts).sort((a, b) => a - b);
  const wall = new Array<number>(Math.max(0, edges.length - 1)).fill(0);
  const cpu = [...wall];
  for (const e of events) {
    if (e.ph !== 'X' || !TASK_NAMES.has(e.name) || e.pid !== thread.pid || e.tid !== thread.tid) continue;
    const gap = gapOf(edges, e.ts);
    if (gap < 0 || gap >= wall.length) continue;
    wall[gap] = (wall[gap] ?? 0) + (e.dur ?? 0) / 1000;
    cpu[gap] = (cpu[gap] ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000;
  }
  return { wall, cpu };
}

/** Index i of the gap [edges[i], edges[i+1]) holding ts, or -1 before the first edge. */
function gapOf(edges: readonly number[], ts: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((edges[mid] ?? 0) <= ts) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Records frames while `act` runs. */
export async function recordFrames(page: Page, act: (cdp: CDPSession) => Promise<void>): Promise<FrameRun> {
  const cdp = await page.context().newCDPSession(page);
  try {
    let seen = { intervals: [] as number[], uncovered: 0 };
    const events = await traced(cdp, async () => {
      await page.evaluate(START);
      await act(cdp);
      seen = (await page.evaluate(STOP)) as typeof seen;
    });
    return { ...seen, cpu: workBetweenFrames(events).cpu.slice(1) };
  } finally {
    await cdp.detach();
  }
}

/** A wheel scroll through the compositor as a user's mouse makes it (Chromium's synthetic gesture), down the table. */
export async function wheelScroll(page: Page, cdp: CDPSession, pxPerSecond: number, distance: number): Promise<void> {
  const box = await page.locator('[data-testid=plot-table-scroll]').boundingBox();
  if (!box) throw new Error('no table on the page');
  await cdp.send('Input.synthesizeScrollGesture', {
    x: Math.round(box.x + box.width / 2),
    y: Math.round(box.y + box.height / 2),
    yDistance: -distance,
    speed: pxPerSecond,
    gestureSourceType: 'mouse',
  });
}

/** Frames per second over a run: frames shown / time taken (a dropped frame stretches the time, not the count). */
export function framesPerSecond(intervals: readonly number[]): number {
  const total = intervals.reduce((a, b) => a + b, 0);
  return total > 0 ? (1000 * intervals.length) / total : NaN;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const WHEEL_SPEED = 3000;

// Jumps of 400 px a frame set from a script (13 new rows every frame): harsher than any wheel, no target of its own.
const JUMPS = `(async () => {
  const sc = document.querySelector('[data-testid=plot-table-scroll]');
  for (let i = 0; i < 60; i++) { sc.scrollTop += 400; await new Promise((r) => requestAnimationFrame(r)); }
})()`;

/**
 * "Scroll at 60 fps" on the plot table, three passes each from the top: a mouse-wheel scroll through Chromium's input
 * pipeline at 3,000 px/s (100 rows a second), and scripted jumps. The baselines are the same page standing still.
 */
export async function runTableScrollBench(page: Page, emit: Emit): Promise<void> {
  const toTop = async () => {
    await page.evaluate(`document.querySelector('[data-testid=plot-table-scroll]').scrollTop = 0`);
    await page.waitForTimeout(300);
  };
  const idle = await recordFrames(page, () => page.waitForTimeout(2000));
  const wheel: FrameRun[] = [];
  const jumps: FrameRun[] = [];
  for (let pass = 0; pass < 3; pass++) {
    await toTop();
    wheel.push(await recordFrames(page, (cdp) => wheelScroll(page, cdp, WHEEL_SPEED, 2 * WHEEL_SPEED)));
    await toTop();
    jumps.push(await recordFrames(page, () => page.evaluate(JUMPS)));
  }
  const of = (runs: FrameRun[], figure: (r: FrameRun) => number) => median(runs.map(figure));
  const name = `table scroll (mouse wheel, ${WHEEL_SPEED} px/s)`;
  emit(line(`${name}: frames per second, median of 3 passes`, of(wheel, (r) => framesPerSecond(r.intervals)), 'fps', 'the same page standing still', framesPerSecond(idle.intervals), 59.5, true));
  emit(line(`${name}: main-thread CPU per frame, p95`, of(wheel, (r) => percentile(r.cpu, 95)), 'ms', 'the same page standing still', percentile(idle.cpu, 95), 16.7));
  emit(line(`${name}: frames showing blank rows`, of(wheel, (r) => r.uncovered), 'frames', 'frames recorded', of(wheel, (r) => r.intervals.length), 0));
  emit(line(`${name}: p95 frame interval`, of(wheel, (r) => percentile(r.intervals, 95)), 'ms', 'p95 of the same page standing still', percentile(idle.intervals, 95)));
  emit(line(`${name}: worst frame interval`, of(wheel, (r) => Math.max(...r.intervals)), 'ms', 'worst of the same page standing still', Math.max(...idle.intervals)));
  emit(line('table scroll (scripted jumps of 400 px a frame): p95 frame interval', of(jumps, (r) => percentile(r.intervals, 95)), 'ms', 'p95 of the same page standing still', percentile(idle.intervals, 95)));
  emit(line('table scroll (scripted jumps of 400 px a frame): main-thread CPU per frame, p95', of(jumps, (r) => percentile(r.cpu, 95)), 'ms', 'the same page standing still', percentile(idle.cpu, 95)));
}
