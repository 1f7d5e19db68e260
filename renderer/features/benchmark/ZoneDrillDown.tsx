import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GradedEnterpriseView, RankingReport } from '../../../shared/api/benchmarkViews';
import { useAppData } from '../../app/AppData';
import { Badge } from '../../components/Badge';
import { STATUS_TONE } from '../../components/statusTone';
import { fmtM2AsMu, fmtNumber } from '../../i18n/format';
import { useAppState } from '../../stores/appStore';
import { useBenchActions } from './benchmarkStore';
import { CLASS_TONE } from './palette';

/** One side of the drill-down: a heading with its count over a scrolling compact table. */
function DrillColumn({ title, count, testId, children }: { title: string; count: string; testId: string; children: ReactNode }) {
  return (
    <div>
      <h3 className="drill__title">
        {title} <small className="muted">{count}</small>
      </h3>
      <div className="drill__scroll">
        <table className="bench-table bench-table--compact" data-testid={testId}>
          <tbody>{children}</tbody>
        </table>
      </div>
    </div>
  );
}

/** A zone's enterprises (with their grading class) and its plots on the books, side by side. */
export function ZoneDrillDown({ zoneId, ranking, enterprises }: { zoneId: string; ranking: RankingReport; enterprises: GradedEnterpriseView[] }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const { plots } = useAppData();
  const { drill, openEnterprise } = useBenchActions();
  const zone = ranking.zones.find((z) => z.id === zoneId);
  if (!zone) return null;
  const own = enterprises.filter((e) => e.zoneIds.includes(zoneId));
  const zonePlots = (plots ?? []).filter((p) => p.zoneId === zoneId);
  const classOf = new Map(own.map((e) => [e.creditCode, e]));
  return (
    <section className="bench-card drill" data-testid="zone-drill">
      <header className="bench-card__head">
        <h2 className="section-title">{t('bench.drill', { zone: lang === 'zh' ? zone.name : zone.nameEn })}</h2>
        <span className="muted">
          {t('bench.score')} {fmtNumber(zone.score, lang, 1)} · {t('bench.rank')} {zone.rank}
        </span>
        <button type="button" className="link-button" onClick={() => drill(null)}>
          {t('bench.close')}
        </button>
      </header>
      <div className="drill__grid">
        <DrillColumn title={t('bench.enterprises')} count={fmtNumber(own.length, lang)} testId="drill-enterprises">
          {own.map((e) => (
            <tr key={e.creditCode} onClick={() => openEnterprise(e.creditCode)}>
              <td>
                <Badge tone={CLASS_TONE[e.class]}>{e.class === 'ungraded' ? t('bench.class_ungraded') : e.class}</Badge>
              </td>
              <td className="ellipsis">{e.landUser}</td>
              <td className="num">{fmtNumber(e.indicators.taxPerMu, lang, 2)}</td>
              <td className="num strong">{fmtNumber(e.score, lang, 1)}</td>
            </tr>
          ))}
        </DrillColumn>
        <DrillColumn title={t('bench.plots')} count={fmtNumber(zonePlots.length, lang)} testId="drill-plots">
          {zonePlots.map((p) => {
            const e = p.creditCode === null ? undefined : classOf.get(p.creditCode);
            return (
              <tr key={p.id}>
                <td className="mono">{p.parcelNo}</td>
                <td className="ellipsis">{p.landUser}</td>
                <td className="num">{fmtM2AsMu(p.landAreaM2, lang, 1)}</td>
                <td>
                  <Badge tone={STATUS_TONE[p.status]}>{t(`status.${p.status}`)}</Badge>
                </td>
                <td>{e ? <Badge tone={CLASS_TONE[e.class]}>{e.class === 'ungraded' ? '—' : e.class}</Badge> : null}</td>
              </tr>
            );
          })}
        </DrillColumn>
      </div>
    </section>
  );
}
