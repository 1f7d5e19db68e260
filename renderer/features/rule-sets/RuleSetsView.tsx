import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleSetVersionView } from '../../../shared/api/ruleSetViews';
import { useApiQuery } from '../../api/useApiQuery';
import { Badge } from '../../components/Badge';
import { useAppState } from '../../stores/appStore';
import { useRevision } from '../../stores/revisionStore';
import { NewVersionForm } from './NewVersionForm';
import { RuleTable } from './RuleTable';
import { VersionHistory } from './VersionHistory';
import './ruleSets.css';

function InForceCard({ v, onNew, formOpen }: { v: RuleSetVersionView; onNew: () => void; formOpen: boolean }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  return (
    <section className="rs-panel" data-testid="rule-set-in-force" data-version={v.version}>
      <div className="rs-title">
        <h3>
          {v.name[lang]} · {t('ruleSets.version', { version: v.version })}
        </h3>
        <Badge tone="green">{t('ruleSets.inForce')}</Badge>
        <button type="button" className="rs-primary rs-right" onClick={onNew} disabled={formOpen} data-testid="rule-set-new">
          {t('ruleSets.newVersion')}
        </button>
      </div>
      <dl className="rs-facts">
        <dt>{t('ruleSets.effectiveFrom')}</dt>
        <dd>{v.effectiveFrom}</dd>
        <dt>{t('ruleSets.source')}</dt>
        <dd data-testid="rule-set-source">{v.source[lang]}</dd>
        <dt>{t('ruleSets.plotCount')}</dt>
        <dd>{t('ruleSets.plots', { count: v.plotCount })}</dd>
        {v.reason && (
          <>
            <dt>{t('ruleSets.reason')}</dt>
            <dd>{v.reason}</dd>
          </>
        )}
      </dl>
      <RuleTable rules={v.rules} />
    </section>
  );
}

/** 规则: the rule set in force with its legal sources, its version history, and new versions for local thresholds. */
export function RuleSetsView() {
  const { t } = useTranslation();
  const revision = useRevision();
  const { data } = useApiQuery('ruleSets.list', {}, revision);
  const [formOpen, setFormOpen] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const inForce = data?.versions.filter((v) => v.inForceToday) ?? [];
  const newestOf = (id: string) => data?.versions.find((v) => v.id === id);

  return (
    <div className="rs-view" data-testid="rule-sets-view">
      <h2>{t('ruleSets.heading')}</h2>
      <p className="rs-intro">{t('ruleSets.intro')}</p>
      {saved !== null && (
        <p className="rs-saved" data-testid="rule-set-saved">
          {t('ruleSets.saved', { version: saved })}
        </p>
      )}
      {inForce.map((v) => {
        const newest = newestOf(v.id) ?? v;
        return (
          <div key={v.id}>
            <InForceCard v={v} formOpen={formOpen} onNew={() => { setSaved(null); setFormOpen(true); }} />
            {formOpen && (
              <NewVersionForm
                key={`${newest.id}@${newest.version}`}
                base={newest}
                onDone={(version) => {
                  setFormOpen(false);
                  setSaved(version);
                }}
              />
            )}
          </div>
        );
      })}
      {data && <VersionHistory versions={data.versions} />}
    </div>
  );
}
