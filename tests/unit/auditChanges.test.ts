import { describe, expect, it } from 'vitest';
import { auditChanges, fieldKey } from '../../shared/audit/auditChanges';

describe('audit values as field changes', () => {
  it('an import update lists only the fields it changed, without bookkeeping columns', () => {
    const old = JSON.stringify({ land_user: '甲公司', land_area_m2: 1000, zone_id: 'Z1', updated_at: '2025-01-01' });
    const next = JSON.stringify({ land_user: '乙公司', land_area_m2: 1000, zone_id: 'Z1', updated_at: '2026-11-27', min_lon: 115 });
    expect(auditChanges(null, old, next)).toEqual([{ field: 'land_user', old: '甲公司', new: '乙公司' }]);
  });

  it('a creation lists what it set, with no old side', () => {
    expect(auditChanges(null, null, JSON.stringify({ id: 'x', parcel_no: 'A-1', operating: 1 }))).toEqual([
      { field: 'parcel_no', old: undefined, new: 'A-1' },
      { field: 'operating', old: undefined, new: 1 },
    ]);
  });

  it('a one-field row is one change, whatever its values; a field cleared shows null', () => {
    expect(auditChanges('state', '"suspected"', '"investigation-notice"')).toEqual([{ field: 'state', old: 'suspected', new: 'investigation-notice' }]);
    expect(auditChanges('actualStartDate', '"2024-05-01"', 'null')).toEqual([{ field: 'actualStartDate', old: '2024-05-01', new: null }]);
    expect(auditChanges(null, null, null)).toEqual([]);
  });

  it('names fields the same whether stored snake_case or camelCase, with the unit apart', () => {
    expect(fieldKey('land_area_m2')).toEqual({ key: 'landArea', unit: 'm2' });
    expect(fieldKey('annual_tax_wan')).toEqual({ key: 'annualTax', unit: 'wan' });
    expect(fieldKey('agreedStartDate')).toEqual({ key: 'agreedStartDate', unit: null });
    expect(fieldKey('parcel_no')).toEqual({ key: 'parcelNo', unit: null });
  });
});
