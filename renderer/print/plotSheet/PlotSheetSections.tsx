import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/domain/enums';
import { fmtDate, fmtNumber } from '../../i18n/format';
import { failingValueText, gapText, lifecycleLabel, metricValueText, metricWithUnit, paren, standardText } from '../labels';
import { fill } from '../printText';
import type { PlotSheetData } from './loadPlotSheets';
import { PLOT_SHEET_TEXT } from './plotSheetText';

type Props = { sheet: PlotSheetData; lang: Lang };
type Finding = PlotSheetData['detail']['evaluation']['findings'][number];

/** The finding's sentence with the rule set's name cut out of its citation (the sheet names the source once, below). */
function shortText(f: Finding, lang: Lang): string {
  if (lang === 'en') return f.textEn.replace(` Source: ${f.sourceEn}.`, '');
  return f.text.replace(`${f.source}（“`, '“').replace(/”）$/, '”');
}

/** Every finding with its figures, then the engine's own sentence (which quotes the standard's wording). */
export function FindingsBlock({ sheet, lang }: Props) {
  const { t } = useTranslation();
  const s = PLOT_SHEET_TEXT[lang];
  const { findings, ruleSet } = sheet.detail.evaluation;
  return (
    <div className="sheet-block">
      <h3>{`${s.evaluation} · ${ruleSet.name[lang]}`}</h3>
      {findings.length === 0 ? (
        <p>{s.noFindings}</p>
      ) : (
        <table className="data sheet-findings" data-testid="sheet-findings">
          <thead>
            <tr>
              <th>{t('panel.metric')}</th>
              <th className="num">{t('panel.value')}</th>
              <th className="num">{t('panel.standard')}</th>
              <th className="num">{t('panel.gap')}</th>
              <th>{t('panel.result')}</th>
              <th className="sheet-finding-text">{s.explanation}</th>
            </tr>
          </thead>
          <tbody>
            {findings.map((f) => (
              <tr key={f.ruleId}>
                <td className="nowrap">{metricWithUnit(f.metric, lang)}</td>
                <td className="num">{f.result === 'fail' ? failingValueText(f.metric, f.value, f.threshold, lang) : metricValueText(f.metric, f.value, lang, false)}</td>
                <td className="num">{standardText(f.metric, f.comparator, f.threshold, lang, false)}</td>
                <td className="num">{f.result === 'fail' ? gapText(f.metric, f.gap, lang) : '—'}</td>
                <td className={f.result === 'fail' ? 'flag nowrap' : 'nowrap'}>{t(`result.${f.result}`)}</td>
                <td className="sheet-finding-text">{shortText(f, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {findings[0] && <p className="note">{`${s.sourceNote}${lang === 'zh' ? findings[0].source : findings[0].sourceEn}`}</p>}
    </div>
  );
}

/** The lifecycle status, its sentence, and the legal dates it rests on. */
export function LifecycleBlock({ sheet, lang }: Props) {
  const { t } = useTranslation();
  const s = PLOT_SHEET_TEXT[lang];
  const { lifecycle: l, contract: c } = sheet.detail;
  if (!l || !c) {
    return (
      <div className="sheet-block">
        <h3>{s.lifecycle}</h3>
        <p>{c && !sheet.detail.plot.supplied ? s.notSuppliedLifecycle : s.noLifecycle}</p>
      </div>
    );
  }
  const cells: [string, string][] = [
    [t('panel.agreedStart'), fmtDate(c.agreedStartDate)],
    [t('panel.actualStart'), fmtDate(c.actualStartDate)],
    [t('panel.agreedCompletion'), fmtDate(c.agreedCompletionDate)],
    [t('panel.actualCompletion'), fmtDate(c.actualCompletionDate)],
    [t('panel.suspended'), fmtDate(c.suspendedSince)],
    [t('panel.idleSince'), fmtDate(l.idleSince)],
    [t('panel.reclaimableFrom'), fmtDate(l.reclaimableFrom)],
    [`${t('panel.fee')}${paren(t('units.wan'), lang)}`, fmtNumber(l.feeWan, lang, 2)],
  ];
  return (
    <div className="sheet-block" data-testid="sheet-lifecycle">
      <h3>{`${s.lifecycle} · ${lifecycleLabel(l.status, lang)}`}</h3>
      <p className="sheet-text">{lang === 'zh' ? l.text : l.textEn}</p>
      <table className="data sheet-dates">
        <thead>
          <tr>{cells.map(([k]) => <th key={k}>{k}</th>)}</tr>
        </thead>
        <tbody>
          <tr>{cells.map(([k, v]) => <td key={k} className="date">{v}</td>)}</tr>
        </tbody>
      </table>
    </div>
  );
}

/** The last inspection on record and up to four of its photos. */
export function InspectionBlock({ sheet, lang }: Props) {
  const { t } = useTranslation();
  const s = PLOT_SHEET_TEXT[lang];
  const i = sheet.inspection;
  if (!i) {
    return (
      <div className="sheet-block">
        <h3>{s.lastInspection}</h3>
        <p>{s.noInspection}</p>
      </div>
    );
  }
  const started = i.started ? `${fmtDate(i.startedOn)}${i.startBasis ? ` · ${t(`inspection.basisLabel.${i.startBasis}`)}` : ''}` : s.no;
  const facts: [string, string][] = [
    [t('inspection.inspectedAt'), i.inspectedAt.replace('T', ' ')],
    [t('inspection.inspector'), i.inspector],
    [t('inspection.stage'), `${t(`inspection.stageLabel.${i.stage}`)}${i.percentBuilt === null ? '' : ` · ${fmtNumber(i.percentBuilt, lang, 0)}%`}`],
    [t('inspection.startedOn'), started],
    [t('inspection.developedAreaShare'), i.developedAreaShare === null ? '—' : fmtNumber(i.developedAreaShare * 100, lang, 0)],
    [t('inspection.investedShare'), i.investedShare === null ? '—' : fmtNumber(i.investedShare * 100, lang, 0)],
    [s.permits, [i.planningPermitNo, i.constructionPermitNo].filter(Boolean).join(' / ') || '—'],
  ];
  return (
    <div className="sheet-block" data-testid="sheet-inspection">
      <h3>{`${s.lastInspection} · ${fill(s.inspectionCount, { n: sheet.inspectionCount })}`}</h3>
      <dl className="sheet-facts">
        {facts.map(([k, v], n) => (
          <div key={k} className={n === facts.length - 1 ? 'wide' : undefined}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {i.notes !== '' && <p className="sheet-text sheet-notes">{`${t('inspection.notes')}：${i.notes}`}</p>}
      {sheet.photos.length > 0 && (
        <div className="sheet-photos">
          {sheet.photos.map((p) => (
            <figure key={p.id}>
              <img src={p.src} alt={p.name} />
              <figcaption>
                {p.takenAt ? p.takenAt.replace('T', ' ') : p.name}
                {p.outsidePlotM !== null && <span className="flag">{` · ${fill(s.photoOutside, { m: Math.round(p.outsidePlotM) })}`}</span>}
              </figcaption>
            </figure>
          ))}
        </div>
      )}
    </div>
  );
}

/** Left blank for the inspector to fill in on site. */
export function VisitBox({ lang }: { lang: Lang }) {
  const s = PLOT_SHEET_TEXT[lang];
  return (
    <div className="sheet-visit" data-testid="sheet-visit">
      <h3>{s.visit}</h3>
      <div className="sheet-visit-lines">{s.visitFindings}</div>
      <div className="sheet-visit-sign">
        <span>{s.visitBy}</span>
        <span>{s.visitDate}</span>
      </div>
    </div>
  );
}
