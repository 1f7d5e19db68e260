import type { Lang } from '../../shared/domain/enums';
import type { ZoneReport } from '../../shared/report/reportViews';
import { fmtNumber } from '../i18n/format';
import type { VersionUsed } from '../../shared/report/versionsUsed';
import { levelLabel, zoneName } from './labels';
import { ruleSetFacts } from './RuleSetVersions';
import { REPORT_TEXT } from './printText';

function SignOff({ report, lang }: { report: ZoneReport; lang: Lang }) {
  const t = REPORT_TEXT[lang];
  const s = report.settings;
  const rows: [string, string][] = [
    [t.prepared, s.preparedBy],
    [t.reviewed, s.reviewedBy],
    [t.approved, s.approvedBy],
  ];
  return (
    <table className="signoff" data-testid="signoff">
      <tbody>
        {rows.map(([role, name]) => (
          <tr key={role}>
            <th>{role}</th>
            <td className="sign-name">{name}</td>
            <th>{t.signDate}</th>
            <td className="sign-date" />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CoverFacts({ report, lang, versions }: { report: ZoneReport; lang: Lang; versions: readonly VersionUsed[] }) {
  const t = REPORT_TEXT[lang];
  // A zone without plots on the books still names the version in force on the date.
  const shown = versions.length > 0 ? versions : [{ ...report.ruleSet, plotCount: 0 }];
  const facts: [string, string][] = [
    [t.asOf, report.asOf],
    ...ruleSetFacts(shown, lang),
    [t.preparingUnit, report.settings.preparingUnit || '—'],
  ];
  return (
    <dl className="cover-facts">
      {facts.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ZoneCover({ report, lang }: { report: ZoneReport; lang: Lang }) {
  const t = REPORT_TEXT[lang];
  const z = report.zone;
  return (
    <div className="cover">
      <p className="cover-city">{t.city}</p>
      <h1 className="cover-zone">{zoneName(z, lang)}</h1>
      <p className="cover-title">{t.title}</p>
      <p className="cover-meta">
        {levelLabel(z, lang)} · {t.plannedArea} {fmtNumber(z.plannedAreaHa, lang, 0)} {t.hectares}
      </p>
      <CoverFacts report={report} lang={lang} versions={report.ruleSetsUsed} />
      <SignOff report={report} lang={lang} />
      {report.dataset.illustrative && <p className="cover-note">{t.illustrative}</p>}
    </div>
  );
}

/** The city pack's own cover: the same facts and sign-off, for all eight zones. */
export function PackCover({ report, lang, asOf, versions }: { report: ZoneReport; lang: Lang; asOf: string; versions: readonly VersionUsed[] }) {
  const t = REPORT_TEXT[lang];
  return (
    <div className="cover">
      <p className="cover-city">{t.city}</p>
      <h1 className="cover-zone">{t.packTitle}</h1>
      <p className="cover-meta">{`${t.asOf} ${asOf}`}</p>
      <CoverFacts report={report} lang={lang} versions={versions} />
      <SignOff report={report} lang={lang} />
      {report.dataset.illustrative && <p className="cover-note">{t.illustrative}</p>}
    </div>
  );
}
