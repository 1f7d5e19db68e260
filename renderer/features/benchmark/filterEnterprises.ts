import type { GradedEnterpriseView } from '../../../shared/api/benchmarkViews';
import type { ClassFilter, SizeFilter } from './benchmarkStore';

export interface EnterpriseFilters {
  classFilter: ClassFilter;
  zoneFilter: string;
  sizeFilter: SizeFilter;
  text: string;
}

export function filterEnterprises(list: readonly GradedEnterpriseView[], f: EnterpriseFilters): GradedEnterpriseView[] {
  const needle = f.text.trim().toLowerCase();
  return list.filter(
    (e) =>
      (f.classFilter === 'all' || e.class === f.classFilter) &&
      (f.zoneFilter === 'all' || e.zoneIds.includes(f.zoneFilter)) &&
      (f.sizeFilter === 'all' || e.aboveSize === (f.sizeFilter === 'above')) &&
      (needle === '' || e.landUser.toLowerCase().includes(needle) || e.creditCode.toLowerCase().includes(needle)),
  );
}
