import type { Lang } from '../../shared/domain/enums';
import type { VersionUsed } from '../../shared/report/versionsUsed';
import { fill, REPORT_TEXT } from './printText';

/**
 * The cover's standards and source lines: with one version, its name, number and plot count; with several (plots
 * contracted under older versions keep them), one line per version with its effective-from and count, and each source.
 */
export function ruleSetFacts(versions: readonly VersionUsed[], lang: Lang): [string, string][] {
  const t = REPORT_TEXT[lang];
  const only = versions.length === 1 ? versions[0] : undefined;
  if (only) {
    return [
      [t.ruleSet, fill(t.versionOnly, { name: only.name[lang], version: only.version, n: only.plotCount })],
      [t.source, only.source[lang]],
    ];
  }
  const line = (v: VersionUsed) => fill(t.versionLine, { name: v.name[lang], version: v.version, from: v.effectiveFrom, n: v.plotCount });
  return [
    [t.ruleSet, versions.map(line).join('\n')],
    [t.source, versions.map((v) => `v${v.version}${lang === 'zh' ? '：' : ': '}${v.source[lang]}`).join('\n')],
  ];
}

/** The appendix's list of every version that judged a plot of the report (shown only when there is more than one). */
export function VersionsUsedTable({ versions, inForceVersion, lang }: { versions: readonly VersionUsed[]; inForceVersion: number; lang: Lang }) {
  const t = REPORT_TEXT[lang];
  if (versions.length < 2) return null;
  // The rule set's name is printed above; it is repeated only if versions of different rule sets judged plots.
  const named = new Set(versions.map((v) => v.id)).size > 1;
  return (
    <>
      <h3>{t.versionsHeading}</h3>
      <table className="data" data-testid="versions-used">
        <thead>
          <tr>
            <th>{t.version}</th>
            <th>{t.effectiveFrom}</th>
            <th>{t.source}</th>
            <th className="nowrap">{t.plotsJudged}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={`${v.id}@${v.version}`} data-version={v.version}>
              <td className="nowrap">{named ? `${v.name[lang]} v${v.version}` : `v${v.version}`}</td>
              <td className="nowrap">{v.effectiveFrom}</td>
              <td>{v.source[lang]}</td>
              <td className="nowrap num">{v.plotCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">{t.versionsNote}</p>
      <p>{fill(t.rulesOfVersion, { version: inForceVersion })}</p>
    </>
  );
}
