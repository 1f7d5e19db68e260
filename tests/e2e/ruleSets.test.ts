import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, type AppServer } from './appServer';
import { appSuite } from './appSuite';
import { screenshot } from './browser';

const RULE = 'investment-intensity-min';
const CUT = '2020-01-01';

interface Impact {
  version: number;
  considered: number;
  changed: number;
  transitions: { from: string; to: string; count: number }[];
}

/** The city's noncompliant count in the zone list (compliant, incomplete, noncompliant are its three figures). */
async function cityNoncompliant(page: Page): Promise<number> {
  const text = (await page.getByTestId('zone-all').locator('.kpi__counts b').nth(2).textContent()) ?? '';
  return Number(text.replace(/\D/g, ''));
}

/** The 规则 view in Chromium: the rules in force with their sources, a new version with a changed threshold, refusals beside the form. */
describe('rule sets view (browser mode, Chromium)', () => {
  let server: AppServer;
  let page: Page;
  let errors: string[];
  let noncompliantBefore = 0;

  appSuite({ open: 'blank' }, (s) => ({ server, page, errors } = s));

  it('shows the rule set in force with each rule readable, its source wording and the [L] mark', async () => {
    await page.goto(server.url);
    await page.getByTestId('zone-all').locator('.kpi__counts').waitFor();
    noncompliantBefore = await cityNoncompliant(page);
    await page.getByTestId('view-rules').click();
    const card = page.getByTestId('rule-set-in-force');
    await card.waitFor();
    expect(await card.getAttribute('data-version')).toBe('1');
    const row = card.locator(`[data-testid="rule-row"][data-rule-id="${RULE}"]`);
    expect(await row.getByTestId('rule-requirement').textContent()).toBe('≥ 234 万元/亩');
    expect(await row.textContent()).toContain('“一般工业项目亩均投资强度不低于234万元/亩”');
    expect(await row.getByTestId('rule-confidence').textContent()).toBe('[L] 未经核实');
    const density = card.locator('[data-testid="rule-row"][data-rule-id="building-density-standard-factory-central"]');
    expect(await density.getByTestId('rule-requirement').textContent()).toBe('≥ 40 %');
    expect(await density.textContent()).toContain('多层标准厂房 · 国家级');
    expect(await card.getByTestId('rule-set-source').textContent()).toContain('调研报告');
    await screenshot(page, 'rules-01-in-force-zh');
  });

  it('creates version 2 with a higher investment threshold: preview count, saved, listed and in force', async () => {
    await page.getByTestId('rule-set-new').click();
    const form = page.getByTestId('rule-set-form');
    const edit = form.locator(`[data-testid="rule-edit"][data-rule-id="${RULE}"]`);
    await edit.getByTestId('rule-threshold').fill('300');
    await edit.getByTestId('rule-wording').fill('一般工业项目亩均投资强度不低于300万元/亩');
    await form.getByTestId('rule-set-effective').fill(CUT);
    await form.getByTestId('rule-set-source-zh').fill('濮阳市自然资源和规划局会议纪要（示例）');
    await form.getByTestId('rule-set-source-en').fill('Puyang bureau meeting minutes (example)');
    await form.getByTestId('rule-set-reason').fill('提高投资强度门槛');
    expect(await form.getByTestId('rule-set-save').isDisabled()).toBe(true);
    await form.getByTestId('rule-set-preview').click();
    const impact = form.getByTestId('rule-set-impact');
    await impact.waitFor();
    // The server's own count for the same draft.
    const expected = await callApi<Impact>(server, 'ruleSets.preview', {
      ruleSetId: 'puyang-report-2023', baseVersion: 1, effectiveFrom: CUT,
      source: { zh: '濮阳市自然资源和规划局会议纪要（示例）', en: 'Puyang bureau meeting minutes (example)' },
      changes: [{ ruleId: RULE, threshold: 300, sourceWording: '一般工业项目亩均投资强度不低于300万元/亩' }],
    });
    expect(expected.changed).toBeGreaterThan(0);
    expect(await impact.getAttribute('data-changed')).toBe(String(expected.changed));
    expect(await impact.textContent()).toContain(`其中 ${expected.changed} 宗评价结果将改变`);
    await form.scrollIntoViewIfNeeded();
    await screenshot(page, 'rules-02-new-version-preview-zh');

    await form.getByTestId('rule-set-save').click();
    await page.getByTestId('rule-set-saved').waitFor();
    const card = page.getByTestId('rule-set-in-force');
    await expect.poll(() => card.getAttribute('data-version')).toBe('2');
    expect(await card.locator(`[data-rule-id="${RULE}"]`).getByTestId('rule-requirement').textContent()).toBe('≥ 300 万元/亩');
    const history = page.getByTestId('rule-set-version');
    expect(await history.evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-version')}:${r.getAttribute('data-status')}`))).toEqual(['2:InForce', '1:Superseded']);
    await page.getByTestId('rule-set-history').scrollIntoViewIfNeeded();
    await screenshot(page, 'rules-03-saved-zh');

    // The map's zone list (the cached whole-city assessment) follows at once: the preview's net change in noncompliant plots.
    const net = expected.transitions.reduce((n, x) => n + (x.to === 'noncompliant' ? x.count : 0) - (x.from === 'noncompliant' ? x.count : 0), 0);
    await page.getByTestId('view-map').click();
    await expect.poll(() => cityNoncompliant(page)).toBe(noncompliantBefore + net);
    await page.getByTestId('view-rules').click();
    await page.getByTestId('rule-set-in-force').waitFor();
  });

  it('refuses an effective-from before version 2 beside the form, in Chinese then English', async () => {
    await page.getByTestId('rule-set-new').click();
    const form = page.getByTestId('rule-set-form');
    const edit = form.locator('[data-testid="rule-edit"][data-rule-id="tax-per-mu-min"]');
    await edit.getByTestId('rule-threshold').fill('18');
    await edit.getByTestId('rule-wording').fill('建成后税收不低于18万元/亩');
    await form.getByTestId('rule-set-effective').fill('2019-06-01');
    await form.getByTestId('rule-set-preview').click();
    const shown = form.getByTestId('rule-set-error');
    await shown.waitFor();
    expect(await shown.textContent()).toBe(`施行日期：2019-06-01 须晚于第 2 版的施行日期 ${CUT}（新版本不能追溯替换旧版本）`);
    await form.scrollIntoViewIfNeeded();
    await screenshot(page, 'rules-04-refused-zh');
    await page.getByTestId('lang-en').click();
    await expect.poll(() => shown.textContent()).toContain("must be after version 2's effective-from");
    await screenshot(page, 'rules-05-refused-en');
    await form.getByTestId('rule-set-cancel').click();
    await page.getByTestId('rule-set-in-force').scrollIntoViewIfNeeded();
    expect(await page.locator(`[data-rule-id="${RULE}"]`).first().getByTestId('rule-confidence').textContent()).toBe('[L] Unconfirmed');
    await screenshot(page, 'rules-06-in-force-en');
    expect(errors.filter((e) => !e.includes('400') && !e.includes('Failed to load resource'))).toEqual([]);
  });
});
