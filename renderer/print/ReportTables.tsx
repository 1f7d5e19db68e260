import type { Lang } from '../../shared/domain/enums';
import { overdueTotals } from '../../shared/report/overdueList';
import type { ZoneReport } from '../../shared/report/reportViews';
import { ageBucketLabel } from '../../shared/rules/ageBucketLabel';
import { batchTotals } from '../../shared/rules/batchTotals';
import { fmtDate, fmtM2AsMu, fmtMu, fmtNumber, fmtPercent } from '../i18n/format';
import { failingValueText, gapText, lifecycleLabel, metricWithUnit, paren, standardText } from './labels';
import { REPORT_TEXT } from './printText';
import { UnsuppliedRates } from './UnsuppliedRates';

type Props = { report: ZoneReport; lang: Lang };

/** Parcel number over the land user: one cell, so narrow tables keep room for the figures. */
function PlotCell({ parcelNo, landUser }: { parcelNo: string; landUser: string | null }) {
  return (
    <td>
      <div className="code">{parcelNo}</div>
      <div className="sub">{landUser ?? '—'}</div>
    </td>
  );
}

/** One row per plot (rows never split across pages); a plot's failed rules stacked inside its cells. */
export function NoncompliantTable({ report, lang }: Props) {
  const t = REPORT_TEXT[lang];
  return (
    <div className="page-start">
      <h2>{t.noncompliantHeading}</h2>
      {report.noncompliant.length === 0 ? (
        <p>{t.noncompliantNone}</p>
      ) : (
        <table className="data" data-testid="noncompliant-table">
          <thead>
            <tr>
              <th className="w-plot">{`${t.parcelNo} / ${t.landUser}`}</th>
              <th className="num">{t.areaMu}</th>
              <th>{t.failedRule}</th>
              <th className="num">{t.value}</th>
              <th className="num">{t.standard}</th>
              <th className="num">{t.gap}</th>
            </tr>
          </thead>
          <tbody>
            {report.noncompliant.map((p) => (
              <tr key={p.parcelNo}>
                <PlotCell parcelNo={p.parcelNo} landUser={p.landUser} />
                <td className="num">{fmtM2AsMu(p.landAreaM2, lang)}</td>
                <td>{p.failures.map((f) => <div key={f.ruleId}>{metricWithUnit(f.metric, lang)}</div>)}</td>
                <td className="num">{p.failures.map((f) => <div key={f.ruleId}>{failingValueText(f.metric, f.value, f.threshold, lang)}</div>)}</td>
                <td className="num">{p.failures.map((f) => <div key={f.ruleId}>{standardText(f.metric, f.comparator, f.threshold, lang, false)}</div>)}</td>
                <td className="num">{p.failures.map((f) => <div key={f.ruleId}>{gapText(f.metric, f.gap, lang)}</div>)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

export function IdleTable({ report, lang }: Props) {
  const t = REPORT_TEXT[lang];
  const totals = overdueTotals(report.idle);
  return (
    <div className="section">
      <h2>{t.idleHeading}</h2>
      {report.idle.length === 0 ? (
        <p>{t.idleNone}</p>
      ) : (
        <table className="data" data-testid="idle-table">
          <thead>
            <tr>
              <th className="w-plot">{`${t.parcelNo} / ${t.landUser}`}</th>
              <th className="num">{t.areaMu}</th>
              <th className="w-status">{t.lifecycle}</th>
              <th>{t.agreedStart}</th>
              <th>{t.agreedCompletion}</th>
              <th>{t.idleSince}</th>
              <th>{t.reclaimableFrom}</th>
              <th className="num">{t.fee}</th>
            </tr>
          </thead>
          <tbody>
            {report.idle.map((p) => (
              <tr key={p.parcelNo}>
                <PlotCell parcelNo={p.parcelNo} landUser={p.landUser} />
                <td className="num">{fmtM2AsMu(p.landAreaM2, lang)}</td>
                <td className="keep-all">{lifecycleLabel(p.lifecycle, lang)}</td>
                <td className="date">{fmtDate(p.agreedStartDate)}</td>
                <td className="date">{fmtDate(p.agreedCompletionDate)}</td>
                <td className="date">{fmtDate(p.idleSince)}</td>
                <td className="date">{fmtDate(p.reclaimableFrom)}</td>
                <td className="num">{fmtNumber(p.feeWan, lang, 2)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td>{t.total}</td>
              <td className="num">{fmtM2AsMu(totals.landAreaM2, lang, 2)}</td>
              <td colSpan={5} />
              <td className="num">{fmtNumber(totals.feeWan, lang, 2)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </div>
  );
}

export function BatchTable({ report, lang }: Props) {
  const t = REPORT_TEXT[lang];
  const totals = batchTotals(report.batches);
  return (
    <div className="section">
      <h2>{t.batchesHeading}</h2>
      <UnsuppliedRates report={report} lang={lang} />
      {report.batches.length === 0 ? (
        <p>{t.batchesNone}</p>
      ) : (
        <table className="data" data-testid="batch-table">
          <thead>
            <tr>
              <th>{t.approvalNo}</th>
              <th>{t.approvalDate}</th>
              <th className="num">{t.approvedMu}</th>
              <th className="num">{t.suppliedMu}</th>
              <th className="num">{t.unsuppliedMu}</th>
              <th className="num">{t.supplyRate}</th>
              <th className="num">{t.age}</th>
            </tr>
          </thead>
          <tbody>
            {report.batches.map((b) => (
              <tr key={b.id}>
                <td className="code">{b.approvalNo}</td>
                <td className="date">{b.approvalDate}</td>
                <td className="num">{fmtM2AsMu(b.approvedAreaM2, lang)}</td>
                <td className="num">{fmtM2AsMu(b.suppliedAreaM2, lang)}</td>
                <td className="num">{fmtMu(b.unsuppliedMu, lang, 2)}</td>
                <td className="num">{fmtPercent(b.supplyRate, lang)}</td>
                <td className="num">{`${b.ageYears} ${t.years}${paren(ageBucketLabel(b.bucket, report.ageBucketYears)[lang], lang)}`}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={2}>{t.total}</td>
              <td className="num">{fmtM2AsMu(totals.approvedAreaM2, lang)}</td>
              <td className="num">{fmtM2AsMu(totals.suppliedAreaM2, lang)}</td>
              <td className="num">{fmtMu(totals.unsuppliedMu, lang, 2)}</td>
              <td colSpan={2} />
            </tr>
          </tfoot>
        </table>
      )}
    </div>
  );
}
