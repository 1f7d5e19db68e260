import { z } from 'zod';
import { IsoDateSchema } from '../../domain/dates';
import { ReportSettings, ZoneReport } from '../../report/reportViews';

export const REPORT_METHODS = {
  'report.zone': { input: z.object({ asOf: IsoDateSchema, zoneId: z.string().min(1) }).strict(), output: ZoneReport },
  'report.settings.get': { input: z.object({}).strict(), output: ReportSettings },
  'report.settings.set': { input: ReportSettings, output: ReportSettings },
} as const;
