import { describe, expect, it } from 'vitest';
import { framesPerSecond, workBetweenFrames } from '../bench/tableScroll';

const MAIN = { pid: 1, tid: 1 };
const mark = (ts: number) => ({ name: 'bench-frame', ph: 'I', ts, ...MAIN });
const task = (ts: number, dur: number, tdur: number, thread = MAIN) => ({ name: 'ThreadControllerImpl::RunTask', ph: 'X', ts, dur, tdur, ...thread });

describe('workBetweenFrames (table-scroll benchmark)', () => {
  it('adds each main-thread task to the gap between frame marks it started in, wall and CPU apart', () => {
    const events = [mark(0), task(1_000, 4_000, 3_000), task(10_000, 2_000, 2_000), mark(16_700), task(17_000, 20_000, 5_000), mark(33_400)];
    expect(workBetweenFrames(events)).toEqual({ wall: [6, 20], cpu: [5, 5] });
  });

  it('ignores tasks on other threads, before the first mark and after the last', () => {
    const events = [task(-5_000, 3_000, 3_000), mark(0), task(2_000, 1_000, 1_000, { pid: 1, tid: 2 }), task(3_000, 1_000, 500), mark(16_700), task(20_000, 9_000, 9_000)];
    expect(workBetweenFrames(events)).toEqual({ wall: [1], cpu: [0.5] });
  });

  it('has no gaps without marks', () => {
    expect(workBetweenFrames([task(0, 1_000, 1_000)])).toEqual({ wall: [], cpu: [] });
  });
});

describe('framesPerSecond', () => {
  it('counts a dropped frame as time, not as a frame', () => {
    expect(framesPerSecond([16.667, 16.667, 16.667])).toBeCloseTo(60, 1);
    expect(framesPerSecond([16.667, 33.333, 16.667])).toBeCloseTo(45, 1);
  });
});
