import type { Lang } from '../../shared/domain/enums';
import type { ZoneReport } from '../../shared/report/reportViews';
import { fmtNumber } from '../i18n/format';
import { levelLabel, paren, zoneName } from './labels';
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

function CoverFacts({ report, lang }: { report: ZoneReport; lang: Lang }) {
  const t = REPORT_TEXT[lang];
  const facts: [string, string][] = [
    [t.asOf, report.asOf],
    [t.ruleSet, `${report.ruleSet.name[lang]}${paren(`v${report.ruleSet.version}`, lang)}`],
    [t.source, report.ruleSet.source[lang]],
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
      <CoverFacts report={report} lang={lang} />
      <SignOff report={report} lang={lang} />
      {report.dataset.illustrative && <p className="cover-note">{t.illustrative}</p>}
    </div>
  );
}

/** The city pack's own cover: the same facts and sign-off, for all eight zones. */
export function PackCover({ report, lang, asOf }: { report: ZoneReport; lang: Lang; asOf: string }) {
  const t = REPORT_TEXT[lang];
  return (
    <div className="cover">
      <p className="cover-city">{t.city}</p>
      <h1 className="cover-zone">{t.packTitle}</h1>
      <p className="cover-meta">{`${t.asOf} ${asOf}`}</p>
      <CoverFacts report={report} lang={lang} />
      <SignOff report={report} lang={lang} />
      {report.dataset.illustrative && <p className="cover-note">{t.illustrative}</p>}
    </div>
  );
}
