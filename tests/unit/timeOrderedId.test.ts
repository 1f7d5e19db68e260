import { describe, expect, it } from 'vitest';
import { timeOrderedId } from '../../electron/db/ids';

describe('timeOrderedId', () => {
  it('is a UUIDv7 whose first 48 bits are the millisecond', () => {
    const id = timeOrderedId(Date.UTC(2026, 10, 27, 8));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Number.parseInt(id.replace('-', '').slice(0, 12), 16)).toBeGreaterThanOrEqual(Date.UTC(2026, 10, 27, 8));
  });

  it('sorts in creation order, also for many ids in one millisecond and when the clock steps back', () => {
    const ms = Date.UTC(2030, 0, 1);
    const ids = [...Array.from({ length: 10_000 }, () => timeOrderedId(ms)), timeOrderedId(ms - 5000), timeOrderedId(ms + 10_000)];
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
