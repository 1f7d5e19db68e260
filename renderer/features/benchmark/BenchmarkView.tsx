import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { EnterpriseReview } from '../../../shared/api/benchmarkViews';
import { planTargetsHeading, presetLabel } from '../../../shared/rules/benchmarkLabels';
import { PRESET_IDS, PresetId } from '../../../shared/rules/benchmarkSettings';
import { useAppData } from '../../app/AppData';
import { useApiQuery } from '../../api/useApiQuery';
import { fmtNumber } from '../../i18n/format';
import { useAppState } from '../../stores/appStore';
import './benchmark.css';
import { useBenchActions, useBenchState } from './benchmarkStore';
import { EnterpriseDetail } from './EnterpriseDetail';
import { GradingList } from './GradingList';
import { RankingTables } from './RankingTables';
import { TargetTable } from './TargetTable';
import { TrendCharts } from './TrendCharts';
import { ZoneDrillDown } from './ZoneDrillDown';

const weightsText = (w: Record<string, number>, names: (k: string) => string) =>
  Object.entries(w)
    .filter(([, v]) => v > 0)
    .map(([k, v]) => `${names(k)} ${v}`)
    .join(' / ');

/** How 规下 enterprises are scored, as set: on one indicator only (the default, tax per mu), or by weights. */
function belowSizeRule(w: Record<string, number>, names: (k: string) => string, t: TFunction): string {
  const used = Object.entries(w).filter(([, v]) => v > 0);
  const only = used.length === 1 ? used[0] : undefined;
  return only ? t('bench.belowSizeOnly', { indicator: names(only[0]) }) : t('bench.belowSizeWeights', { weights: weightsText(w, names) });
}

/** 开发区评价: zones ranked in their groups, trends over the years, plan targets, drill-down and enterprise grading. */
export function BenchmarkView() {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const { asOf } = useAppData();
  const { year, preset, zoneId, creditCode } = useBenchState((s) => s);
  const { setYear, setPreset } = useBenchActions();
  const yearInput = year === null ? {} : { year };
  const ranking = useApiQuery('benchmark.ranking', { asOf, ...yearInput });
  const grading = useApiQuery('benchmark.grading', { asOf, preset, ...yearInput });
  const settings = useApiQuery('benchmark.settings.get', {});
  const [saved, setSaved] = useState<Map<string, EnterpriseReview>>(new Map());
  const enterprises = useMemo(
    () =>
      (grading.data?.enterprises ?? []).map((e) => {
        const s = saved.get(`${e.creditCode}/${grading.data?.year}`);
        return s ? { ...e, review: s } : e;
      }),
    [grading.data, saved],
  );
  const r = ranking.data;
  const g = grading.data;
  const open = enterprises.find((e) => e.creditCode === creditCode);
  const name = (k: string) => t(`bench.${k}`);

  return (
    <div className="bench" data-testid="benchmark-view">
      <div className="bench-toolbar">
        <h1 className="bench-toolbar__title">{t('nav.bench')}</h1>
        <label>
          <span>{t('bench.year')}</span>
          <select data-testid="bench-year" value={year ?? ''} onChange={(e) => setYear(e.target.value === '' ? null : Number(e.target.value))}>
            <option value="">{`${t('bench.latest')}${r?.defaultYear ? ` (${r.defaultYear})` : ''}`}</option>
            {(r?.years ?? []).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('bench.preset')}</span>
          <select data-testid="bench-preset" value={preset} onChange={(e) => setPreset(PresetId.parse(e.target.value))}>
            {PRESET_IDS.map((id) => (
              <option key={id} value={id}>
                {settings.data ? presetLabel(id, settings.data.grading.presets[id])[lang] : id}
              </option>
            ))}
          </select>
        </label>
        {(ranking.loading || grading.loading) && <span className="asof__spinner is-on bench-spinner" />}
      </div>
      {r && (
        <div className="bench-grid">
          <section className="bench-card">
            <header className="bench-card__head">
              <h2 className="section-title">{`${t('bench.ranking')} · ${r.year}`}</h2>
            </header>
            <p className="bench-note">
              {t('bench.rankingNote', { weights: weightsText(r.weights, name) })} {t('bench.groupBy', { basis: t(r.groupBy === 'tier' ? 'bench.basisTier' : 'bench.basisOutput') })}
            </p>
            <RankingTables report={r} />
          </section>
          <section className="bench-card">
            <header className="bench-card__head">
              <h2 className="section-title">{t('bench.trends')}</h2>
            </header>
            <p className="bench-note">{t('bench.trendsNote', { from: r.years[0], to: r.years[r.years.length - 1] })}</p>
            <TrendCharts report={r} />
          </section>
        </div>
      )}
      {r && zoneId && <ZoneDrillDown zoneId={zoneId} ranking={r} enterprises={enterprises} />}
      {r && !zoneId && <p className="bench-hint muted">{t('bench.drillHint')}</p>}
      {g && (
        <div className="bench-grid bench-grid--grading">
          <section className="bench-card">
            <header className="bench-card__head">
              <h2 className="section-title">{`${t('bench.grading')} · ${g.year}`}</h2>
            </header>
            <p className="bench-note">
              {t('bench.gradingNote', { cap: g.indicatorCap, weights: weightsText(g.weights, name), belowSizeRule: belowSizeRule(g.belowSizeWeights, name, t) })}{' '}
              {t('bench.benchmarks', { tax: fmtNumber(g.benchmarks.taxPerMu, lang, 2), av: fmtNumber(g.benchmarks.addedValuePerMu, lang, 2), lp: fmtNumber(g.benchmarks.laborProductivity, lang, 2) })}
            </p>
            <GradingList report={g} enterprises={enterprises} />
          </section>
          <section className="bench-card">
            {open ? (
              <EnterpriseDetail report={g} enterprise={open} onSaved={(rv) => setSaved((m) => new Map(m).set(`${rv.creditCode}/${rv.year}`, rv))} />
            ) : (
              <p className="muted">{t('bench.selectEnterprise')}</p>
            )}
          </section>
        </div>
      )}
      {r && (
        <section className="bench-card">
          <header className="bench-card__head">
            <h2 className="section-title">{planTargetsHeading(r.targets.planBaseYear, r.targets.targetYear)[lang]}</h2>
          </header>
          <TargetTable report={r} />
        </section>
      )}
    </div>
  );
}
