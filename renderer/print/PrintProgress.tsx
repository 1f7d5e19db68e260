import type { Lang } from '../../shared/domain/enums';
import { fill, REPORT_TEXT } from './printText';

/**
 * While the reports load: "3 / 8" for a pack, and in a browser tab a cancel button that closes the tab (its
 * requests end with it). The CLI and the 报告 view read the same count from `body[data-progress]`.
 */
export function PrintProgress({ lang, progress, cancellable }: { lang: Lang; progress: [number, number] | null; cancellable: boolean }) {
  const t = REPORT_TEXT[lang];
  const [done, total] = progress ?? [0, 0];
  return (
    <div className="print-status" data-testid="print-progress">
      <p>{total > 1 ? fill(t.loadingZones, { done, total }) : t.loading}</p>
      {total > 1 && <progress max={total} value={done} />}
      {cancellable && (
        <p>
          <button type="button" data-testid="print-cancel" onClick={() => window.close()}>
            {t.cancel}
          </button>
        </p>
      )}
    </div>
  );
}
