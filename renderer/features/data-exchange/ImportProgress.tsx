import { useTranslation } from 'react-i18next';
import type { ImportJobStatus } from '../../../shared/api/methods/importJobs';

/** The running import: phase, a bar of records done (when the phase counts them), and Cancel while the server allows it. */
export function ImportProgress({ status, onCancel }: { status: ImportJobStatus | null; onCancel: () => void }) {
  const { t } = useTranslation();
  const phase = status?.phase ?? 'reading';
  const counted = status !== null && status.total !== null && status.total > 0;
  // The server says whether a cancel is still possible (not once the write transaction has begun): the UI follows it.
  const cancellable = status === null || status.cancellable;
  return (
    <div className="dx-progress" role="status" data-testid="import-progress" data-phase={phase}>
      <span className="dx-progress__phase">
        {t(`importJob.phase.${phase}`)}
        {counted && ` ${t('importJob.count', { done: status.done ?? 0, total: status.total })}`}
      </span>
      {/* Without a count the bar is indeterminate (no value): while the file is read. */}
      {counted ? <progress max={status.total ?? 1} value={status.done ?? 0} /> : <progress />}
      {!cancellable ? (
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
