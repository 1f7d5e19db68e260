import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ApiOutput } from '../../shared/api/contract';
import type { Lang } from '../../shared/domain/enums';
import { combineUnsuppliedRates, FIVE_YEAR_SUPPLY_FLOOR } from '../../shared/rules/unsuppliedRates';
import { fmtPercent } from '../../renderer/i18n/format';
import { callApi, type AppServer } from './appServer';
import { appSuite } from './appSuite';
import { screenshot } from './browser';

type Zones = ApiOutput<'zones.list'>;
type Rates = Zones[number]['kpi']['unsuppliedRates'];

/** The 批而未供 view's KPI strip shows zones.list's figures: the city's as ratios of the zones' sums, then one zone's. */
describe('批而未供 KPI strip (browser mode, Chromium)', () => {
  let server: AppServer;
  let page: Page;
  let errors: string[];
  appSuite({ open: 'app', timeout: 180_000 }, (s) => ({ server, page, errors } = s));

  const strip = () => page.getByTestId('unsupplied-rates');
  const shown = async () => ({
    supply: await strip().getByTestId('rate-supply').textContent(),
    fiveYear: await strip().getByTestId('rate-five-year').textContent(),
    disposal: await strip().getByTestId('rate-disposal').textContent(),
    below: await strip().getByTestId('rate-five-year-below').count(),
  });
  const expected = (supplyRate: number | null, r: Rates, lang: Lang) => ({
    supply: fmtPercent(supplyRate, lang),
    fiveYear: fmtPercent(r.fiveYear.rate, lang),
    disposal: fmtPercent(r.disposal.rate, lang),
    below: r.fiveYear.rate !== null && r.fiveYear.rate < FIVE_YEAR_SUPPLY_FLOOR.rate ? 1 : 0,
  });
  let zones: Zones;
  let asOf: string;

  it('shows the city’s three rates in Chinese, with the period and the withdrawal caveat', async () => {
    await page.getByTestId('view-batches').click();
    await strip().waitFor();
    asOf = await page.getByTestId('as-of').inputValue();
    zones = await callApi<Zones>(server, 'zones.list', { asOf });
    const batches = await callApi<ApiOutput<'batches.list'>>(server, 'batches.list', { asOf });
    const city = combineUnsuppliedRates(zones.map((z) => z.kpi.unsuppliedRates), asOf);
    const supplied = batches.reduce((s, b) => s + b.suppliedAreaM2, 0);
    const approved = batches.reduce((s, b) => s + b.approvedAreaM2, 0);
    await expect.poll(shown).toEqual(expected(supplied / approved, city, 'zh'));
    const text = await strip().textContent();
    expect(text).toContain('全市');
    expect(text).toContain(`${asOf.slice(0, 4)}-01-01 至 ${asOf}`);
    expect(text).toContain('核减撤回面积无日期，未计入');
    expect(text).toContain('自然资规〔2018〕1号');
    await screenshot(page, 'rates-01-city-zh');
  });

  it('shows a zone’s own rates when it is selected, marked under 60 % (zh, then en)', async () => {
    // The zone with the lowest five-year rate, so the 增存挂钩 mark is seen when the data have one.
    const zone = [...zones].filter((z) => z.kpi.unsuppliedRates.fiveYear.rate !== null).sort((a, b) => (a.kpi.unsuppliedRates.fiveYear.rate ?? 0) - (b.kpi.unsuppliedRates.fiveYear.rate ?? 0))[0];
    if (!zone) throw new Error('no zone with batches in the five-year window');
    await page.getByTestId('batches-zone').selectOption(zone.id);
    await expect.poll(shown).toEqual(expected(zone.kpi.supplyRate, zone.kpi.unsuppliedRates, 'zh'));
    await expect(strip().locator('.rates-strip__scope').textContent()).resolves.toBe(zone.shortName);
    await screenshot(page, 'rates-02-zone-zh');
    await page.getByTestId('lang-en').click();
    await expect.poll(() => strip().textContent()).toContain('Withdrawn areas carry no date and are not counted.');
    expect(await shown()).toEqual(expected(zone.kpi.supplyRate, zone.kpi.unsuppliedRates, 'en'));
    const count = zone.kpi.unsuppliedRates.fiveYear.batches;
    expect(await strip().textContent()).toContain(`${asOf.slice(0, 4)}-01-01 to ${asOf}`);
    expect(await strip().textContent()).toContain(count === 1 ? '1 batch approved' : `${count} batches approved`);
    await screenshot(page, 'rates-03-zone-en');
    await page.getByTestId('batches-zone').selectOption('');
    await expect.poll(() => strip().locator('.rates-strip__scope').textContent()).toBe('City');
    await screenshot(page, 'rates-04-city-en');
  });

  it('logged no console errors', () => {
    expect(errors).toEqual([]);
  });
});
