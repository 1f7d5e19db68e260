import { useTranslation } from 'react-i18next';
import type { ImportJobStatus } from '../../../shared/api/methods/importJobs';

/** The running import: phase, a bar of records done (when the phase counts them), and Cancel until the write begins. */
export function ImportProgress({ status, onCancel }: { status: ImportJobStatus | null; onCancel: () => void }) {
  const { t } = useTranslation();
  const phase = status?.phase ?? 'reading';
  const counted = status !== null && status.total !== null && status.total > 0 && phase !== 'writing';
  const writing = phase === 'writing';
  return (
    <div className="dx-progress" role="status" data-testid="import-progress" data-phase={phase}>
      <span className="dx-progress__phase">
        {t(`importJob.phase.${phase}`)}
        {counted && ` ${t('importJob.count', { done: status.done ?? 0, total: status.total })}`}
      </span>
      {/* Without a count the bar is indeterminate (no value): reading the file, or the one write transaction. */}
      {counted ? <progress max={status.total ?? 1} value={status.done ?? 0} /> : <progress />}
      {writing ? (
        <span className="dx-progress__note" data-testid="import-writing-note">
          {t('importJob.writingNote')}
        </span>
      ) : (
        <button type="button" onClick={onCancel} disabled={status?.cancelRequested === true} data-testid="import-cancel">
          {status?.cancelRequested ? t('importJob.cancelling') : t('importJob.cancel')}
        </button>
      )}
    </div>
  );
}
