import { useTranslation } from 'react-i18next';
import type { AreaGeometry } from '../../../shared/domain/geometry';
import { INSPECTION_LIMITS } from '../../../shared/schemas/inspection';
import { fileToBase64 } from '../../components/fileBytes';
import type { FormState } from './draft';
import type { SetField } from './InspectionForm';
import { PositionMiniMap } from './PositionMiniMap';

interface Props {
  state: FormState;
  set: SetField;
  geometry: AreaGeometry;
  issueOf: (f: keyof FormState) => { key: string } | undefined;
}

/** Position (typed, or picked on a small map of the plot) with its accuracy, and the photos to upload. */
export function PositionAndPhotos({ state, set, geometry, issueOf }: Props) {
  const { t } = useTranslation();
  const num = (key: 'lon' | 'lat' | 'accuracyM', label: string) => (
    <label>
      {label}
      <input
        type="number"
        step="any"
        className={issueOf(key) ? 'is-invalid' : undefined}
        value={state[key]}
        data-testid={`ins-${key}`}
        onChange={(e) => {
          set(key, e.target.value);
          if (key !== 'accuracyM') set('positionSource', 'entered');
        }}
      />
      {issueOf(key) && <span className="ins-form__issue">{t(`inspection.issue.${issueOf(key)?.key ?? 'invalid'}`)}</span>}
    </label>
  );
  const addPhotos = async (files: FileList | null) => {
    const picked = await Promise.all([...(files ?? [])].map(async (f) => ({ fileName: f.name, dataBase64: await fileToBase64(f), bytes: f.size })));
    set('photos', [...state.photos, ...picked]);
  };
  const lon = Number(state.lon);
  const lat = Number(state.lat);
  const point: [number, number] | null = state.lon.trim() !== '' && state.lat.trim() !== '' && Number.isFinite(lon) && Number.isFinite(lat) ? [lon, lat] : null;
  return (
    <>
      <span className="ins-form__wide panel-section__title">{t('inspection.position')}</span>
      {num('lon', t('inspection.lon'))}
      {num('lat', t('inspection.lat'))}
      {num('accuracyM', t('inspection.accuracy'))}
      <span className="muted">{t(`inspection.source.${state.positionSource}`)} · {t('inspection.pickHint')}</span>
      <PositionMiniMap
        geometry={geometry}
        point={point}
        onPick={([x, y]) => {
          set('lon', x.toFixed(6));
          set('lat', y.toFixed(6));
          set('positionSource', 'map');
        }}
      />
      <label className="ins-form__wide">
        {t('inspection.photos')} <span className="muted">{t('inspection.photosHint')}</span>
        <input type="file" accept="image/jpeg,image/png" multiple data-testid="ins-photos" onChange={(e) => void addPhotos(e.target.files)} />
        {issueOf('photos') && <span className="ins-form__issue">{t('inspection.issue.tooMany')}</span>}
      </label>
      {state.photos.length > 0 && (
        <ul className="ins-photos ins-form__wide" data-testid="ins-photo-list">
          {state.photos.map((p, i) => (
            <li key={`${p.fileName}-${i}`}>
              {p.fileName} <span className="muted">{(p.bytes / 1024).toFixed(0)} KB{p.bytes > INSPECTION_LIMITS.maxPhotoBytes ? ' ⚠' : ''}</span>
              <button type="button" className="link-button" onClick={() => set('photos', state.photos.filter((_, j) => j !== i))}>{t('inspection.remove')}</button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
