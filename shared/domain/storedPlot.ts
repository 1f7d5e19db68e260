import type { Bbox } from './geometry';
import type { ContractSeed, MetricsSeed } from '../schemas/seed';
import type { ProjectType, ZoneLevel, ZoneLocation } from './enums';

/** A plot as the database holds it: attributes, its supply contract and its yearly metrics. */
export interface StoredPlot {
  id: string;
  parcelNo: string;
  supervisionNo: string | null;
  zoneId: string;
  projectName: string;
  landUser: string | null;
  creditCode: string | null;
  landUseCode: string | null;
  industryCode: string | null;
  projectType: ProjectType;
  landAreaM2: number;
  batchId: string | null;
  bbox: Bbox;
  contract: ContractSeed | null;
  metrics: MetricsSeed[];
}

export interface ZoneRef {
  id: string;
  name: string;
  level: ZoneLevel;
  location: ZoneLocation;
}
