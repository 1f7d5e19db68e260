import type { Lang } from '../../../shared/domain/enums';
import { storedAccessToken } from '../../api/token';
import { printUrl } from '../../print/printParams';

/**
 * Opens a print version in a new tab with CSS page numbers (the browser's print dialog saves the PDF). Returns the
 * tab (same origin), so the 报告 view can follow its progress and close it to cancel.
 */
export function openPrintTab(p: { zone?: string; plots?: readonly string[]; asOf: string; lang: Lang }): Window | null {
  return window.open(printUrl({ ...p, footer: 'css' }, storedAccessToken()), '_blank');
}
