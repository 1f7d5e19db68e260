import { randomUUID } from 'node:crypto';
import { bboxOf } from '../../shared/domain/geometry';
import { DEFAULT_LOCAL_PARAMETERS } from '../../shared/rules/localParameters';
import type { RuleSet } from '../../shared/rules/ruleSetSchema';
import type { Dataset } from '../../shared/schemas/seed';
import { appendAudit } from './audit';
import type { Db } from './connection';
import { SETTING_KEYS, writeSetting } from './settings';

const bool = (b: boolean) => (b ? 1 : 0);

/** Fills an empty database from the embedded dataset in one transaction: all of it or nothing. */
export function seedDatabase(db: Db, dataset: Dataset, ruleSets: readonly RuleSet[], at: string): void {
  const insertZone = db.prepare(
    `INSERT INTO zones (id, uuid, name, short_name, name_en, level, location, location_note, county, tier, planned_area_ha, leading_industries, boundary)
     VALUES (@id, @uuid, @name, @shortName, @nameEn, @level, @location, @locationNote, @county, @tier, @plannedAreaHa, @industries, @boundary)`,
  );
  const insertCounty = db.prepare('INSERT INTO counties (adcode, name, boundary) VALUES (?, ?, ?)');
  const insertBatch = db.prepare(
    `INSERT INTO batches (id, uuid, approval_no, approval_date, zone_id, approved_area_m2, withdrawn_area_m2, geometry)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertPlot = db.prepare(
    `INSERT INTO plots (id, parcel_no, supervision_no, zone_id, project_name, land_user, credit_code, land_use_code, industry_code,
       project_type, land_area_m2, geometry, batch_id, updated_at, min_lon, min_lat, max_lon, max_lat)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertContract = db.prepare(
    `INSERT INTO contracts (id, plot_id, supply_method, contract_date, land_price_wan, agreed_start_date, agreed_completion_date,
       actual_start_date, actual_completion_date, suspended_since, developed_area_share, invested_share, government_cause,
       government_cause_reason, agreed_plot_ratio_min, agreed_plot_ratio_max, committed_investment_wan)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMetrics = db.prepare(
    `INSERT INTO plot_metrics (plot_id, year, operating, floor_area_m2, building_footprint_m2, fixed_investment_wan, annual_tax_wan,
       output_wan, added_value_wan, employees) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertRuleSet = db.prepare('INSERT INTO rule_sets (id, version, effective_from, definition) VALUES (?, ?, ?, ?)');

  db.transaction(() => {
    for (const z of dataset.zones) {
      insertZone.run({
        ...z,
        uuid: randomUUID(),
        industries: JSON.stringify(z.leadingIndustries),
        boundary: JSON.stringify(z.boundary),
      });
    }
    for (const c of dataset.counties) insertCounty.run(c.adcode, c.name, JSON.stringify(c.boundary));
    for (const b of dataset.batches) {
      insertBatch.run(b.id, randomUUID(), b.approvalNo, b.approvalDate, b.zoneId, b.approvedAreaM2, b.withdrawnAreaM2, JSON.stringify(b.geometry));
    }
    for (const p of dataset.plots) {
      const [minLon, minLat, maxLon, maxLat] = bboxOf(p.geometry);
      insertPlot.run(
        p.id, p.parcelNo, p.supervisionNo, p.zoneId, p.projectName, p.landUser, p.creditCode, p.landUseCode, p.industryCode,
        p.projectType, p.landAreaM2, JSON.stringify(p.geometry), p.batchId, at, minLon, minLat, maxLon, maxLat,
      );
      const c = p.contract;
      insertContract.run(
        randomUUID(), p.id, c.supplyMethod, c.contractDate, c.landPriceWan, c.agreedStartDate, c.agreedCompletionDate,
        c.actualStartDate, c.actualCompletionDate, c.suspendedSince, c.developedAreaShare, c.investedShare, bool(c.governmentCause),
        c.governmentCauseReason, c.agreedPlotRatioMin, c.agreedPlotRatioMax, c.committedInvestmentWan,
      );
      for (const m of p.metrics) {
        insertMetrics.run(
          p.id, m.year, bool(m.operating), m.floorAreaM2, m.buildingFootprintM2, m.fixedInvestmentWan, m.annualTaxWan,
          m.outputWan, m.addedValueWan, m.employees,
        );
      }
    }
    for (const r of ruleSets) insertRuleSet.run(r.id, r.version, r.effectiveFrom, JSON.stringify(r));
    const first = ruleSets[0];
    if (!first) throw new Error('at least one rule set is needed');
    writeSetting(db, SETTING_KEYS.dataset, dataset.meta);
    writeSetting(db, SETTING_KEYS.activeRuleSet, { id: first.id, version: first.version });
    writeSetting(db, SETTING_KEYS.localParameters, DEFAULT_LOCAL_PARAMETERS);
    appendAudit(db, at, {
      actor: 'system',
      action: 'seed',
      table: 'plots',
      newValue: { zones: dataset.zones.length, plots: dataset.plots.length, batches: dataset.batches.length },
      reason: 'embedded illustrative dataset',
    });
  })();
}
