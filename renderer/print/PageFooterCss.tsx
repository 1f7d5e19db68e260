import type { Lang } from '../../shared/domain/enums';
import { PAGE_OF } from '../../shared/report/pdfFooter';

// The bundled face first (renderer/app/bundledFont.ts): margin boxes do not take the body's font.
const FOOTER_FONT = "'Noto Sans SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";

/** The running footer as CSS page-margin boxes, with CSS page counters: for a browser tab's "Save as PDF" and the PDF printers. */
export function PageFooterCss({ label, lang }: { label: string; lang: Lang }) {
  const p = PAGE_OF[lang];
  const box = `font-family: ${FOOTER_FONT}; font-size: 8pt; color: #555; vertical-align: top; padding-top: 2mm; border-top: 0.5px solid #bbb;`;
  const css = `@page {
    @bottom-left { content: ${JSON.stringify(label)}; ${box} }
    @bottom-right { content: ${JSON.stringify(p.before)} counter(page) ${JSON.stringify(p.between)} counter(pages) ${JSON.stringify(p.after)}; ${box} }
  }`;
  return <style>{css}</style>;
}

/**
 * Text that appears only in margin boxes does not make Chromium fetch the bundled font's unicode-range slices for
 * it, so a footer character the pages do not use would print in a system font: load them before printing.
 */
export function loadFooterFont(label: string, lang: Lang): Promise<void> {
  const p = PAGE_OF[lang];
  return document.fonts.load("400 8pt 'Noto Sans SC'", `${label}${p.before}${p.between}${p.after}0123456789`).then(
    () => undefined,
    () => undefined,
  );
}
