import type { DesktopBridge } from '../../../shared/api/transport';
import type { Lang } from '../../../shared/domain/enums';
import { ApiCallError } from '../../api/ApiCallError';
import { storedAccessToken } from '../../api/token';
import { reportError } from '../../stores/errorStore';
import { printUrl } from '../../print/printParams';

/**
 * Opens a print version in a new tab with CSS page numbers (the browser's print dialog saves the PDF). Returns the
 * tab (same origin), so the 报告 view can follow its progress and close it to cancel.
 */
export function openPrintTab(p: { zone?: string; plots?: readonly string[]; asOf: string; lang: Lang }): Window | null {
  const desktop = desktopBridge();
  if (desktop) {
    // The desktop app denies new windows: main prints the same page in a hidden window and asks where to save it.
    void desktop
      .printPdf({ ...p, ...(p.plots ? { plots: [...p.plots] } : {}) })
      .then((r) => {
        if (!r.saved && r.error) reportError(new ApiCallError('print', r.error.code, r.error.message, r.error.messageZh));
      })
      .catch((e: unknown) => reportError(e));
    return null;
  }
  return window.open(printUrl({ ...p, footer: 'css' }, storedAccessToken()), '_blank');
}

function desktopBridge(): DesktopBridge | null {
  const bridge = (window as unknown as { landBridge?: Partial<DesktopBridge> }).landBridge;
  return bridge?.transport === 'electron' && typeof bridge.printPdf === 'function' ? (bridge as DesktopBridge) : null;
}
