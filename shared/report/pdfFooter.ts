import type { Lang } from '../domain/enums';

/** "第 x 页 / 共 y 页" in both languages; `page` and `pages` are filled by the printer. */
export const PAGE_OF: Record<Lang, { before: string; between: string; after: string }> = {
  zh: { before: '第 ', between: ' 页 / 共 ', after: ' 页' },
  en: { before: 'Page ', between: ' of ', after: '' },
};

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Chromium's PDF footer template (page.pdf / webContents.printToPDF): the report's label (zone or pack, as-of date)
 * on the left, the page number of the total on the right. Chromium fills `pageNumber` and `totalPages`.
 */
export function pdfFooterTemplate(label: string, lang: Lang): string {
  const p = PAGE_OF[lang];
  const style = "width:100%;margin:0 14mm;font-size:8px;color:#555;font-family:'Noto Sans CJK SC','Noto Sans SC',sans-serif;display:flex;justify-content:space-between;border-top:0.5px solid #bbb;padding-top:1.5mm";
  return `<div style="${style}"><span>${escapeHtml(label)}</span><span>${p.before}<span class="pageNumber"></span>${p.between}<span class="totalPages"></span>${p.after}</span></div>`;
}

/** An empty header: the running header comes from the page's own CSS margin boxes. */
export const PDF_HEADER_TEMPLATE = '<span></span>';
