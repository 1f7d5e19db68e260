import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleSetVersionView } from '../../../shared/api/ruleSetViews';
import { Badge, type BadgeTone } from '../../components/Badge';
import { useAppState } from '../../stores/appStore';
import { RuleTable } from './RuleTable';

const statusOf = (v: RuleSetVersionView) => (v.inForceToday ? 'InForce' : v.scheduled ? 'Scheduled' : 'Superseded');
const STATUS_TONE: Record<ReturnType<typeof statusOf>, BadgeTone> = { InForce: 'green', Scheduled: 'blue', Superseded: 'grey' };
const keyOf = (v: RuleSetVersionView) => `${v.id}@${v.version}`;

/** Every stored version, newest first: when it takes effect, whether it is in force, who saved it and why; its rules on demand. */
export function VersionHistory({ versions }: { versions: readonly RuleSetVersionView[] }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (k: string) => setOpen((s) => (s.has(k) ? new Set([...s].filter((x) => x !== k)) : new Set([...s, k])));
  return (
    <section className="rs-panel" data-testid="rule-set-history">
      <h3>{t('ruleSets.history')}</h3>
      <table className="rs-rules rs-history">
        <thead>
          <tr>
            <th>{t('ruleSets.versionColumn')}</th>
            <th>{t('ruleSets.effectiveFrom')}</th>
            <th>{t('ruleSets.status')}</th>
            <th>{t('ruleSets.plotCount')}</th>
            <th>{t('ruleSets.source')}</th>
            <th>{t('ruleSets.savedBy')}</th>
            <th>{t('ruleSets.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <Fragment key={keyOf(v)}>
              <tr data-testid="rule-set-version" data-version={v.version} data-status={statusOf(v)}>
                <td>
                  {t('ruleSets.version', { version: v.version })}
                  <button type="button" className="rs-link" onClick={() => toggle(keyOf(v))} aria-expanded={open.has(keyOf(v))}>
                    {open.has(keyOf(v)) ? t('ruleSets.hideRules') : t('ruleSets.showRules')}
                  </button>
                </td>
                <td>{v.effectiveFrom}</td>
                <td>
                  <Badge tone={STATUS_TONE[statusOf(v)]}>{t(`ruleSets.status${statusOf(v)}`)}</Badge>
                </td>
                <td>{t('ruleSets.plots', { count: v.plotCount })}</td>
                <td>{v.source[lang]}</td>
                <td>
                  {v.savedBy ?? '—'}
                  {v.savedAt && <div className="rs-sub">{new Date(v.savedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' })}</div>}
                </td>
                <td>{v.reason ?? t('ruleSets.seeded')}</td>
              </tr>
              {open.has(keyOf(v)) && (
                <tr className="rs-expanded">
                  <td colSpan={7}>
                    <RuleTable rules={v.rules} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </section>
  );
}
