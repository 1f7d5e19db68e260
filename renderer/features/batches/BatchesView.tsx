import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AgeBucket } from '../../../shared/domain/enums';
import { ageBucketLabel } from '../../../shared/rules/ageBucketLabel';
import { useApiQuery } from '../../api/useApiQuery';
import { useAppData } from '../../app/AppData';
import { batchTotals, batchTotalsByZone } from '../../../shared/rules/batchTotals';
import { fmtM2AsMu, fmtMu, fmtPercent } from '../../i18n/format';
import { zoneShortLabel } from '../../i18n/zoneLabel';
import { useAppState } from '../../stores/appStore';
import { useRevision } from '../../stores/revisionStore';
import '../idle-land/idleLand.css';
import { BatchMap } from './BatchMap';
import { BatchPlots } from './BatchPlots';
import { UnsuppliedRatesStrip } from './UnsuppliedRatesStrip';

/** 批而未供: per-zone totals with age buckets, every batch with its unsupplied area and supply rate, outlines on a map. */
export function BatchesView() {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const { batches, zones, zonesById, asOf } = useAppData();
  const revision = useRevision();
  const bucketYears = useApiQuery('settings.local.get', {}, revision).data?.ageBucketYears;
  // Nothing rather than the default years until the settings in force have arrived.
  const bucketName = (b: AgeBucket) => (bucketYears ? ageBucketLabel(b, bucketYears)[lang] : '');
  const [zoneId, setZoneId] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const summary = useMemo(() => batchTotalsByZone(batches ?? []).sort((a, b) => b.unsuppliedMu - a.unsuppliedMu), [batches]);
  const totals = useMemo(() => batchTotals(batches ?? []), [batches]);
  const shown = (batches ?? []).filter((b) => zoneId === '' || b.zoneId === zoneId);
  const batch = (batches ?? []).find((b) => b.id === selected) ?? null;
  const zoneName = (id: string) => {
    const zone = zonesById.get(id);
    return zone ? zoneShortLabel(zone, lang) : id;
  };

  return (
    <main className="idle-view" data-testid="batches-view">
      <div className="idle-view__toolbar">
        <h2 className="section-title">{t('batches.heading')}</h2>
        <label>
          {t('batches.zone')}
          <select value={zoneId} onChange={(e) => setZoneId(e.target.value)} data-testid="batches-zone">
            <option value="">{t('warnings.allZones')}</option>
            {(zones ?? []).map((z) => (
              <option key={z.id} value={z.id}>{zoneShortLabel(z, lang)}</option>
            ))}
          </select>
        </label>
      </div>
      {zones && batches && <UnsuppliedRatesStrip zones={zones} citySupplyRate={totals.supplyRate} zoneId={zoneId} asOf={asOf} />}
      <div className="idle-view__body idle-view__body--batches">
        <div className="idle-view__pane">
          <h3 className="panel-section__title">{t('batches.zoneSummary')}</h3>
          <table className="idle-table" data-testid="batch-zone-summary">
            <thead>
              <tr>
                <th>{t('batches.zone')}</th>
                <th className="num">{t('batches.batchCount')}</th>
                <th className="num">{t('batches.approved')}</th>
                <th className="num">{t('batches.unsupplied')}</th>
                <th className="num">{t('batches.supplyRate')}</th>
                {AgeBucket.options.map((b) => (
                  <th key={b} className="num">{bucketName(b)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {summary.map((s) => (
                <tr key={s.zoneId} className={`is-clickable${s.zoneId === zoneId ? ' is-selected' : ''}`} onClick={() => setZoneId(s.zoneId === zoneId ? '' : s.zoneId)}>
                  <td>{zoneName(s.zoneId)}</td>
                  <td className="num">{s.batches}</td>
                  <td className="num">{fmtM2AsMu(s.approvedAreaM2, lang, 1)}</td>
                  <td className="num">{fmtMu(s.unsuppliedMu, lang)}</td>
                  <td className="num">{fmtPercent(s.supplyRate, lang)}</td>
                  {AgeBucket.options.map((b) => (
                    <td key={b} className="num">{fmtMu(s.unsuppliedMuByBucket[b], lang)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td>{t('batches.total')}</td>
                <td className="num">{totals.batches}</td>
                <td className="num">{fmtM2AsMu(totals.approvedAreaM2, lang, 1)}</td>
                <td className="num">{fmtMu(totals.unsuppliedMu, lang)}</td>
                <td className="num">{fmtPercent(totals.supplyRate, lang)}</td>
                {AgeBucket.options.map((b) => (
                  <td key={b} className="num">{fmtMu(totals.unsuppliedMuByBucket[b], lang)}</td>
                ))}
              </tr>
            </tfoot>
          </table>
          <h3 className="panel-section__title">{t('batches.list')}</h3>
          <table className="idle-table" data-testid="batch-table">
            <thead>
              <tr>
                <th>{t('batches.approvalNo')}</th>
                <th>{t('batches.approvalDate')}</th>
                <th>{t('batches.zone')}</th>
                <th className="num">{t('batches.approved')}</th>
                <th className="num">{t('batches.supplied')}</th>
                <th className="num">{t('batches.withdrawn')}</th>
                <th className="num">{t('batches.unsupplied')}</th>
                <th className="num">{t('batches.supplyRate')}</th>
                <th>{t('batches.age')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((b) => (
                <tr key={b.id} className={`is-clickable${b.id === selected ? ' is-selected' : ''}`} onClick={() => setSelected(b.id)} data-testid="batch-row" data-batch-id={b.id}>
                  <td className="mono">{b.approvalNo}</td>
                  <td>{b.approvalDate}</td>
                  <td>{zoneName(b.zoneId)}</td>
                  <td className="num">{fmtM2AsMu(b.approvedAreaM2, lang, 1)}</td>
                  <td className="num">{fmtM2AsMu(b.suppliedAreaM2, lang, 1)}</td>
                  <td className="num">{fmtM2AsMu(b.withdrawnAreaM2, lang, 1)}</td>
                  <td className="num">{fmtMu(b.unsuppliedMu, lang)}</td>
                  <td className="num">{fmtPercent(b.supplyRate, lang)}</td>
                  <td>{bucketName(b.bucket)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="idle-view__pane">
          <BatchMap zoneId={zoneId} selected={selected} onSelect={setSelected} bucketName={bucketName} />
          <BatchPlots batch={batch} />
        </div>
      </div>
    </main>
  );
}
