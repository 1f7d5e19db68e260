import type { RankingReport } from '../../shared/api/benchmarkViews';
import type { Lang } from '../../shared/domain/enums';
import { zoneGroupLabel } from '../../shared/rules/benchmarkLabels';
import { fmtNumber } from '../i18n/format';

const TEXT = {
  zh: {
    heading: '开发区综合评价排名',
    basis: '依据豫政办〔2023〕13号四项指标：亩均税收、亩均规上增加值、亩均新增固定资产投资、综合容积率；各指标以组内最优值为100分按权重加总。官方权重未公布，现按假设权重',
    cols: ['名次', '开发区', '得分', '亩均税收（万元/亩）', '亩均规上增加值（万元/亩）', '亩均新增固投（万元/亩）', '综合容积率'],
    year: '评价年度',
  },
  en: {
    heading: 'Zone ranking',
    basis: 'Henan 豫政办〔2023〕13号 indicators: tax, added value of enterprises above size and new fixed investment per mu, and plot ratio; each scored against the best zone of its group (100) and weighted. The official weights are unpublished; assumed weights',
    cols: ['Rank', 'Zone', 'Score', 'Tax /mu', 'Added value /mu', 'New investment /mu', 'Plot ratio'],
    year: 'Year',
  },
} as const;

/** The city pack's ranking page: the dashboard's ranking (benchmark.ranking) in its two groups. */
export function CityRanking({ ranking, lang }: { ranking: RankingReport; lang: Lang }) {
  const t = TEXT[lang];
  const w = ranking.weights;
  const weights = `${w.taxPerMu} / ${w.addedValuePerMu} / ${w.newInvestmentPerMu} / ${w.plotRatio}`;
  const groups = [...new Set(ranking.zones.map((z) => z.group))];
  return (
    <div className="page-start comparison" data-testid="city-ranking">
      <h2>{`${t.heading}（${t.year} ${ranking.year}）`}</h2>
      <p className="note">{`${t.basis} ${weights}${lang === 'zh' ? '。' : '.'}`}</p>
      {groups.map((g) => (
        <table key={g} className="data">
          <caption>{zoneGroupLabel(g, ranking)[lang]}</caption>
          <thead>
            <tr>
              {t.cols.map((c, i) => (
                <th key={c} className={i >= 2 ? 'num' : undefined}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ranking.zones
              .filter((z) => z.group === g)
              .map((z) => (
                <tr key={z.id}>
                  <td>{z.rank}</td>
                  <td className="nowrap">{lang === 'zh' ? z.name : z.nameEn}</td>
                  <td className="num">{fmtNumber(z.score, lang, 1)}</td>
                  <td className="num">{fmtNumber(z.indicators.taxPerMu, lang, 2)}</td>
                  <td className="num">{fmtNumber(z.indicators.addedValuePerMu, lang, 2)}</td>
                  <td className="num">{fmtNumber(z.indicators.newInvestmentPerMu, lang, 2)}</td>
                  <td className="num">{fmtNumber(z.indicators.plotRatio, lang, 2)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
