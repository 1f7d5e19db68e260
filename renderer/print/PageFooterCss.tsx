import type { Lang } from '../../shared/domain/enums';
import { PAGE_OF } from '../../shared/report/pdfFooter';

/** For printing from a browser tab: the running footer as CSS page-margin boxes, with CSS page counters. */
export function PageFooterCss({ label, lang }: { label: string; lang: Lang }) {
  const p = PAGE_OF[lang];
  const box = 'font-size: 8pt; color: #555; vertical-align: top; padding-top: 2mm; border-top: 0.5px solid #bbb;';
  const css = `@page {
    @bottom-left { content: ${JSON.stringify(label)}; ${box} }
    @bottom-right { content: ${JSON.stringify(p.before)} counter(page) ${JSON.stringify(p.between)} counter(pages) ${JSON.stringify(p.after)}; ${box} }
  }`;
  return <style>{css}</style>;
}
