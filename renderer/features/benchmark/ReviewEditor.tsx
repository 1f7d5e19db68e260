import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReviewStatus, type EnterpriseReview } from '../../../shared/api/benchmarkViews';
import { useLandApi } from '../../api/ApiContext';
import { LOCALE } from '../../i18n/locale';
import { useAppState } from '../../stores/appStore';
import { useErrorActions } from '../../stores/errorStore';

/** The objection / re-check note of one enterprise and year; saves with the row version it was read at. */
export function ReviewEditor({ creditCode, year, review, onSaved }: { creditCode: string; year: number; review: EnterpriseReview | null; onSaved: (r: EnterpriseReview) => void }) {
  const { t } = useTranslation();
  const api = useLandApi();
  const lang = useAppState((s) => s.lang);
  const { report } = useErrorActions();
  const [status, setStatus] = useState<ReviewStatus>(review?.status ?? 'objection');
  const [note, setNote] = useState(review?.note ?? '');
  const [author, setAuthor] = useState(review?.updatedBy ?? '');
  const [saving, setSaving] = useState(false);

  const save = () => {
    setSaving(true);
    api['benchmark.review.set']({ creditCode, year, status, note, rowVersion: review?.rowVersion ?? null, ...(author.trim() ? { author: author.trim() } : {}) })
      .then(onSaved, report)
      .finally(() => setSaving(false));
  };

  return (
    <div className="review" data-testid="review-editor">
      <div className="panel-section__title">{t('bench.reviewHeading')}</div>
      <p className="muted review__meta" data-testid="review-meta">
        {review ? t('bench.reviewSaved', { version: review.rowVersion, by: review.updatedBy, at: new Date(review.updatedAt).toLocaleString(LOCALE[lang], { dateStyle: 'short', timeStyle: 'short' }) }) : t('bench.reviewEmpty')}
      </p>
      <label className="review__row">
        <span>{t('bench.reviewStatus')}</span>
        <select data-testid="review-status" value={status} onChange={(e) => setStatus(ReviewStatus.parse(e.target.value))}>
          {ReviewStatus.options.map((s) => (
            <option key={s} value={s}>
              {t(`bench.review_${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="review__row">
        <span>{t('bench.reviewAuthor')}</span>
        <input data-testid="review-author" value={author} maxLength={100} onChange={(e) => setAuthor(e.target.value)} />
      </label>
      <label className="review__row review__row--wide">
        <span>{t('bench.reviewNote')}</span>
        <textarea data-testid="review-note" value={note} maxLength={2000} rows={3} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="button" className="button" data-testid="review-save" disabled={saving} onClick={save}>
        {t('bench.reviewSave')}
      </button>
    </div>
  );
}
