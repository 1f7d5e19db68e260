import type { Lang } from '../../../shared/domain/enums';
import { storedAccessToken } from '../../api/token';
import { printUrl } from '../../print/printParams';

/** Opens a print version in a new tab with CSS page numbers (the browser's print dialog saves the PDF). */
export function openPrintTab(p: { zone?: string; plots?: readonly string[]; asOf: string; lang: Lang }): void {
  window.open(printUrl({ ...p, footer: 'css' }, storedAccessToken()), '_blank');
}
