import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../shared/api/methods/dataExchange';
import { useAppState } from '../../stores/appStore';

type Issue = ImportResult['errors'][number] | ImportResult['warnings'][number];

const MAX_SHOWN = 200;

/** Errors or warnings of a preview, each naming the row / feature and the column, in the user's language. */
export function IssueList({ kind, issues }: { kind: 'errors' | 'warnings'; issues: readonly Issue[] }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  if (issues.length === 0) return null;
  const where = (i: Issue) =>
    i.row !== undefined ? t('dataExchange.row', { n: i.row }) : i.feature !== undefined ? t('dataExchange.feature', { n: i.feature }) : t('dataExchange.file');
  return (
    <section className={`dx-issues dx-issues--${kind}`} data-testid={`import-${kind}`}>
      <h4>
        {t(`dataExchange.${kind}`)} ({issues.length})
      </h4>
      <table>
        <thead>
          <tr>
            <th>{t('dataExchange.where')}</th>
            {kind === 'errors' && <th>{t('dataExchange.column')}</th>}
            <th>{t('dataExchange.message')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.slice(0, MAX_SHOWN).map((i, n) => (
            <tr key={n}>
              <td>{where(i)}</td>
              {kind === 'errors' && <td>{'field' in i ? i.field : ''}</td>}
              <td>{lang === 'zh' ? i.messageZh : i.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
