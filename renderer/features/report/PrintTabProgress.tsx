import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

type TabState = { phase: 'loading'; done: number; total: number } | { phase: 'ready' } | { phase: 'failed'; error: string } | { phase: 'cancelled' };

/** What the print tab says about itself: `body[data-progress|ready|error]`, set by the print route. */
function readTab(tab: Window): TabState | null {
  if (tab.closed) return { phase: 'cancelled' };
  try {
    const data = tab.document.body?.dataset;
    if (!data) return null;
    if (data.ready === '1') return { phase: 'ready' };
    if (data.ready === 'error') return { phase: 'failed', error: data.error ?? '' };
    const [done = 0, total = 0] = (data.progress ?? '0/0').split('/').map(Number);
    return { phase: 'loading', done, total };
  } catch {
    return null;
  }
}

/**
 * 报告 view: progress of the print version opened in a new tab (zones done of eight for the pack), with a cancel
 * button that closes the tab; then "ready" or the tab's error.
 */
export function PrintTabProgress({ tab, onDone }: { tab: Window; onDone: () => void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<TabState>({ phase: 'loading', done: 0, total: 0 });

  useEffect(() => {
    let last: TabState | null = null;
    const timer = window.setInterval(() => {
      const next = readTab(tab);
      if (next === null) return;
      if (!(last?.phase === 'ready' && next.phase === 'cancelled')) setState(next);
      last = next;
      if (next.phase !== 'loading') window.clearInterval(timer);
    }, 250);
    return () => window.clearInterval(timer);
  }, [tab]);

  return (
    <div className="report-view__progress" data-testid="report-progress" data-phase={state.phase}>
      {state.phase === 'loading' && (
        <>
          <span>{state.total > 1 ? t('reportView.progressZones', { done: state.done, total: state.total }) : t('reportView.progress')}</span>
          {state.total > 1 && <progress max={state.total} value={state.done} />}
          <button type="button" data-testid="report-cancel" onClick={() => tab.close()}>
            {t('reportView.cancel')}
          </button>
        </>
      )}
      {state.phase === 'ready' && <span>{t('reportView.progressReady')}</span>}
      {state.phase === 'failed' && <span className="report-view__warn">{t('reportView.progressFailed', { error: state.error })}</span>}
      {state.phase === 'cancelled' && <span>{t('reportView.progressCancelled')}</span>}
      {state.phase !== 'loading' && (
        <button type="button" className="link-button" onClick={onDone}>
          {t('reportView.progressDismiss')}
        </button>
      )}
    </div>
  );
}
