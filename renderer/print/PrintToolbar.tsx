import type { Lang } from '../../shared/domain/enums';

const LABEL: Record<Lang, string> = { zh: '打印 / 另存为 PDF', en: 'Print / save as PDF' };

/** On screen only (a tab opened from the report view): one button for the browser's print dialog. */
export function PrintToolbar({ lang }: { lang: Lang }) {
  return (
    <div className="print-toolbar no-print">
      <button type="button" data-testid="print-now" onClick={() => window.print()}>
        {LABEL[lang]}
      </button>
    </div>
  );
}
