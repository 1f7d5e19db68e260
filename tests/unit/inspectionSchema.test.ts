import { describe, expect, it } from 'vitest';
import { INSPECTION_LIMITS, InspectionInput } from '../../shared/schemas/inspection';
import { notStartedInspection } from '../fixtures/inspectionDraft';

const base = notStartedInspection({ inspectedAt: '2026-03-14T10:30', position: { lon: 115.03, lat: 35.76, accuracyM: 8, source: 'entered' } });

const problems = (v: unknown) => {
  const r = InspectionInput.safeParse(v);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${(i as { params?: { key?: string } }).params?.key ?? i.code}`);
};

describe('inspection validation', () => {
  it('accepts a plain not-started visit and a completed one', () => {
    expect(problems(base)).toEqual([]);
    expect(
      problems({
        ...base,
        started: true,
        startBasis: 'piles',
        startedOn: '2025-05-01',
        constructionPermitNo: '410900202505010101',
        stage: 'completed',
        completedOn: '2026-03-01',
        acceptanceNo: 'YS-1',
      }),
    ).toEqual([]);
  });

  it('reports every cross-field problem at once', () => {
    expect(problems({ ...base, started: true, stage: 'not-started', percentBuilt: 120 })).toEqual([
      'percentBuilt:too_big',
      'startedOn:startedOnRequired',
      'startBasis:startBasisRequired',
      'constructionPermitNo:permitRequired',
      'stage:stageStarted',
    ]);
    expect(problems({ ...base, startedOn: '2025-01-01', suspendedSince: '2025-02-01', stage: 'foundation', percentBuilt: 10 })).toEqual([
      'startedOn:startedOnNotStarted',
      'stage:stageNotStarted',
      'suspendedSince:suspendedNotStarted',
      'percentBuilt:percentNotStarted',
    ]);
  });

  it('keeps dates in order and not after the visit', () => {
    const started = { ...base, started: true, startBasis: 'foundation-pit', constructionPermitNo: 'S1', stage: 'structure', startedOn: '2025-06-01' } as const;
    expect(problems({ ...started, suspendedSince: '2025-05-01' })).toEqual(['suspendedSince:beforeStart']);
    expect(problems({ ...started, suspendedSince: '2026-03-15' })).toEqual(['suspendedSince:afterVisit']);
    expect(problems({ ...started, completedOn: '2026-01-01' })).toEqual(['completedOn:completedOnStage']);
    expect(problems({ ...started, stage: 'completed' })).toEqual(['completedOn:completedOnRequired']);
  });

  it('checks formats, ranges and photo limits', () => {
    expect(problems({ ...base, inspectedAt: '2026-02-30T10:00' })).toEqual(['inspectedAt:custom']);
    expect(problems({ ...base, inspector: '  ' })).toEqual(['inspector:too_small']);
    expect(problems({ ...base, position: { lon: 200, lat: 35, accuracyM: 0, source: 'map' } })).toEqual(['position.lon:too_big', 'position.accuracyM:too_small']);
    expect(problems({ ...base, photos: [{ fileName: 'a.jpg', dataBase64: 'not base64!' }] })).toEqual(['photos.0.dataBase64:invalid_format']);
    const big = 'A'.repeat(Math.ceil(INSPECTION_LIMITS.maxPhotoBytes / 3) * 4 + 4);
    expect(problems({ ...base, photos: [{ fileName: 'a.jpg', dataBase64: big }] })).toEqual(['photos.0.dataBase64:too_big']);
    expect(problems({ ...base, extra: 1 })).toEqual([':unrecognized_keys']);
  });
});
