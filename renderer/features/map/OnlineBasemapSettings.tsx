import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OnlineBasemap } from '../../../shared/geo/onlineBasemap';
import { describeIssuesZh } from '../../../shared/schemas/issuesZh';
import { useLandApi } from '../../api/ApiContext';
import { describeError, errorText } from '../../api/ApiCallError';
import { useApiQuery } from '../../api/useApiQuery';
import { useAppState } from '../../stores/appStore';

type Kind = OnlineBasemap['kind'];
interface Draft {
  kind: Kind;
  key: string;
  layer: 'vec' | 'img';
  labels: boolean;
  reviewNumber: string;
  url: string;
  subdomains: string;
  datum: 'cgcs2000' | 'gcj02';
  attribution: string;
  maxZoom: string;
}

function draftOf(s: OnlineBasemap): Draft {
  const empty: Draft = { kind: s.kind, key: '', layer: 'vec', labels: true, reviewNumber: '', url: '', subdomains: '', datum: 'cgcs2000', attribution: '', maxZoom: '18' };
  if (s.kind === 'tianditu') return { ...empty, key: s.key, layer: s.layer, labels: s.labels, reviewNumber: s.reviewNumber };
  if (s.kind === 'xyz') return { ...empty, url: s.url, subdomains: s.subdomains, datum: s.datum, attribution: s.attribution, maxZoom: String(s.maxZoom) };
  return empty;
}

function candidate(d: Draft): unknown {
  if (d.kind === 'tianditu') return { kind: d.kind, key: d.key, layer: d.layer, labels: d.labels, reviewNumber: d.reviewNumber };
  if (d.kind === 'xyz') return { kind: d.kind, url: d.url, subdomains: d.subdomains, datum: d.datum, attribution: d.attribution, maxZoom: Number(d.maxZoom) };
  return { kind: 'none' };
}

/**
 * Chooses the online basemap: none (offline), Tianditu with the user's own key, or a bureau XYZ server with its datum.
 * Saving reloads the page, because the page's CSP pins exactly the tile hosts of the setting it was loaded with.
 */
export function OnlineBasemapSettings({ current, onClose }: { current: OnlineBasemap; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useLandApi();
  const [d, setD] = useState<Draft>(() => draftOf(current));
  const lang = useAppState((s) => s.lang);
  const [error, setError] = useState<{ message: string; messageZh?: string | undefined } | null>(null);
  const [saving, setSaving] = useState(false);
  // The audit row names the user entered under 预警 (settings.user), as the case work does; the default actor otherwise.
  const user = useApiQuery('settings.user.get', {}).data?.name ?? null;
  const set = (patch: Partial<Draft>) => setD((x) => ({ ...x, ...patch }));

  const save = () => {
    const parsed = OnlineBasemap.safeParse(candidate(d));
    if (!parsed.success) {
      setError({ message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), messageZh: describeIssuesZh(parsed.error, '').join('；') });
      return;
    }
    setSaving(true);
    setError(null);
    api['map.onlineBasemap.set']({ source: parsed.data, ...(user ? { author: user } : {}) }).then(
      () => window.location.reload(),
      (e: unknown) => {
        setError(describeError(e));
        setSaving(false);
      },
    );
  };

  return (
    <div className="map-online" data-testid="online-basemap-settings">
      <div className="map-online__title">{t('onlineBasemap.title')}</div>
      <label>
        {t('onlineBasemap.source')}{' '}
        <select value={d.kind} data-testid="online-kind" onChange={(e) => set({ kind: e.target.value as Kind })}>
          <option value="none">{t('onlineBasemap.none')}</option>
          <option value="tianditu">{t('onlineBasemap.tianditu')}</option>
          <option value="xyz">{t('onlineBasemap.xyz')}</option>
        </select>
      </label>
      {d.kind === 'none' && <p className="map-online__note">{t('onlineBasemap.noneNote')}</p>}
      {d.kind === 'tianditu' && (
        <>
          <label>
            {t('onlineBasemap.key')} <input value={d.key} data-testid="online-key" size={34} spellCheck={false} onChange={(e) => set({ key: e.target.value })} />
          </label>
          <label>
            {t('onlineBasemap.tiandituLayer')}{' '}
            <select value={d.layer} data-testid="online-layer" onChange={(e) => set({ layer: e.target.value === 'img' ? 'img' : 'vec' })}>
              <option value="vec">{t('onlineBasemap.vec')}</option>
              <option value="img">{t('onlineBasemap.img')}</option>
            </select>
          </label>
          <label>
            <input type="checkbox" checked={d.labels} data-testid="online-labels" onChange={(e) => set({ labels: e.target.checked })} /> {t('onlineBasemap.labels')}
          </label>
          <label>
            {t('onlineBasemap.reviewNumber')} <input value={d.reviewNumber} data-testid="online-review" placeholder="GS(20xx)xxxx号" onChange={(e) => set({ reviewNumber: e.target.value })} />
          </label>
          <p className="map-online__note">{t('onlineBasemap.tiandituNote')}</p>
        </>
      )}
      {d.kind === 'xyz' && (
        <>
          <label>
            {t('onlineBasemap.url')} <input value={d.url} data-testid="online-url" size={40} spellCheck={false} placeholder="https://tiles.example.gov.cn/{z}/{x}/{y}.png" onChange={(e) => set({ url: e.target.value })} />
          </label>
          <label>
            {t('onlineBasemap.subdomains')} <input value={d.subdomains} data-testid="online-subdomains" size={8} onChange={(e) => set({ subdomains: e.target.value })} />
          </label>
          <label>
            {t('onlineBasemap.datum')}{' '}
            <select value={d.datum} data-testid="online-datum" onChange={(e) => set({ datum: e.target.value === 'gcj02' ? 'gcj02' : 'cgcs2000' })}>
              <option value="cgcs2000">{t('onlineBasemap.cgcs2000')}</option>
              <option value="gcj02">{t('onlineBasemap.gcj02')}</option>
            </select>
          </label>
          <label>
            {t('onlineBasemap.attribution')} <input value={d.attribution} data-testid="online-attribution" onChange={(e) => set({ attribution: e.target.value })} />
          </label>
          <label>
            {t('onlineBasemap.maxZoom')} <input type="number" min={1} max={22} value={d.maxZoom} data-testid="online-maxzoom" onChange={(e) => set({ maxZoom: e.target.value })} />
          </label>
          <p className="map-online__note">{t(d.datum === 'gcj02' ? 'onlineBasemap.gcjNote' : 'onlineBasemap.cgcsNote')}</p>
        </>
      )}
      {error && (
        <p className="map-online__error" role="alert" data-testid="online-error">
          {errorText(error, lang)}
        </p>
      )}
      <div className="map-online__buttons">
        <button type="button" data-testid="online-save" disabled={saving} onClick={save}>
          {t('onlineBasemap.save')}
        </button>
        <button type="button" onClick={onClose}>
          {t('onlineBasemap.cancel')}
        </button>
      </div>
    </div>
  );
}
