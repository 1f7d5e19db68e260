import type { WarningsView } from '../../../shared/api/idleLandViews';
import type { IsoDate } from '../../../shared/domain/dates';
import { agendaOf, type AgendaCase, type AgendaPlot } from '../../../shared/rules/agenda';
import { TERMINAL_STATES } from '../../../shared/rules/disposalCase';
import type { Db } from '../../db/connection';
import { loadCases } from '../../db/queries/cases';
import { loadGovernmentGrounds } from '../../db/queries/contractProgress';
import { assessAllPlots } from '../assessments';

/** Every supplied plot's lifecycle as of the date, and the agenda of what falls due within the horizon. */
export function warningsOf(db: Db, asOf: IsoDate, horizonDays: number): WarningsView {
  // The city's assessment as of the date is the one zones.list and plots.columns share (cached until the data changes).
  const assessed = assessAllPlots(db, asOf).filter((a) => a.assessment.lifecycle !== null);
  const grounds = loadGovernmentGrounds(db);
  const openCases = loadCases(db).filter((c) => !TERMINAL_STATES.includes(c.state) && c.openedOn <= asOf);
  const caseByPlot = new Map(openCases.map((c) => [c.plotId, c]));
  const rows = assessed.flatMap(({ plot, assessment: a }) => {
    const l = a.lifecycle;
    const c = plot.contract;
    if (!l || !c) return [];
    const kase = caseByPlot.get(plot.id);
    return [
      {
        plotId: plot.id,
        parcelNo: plot.parcelNo,
        landUser: plot.landUser,
        zoneId: plot.zoneId,
        status: l.status,
        keyDate: l.keyDate,
        agreedStartDate: c.agreedStartDate,
        agreedCompletionDate: c.agreedCompletionDate,
        idleSince: l.idleSince,
        reclaimableFrom: l.reclaimableFrom,
        feeWan: l.feeWan,
        governmentCause: c.governmentCause,
        governmentGround: c.governmentCause ? (grounds.get(plot.id) ?? null) : null,
        governmentReason: c.governmentCause ? c.governmentCauseReason : null,
        caseId: kase?.id ?? null,
        caseState: kase?.state ?? null,
      },
    ];
  });
  const agendaPlots: AgendaPlot[] = assessed.flatMap(({ plot, ruleSet }) =>
    plot.contract ? [{ input: { ...plot.contract, id: plot.id }, law: ruleSet.lifecycle }] : [],
  );
  // Case steps dated after the as-of date have not happened yet as of it.
  const agendaCases: AgendaCase[] = openCases.map((c) => ({ id: c.id, plotId: c.plotId, steps: c.steps.filter((s) => s.date <= asOf) }));
  const byId = new Map(assessed.map((a) => [a.plot.id, a.plot]));
  const agenda = agendaOf(agendaPlots, agendaCases, asOf, horizonDays).flatMap((item) => {
    const p = byId.get(item.plotId);
    return p ? [{ ...item, parcelNo: p.parcelNo, zoneId: p.zoneId, landUser: p.landUser }] : [];
  });
  return { asOf, horizonDays, rows, agenda };
}
