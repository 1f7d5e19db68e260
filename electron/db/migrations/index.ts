import { migration001 } from './001_initial';
import { migration002 } from './002_plot_rtree';
import { migration003 } from './003_inspections_cases';
import { migration004 } from './004_enterprise_reviews';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004];
