import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PlotRow } from '../../shared/api/views';
import { metricValue } from '../../shared/rules/metrics';
import { callApi, type AppServer } from './appServer';
import { appSuite } from './appSuite';
import { screenshot } from './browser';

const RULE = 'investment-intensity-min';

type Row = PlotRow;

/** A compliant general plot whose investment per mu passes 234 but not a threshold just above it. */
function chooseLater(rows: Row[], today: string): { plot: Row; cut: string; threshold: number } {
  const passing = rows
    .filter((p) => p.projectType === 'general' && p.status === 'compliant' && p.contractDate !== null && p.contractDate > '2000-01-01' && p.contractDate <= today)
    .map((p) => ({ p, v: metricValue('investment-intensity', p) }))
    .filter((x): x is { p: Row; v: number } => x.v !== null && x.v >= 234 && x.v < 400)
    .sort((a, b) => (a.p.contractDate ?? '').localeCompare(b.p.contractDate ?? ''));
  const mid = passing[Math.floor(passing.length / 2)];
  if (!mid?.p.contractDate) throw new Error('no compliant general plot to re-judge');
  return { plot: mid.p, cut: mid.p.contractDate, threshold: Math.ceil(mid.v) + 1 };
}

async function openPlot(page: Page, plot: Row): Promise<void> {
  await page.getByTestId('filter-search').fill(plot.parcelNo);
  await expect.poll(() => page.getByTestId('plot-row').count()).toBe(1);
  await page.getByTestId('plot-row').first().click();
  await expect.poll(() => page.getByTestId('plot-detail').getAttribute('data-plot-id')).toBe(plot.id);
}

/** The plot panel's 评价依据 select: a what-if evaluation under another stored rule version, in Chromium. */
describe('rule version choice in the plot panel (browser mode, Chromium)', () => {
  let page: Page;
  let errors: string[];
  let chosen: ReturnType<typeof chooseLater>;
  let other: Row;

  appSuite(
    {
      open: 'app',
      prepare: async (server: AppServer) => {
        const { today } = await callApi<{ today: string }>(server, 'app.info', {});
        const rows = await callApi<Row[]>(server, 'plots.list', { asOf: today });
        chosen = chooseLater(rows, today);
        const another = rows.find((p) => p.id !== chosen.plot.id && p.zoneId === chosen.plot.zoneId);
        if (!another) throw new Error('no second plot');
        other = another;
        await callApi(server, 'ruleSets.create', {
          ruleSetId: 'puyang-report-2023', baseVersion: 1, effectiveFrom: chosen.cut, reason: '测试：提高投资强度门槛',
          source: { zh: '濮阳市自然资源和规划局会议纪要（示例）', en: 'Puyang bureau meeting minutes (example)' },
          changes: [{ ruleId: RULE, threshold: chosen.threshold, sourceWording: `一般工业项目亩均投资强度不低于${chosen.threshold}万元/亩` }],
        });
      },
    },
    (s) => ({ page, errors } = s),
  );

  it('judges the plot by its contract date, then under version 1 as a what-if with a banner; another plot resets the choice', async () => {
    await openPlot(page, chosen.plot);
    const panel = page.getByTestId('plot-detail');
    expect(await panel.getByTestId('plot-status').textContent()).toBe('不达标');
    const select = panel.getByTestId('rule-choice');
    expect(await select.locator('option').allTextContents()).toEqual(['按合同日期：第 2 版（默认）', '第 1 版（施行日期 2000-01-01）']);
    const finding = panel.locator(`[data-testid="finding"][data-metric="investment-intensity"]`);
    expect(await finding.getAttribute('data-result')).toBe('fail');
    expect(await panel.getByTestId('what-if-banner').count()).toBe(0);

    await select.selectOption('1');
    const banner = panel.getByTestId('what-if-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('假设评价，非本宗地的正式结果');
    expect(await banner.getByTestId('what-if-status').textContent()).toBe('达标');
    expect(await banner.getByTestId('official-status').textContent()).toBe('不达标');
    await expect.poll(() => finding.getAttribute('data-result')).toBe('pass');
    expect(await panel.getByTestId('rule-set').textContent()).toContain('v1 · 2000-01-01');
    // The header keeps the plot's official status.
    expect(await panel.getByTestId('plot-status').textContent()).toBe('不达标');
    await panel.getByTestId('evaluation').scrollIntoViewIfNeeded();
    await screenshot(page, 'rule-choice-01-what-if-zh');

    await openPlot(page, other);
    expect(await page.getByTestId('rule-choice').inputValue()).toBe('');
    expect(await page.getByTestId('what-if-banner').count()).toBe(0);
  });

  it('says the same in English', async () => {
    await page.getByTestId('lang-en').click();
    await openPlot(page, chosen.plot);
    const panel = page.getByTestId('plot-detail');
    expect(await panel.getByTestId('rule-choice').locator('option').first().textContent()).toBe('By contract date: version 2 (default)');
    await panel.getByTestId('rule-choice').selectOption('1');
    const banner = panel.getByTestId('what-if-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain("What-if, not this plot's official result");
    expect(await banner.getByTestId('what-if-status').textContent()).toBe('Compliant');
    await panel.getByTestId('evaluation').scrollIntoViewIfNeeded();
    await screenshot(page, 'rule-choice-02-what-if-en');
    expect(errors).toEqual([]);
  });
});
