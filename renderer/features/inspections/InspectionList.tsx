import { useTranslation } from 'react-i18next';
import type { InspectionView, PhotoView } from '../../../shared/api/idleLandViews';
import { useApiQuery } from '../../api/useApiQuery';

function PhotoThumb({ photo }: { photo: PhotoView }) {
  const { t } = useTranslation();
  const { data } = useApiQuery('inspections.photo', { photoId: photo.id });
  const outside = photo.outsidePlotM !== null;
  return (
    <figure className={outside ? 'ins-thumb ins-thumb--outside' : 'ins-thumb'} data-testid="ins-photo" data-sha256={photo.sha256}>
      {data ? <img src={`data:${data.mime};base64,${data.dataBase64}`} alt={photo.originalName} /> : <img alt="" />}
      <figcaption>
        {photo.takenAt ? photo.takenAt.replace('T', ' ') : t('inspection.noExif')}
        {outside && <div className="form-error">{t('inspection.photoOutside', { m: Math.round(photo.outsidePlotM ?? 0) })}</div>}
      </figcaption>
    </figure>
  );
}

/** The plot's inspections, newest first, with what was seen and the photos. */
export function InspectionList({ inspections }: { inspections: InspectionView[] }) {
  const { t } = useTranslation();
  if (inspections.length === 0) return <p className="muted">{t('inspection.none')}</p>;
  return (
    <ul className="ins-list" data-testid="inspection-list">
      {inspections.map((i) => (
        <li key={i.id} data-testid="inspection-item">
          <strong>{i.inspectedAt.replace('T', ' ')}</strong> · {t('inspection.by')} {i.inspector} ·{' '}
          {t(`inspection.stageLabel.${i.stage}`)}
          {i.percentBuilt !== null && ` ${i.percentBuilt}%`}
          {i.startedOn && ` · ${t('inspection.startedOn')} ${i.startedOn}`}
          {i.notes && <div className="muted">{i.notes}</div>}
          {i.photos.length > 0 && (
            <div className="ins-thumbs">
              {i.photos.map((p) => (
                <PhotoThumb key={p.id} photo={p} />
              ))}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
