import { mkdirSync, readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { ARTIFACTS, settle, visibleNodeIds, waitForNode } from './page.js';
import { startTestServer } from './server.js';

const TECHNO = 'organisation/techno-trading-ltd';
const ILO87 = 'instrument/ilo-convention-87';

describe('tracing, time, sharing and exporting in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 820 }, acceptDownloads: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function pick(end: 'from' | 'to', text: string): Promise<void> {
    await page.fill(`#trace-${end}`, text);
    await page.locator(`#trace-${end}-results li`).first().waitFor();
    await page.keyboard.press('Enter');
  }

  it('traces the shortest paths from Techno Trading Ltd to ILO Convention 87 and lists each cited step', async () => {
    await page.goto(server.url);
    await page.click('#tab-trace');
    await pick('from', 'Techno Trading');
    await pick('to', 'Convention 87');
    await page.click('#trace-run');
    await waitForNode(page, ILO87);
    await settle(page);
    const onPath = await page.evaluate(
      () => (window as unknown as { cy: { edges(s: string): { length: number } } }).cy.edges('.on-path').length,
    );
    expect(onPath).toBeGreaterThan(1);
    const steps = page.locator('#trace-steps > li');
    expect(await steps.count()).toBeGreaterThan(0);
    expect(await steps.first().textContent()).toContain('Techno Trading Ltd');
    expect(await steps.first().locator('blockquote').first().textContent()).toMatch(/^“.+” \[\d{3}_[0-9a-f]+\]$/);
    expect(decodeURIComponent(page.url())).toContain(`trace=${TECHNO}~${ILO87}~3~4`);
    await page.screenshot({ path: `${ARTIFACTS}/trace.png` });
  });

  it('reopens exactly the same view from a shared link', async () => {
    await page.selectOption('#layout', 'concentric');
    await settle(page);
    const shared = page.url();
    const before = (await visibleNodeIds(page)).sort();
    const other = await browser.newPage({ viewport: { width: 1366, height: 820 } });
    await other.goto(shared);
    await waitForNode(other, ILO87);
    await settle(other);
    expect((await visibleNodeIds(other)).sort()).toEqual(before);
    expect(await other.locator('#layout').inputValue()).toBe('concentric');
    expect(
      await other.evaluate(() => (window as unknown as { cy: { edges(s: string): { length: number } } }).cy.edges('.on-path').length),
    ).toBeGreaterThan(1);
    await other.close();
  });

  it('hides an event outside the chosen date range', async () => {
    await page.goto(`${server.url}/?roots=person%2Flarisa-kharkova&hideOutside=1`);
    await waitForNode(page, 'event/sentence-of-kharkova');
    await settle(page);
    expect(await visibleNodeIds(page)).toContain('event/sentence-of-kharkova');
    const months = Number(await page.locator('#time-to').getAttribute('max'));
    expect(months).toBeGreaterThan(2);
    // Move the end of the range back to the first month: the July 2017 sentence falls outside.
    await page.locator('#time-to').fill('0');
    await page.locator('#time-to').dispatchEvent('change');
    await settle(page);
    const shown = await visibleNodeIds(page);
    expect(shown).not.toContain('event/sentence-of-kharkova');
    expect(shown).toContain('event/investigation-of-kharkova');
    expect(shown).toContain('person/larisa-kharkova');
    expect(page.url()).toContain('to=2017-01');
    await page.screenshot({ path: `${ARTIFACTS}/time-range.png` });
  });

  it('exports the view as a PNG image and as valid GraphML', async () => {
    await page.goto(`${server.url}/?roots=organisation%2Fknprk`);
    await waitForNode(page, 'person/larisa-kharkova');
    await settle(page);
    const save = async (kind: string) => {
      await page.click('#export-menu summary');
      const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${kind}"]`)]);
      return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
    };
    const png = await save('png');
    expect(png.name).toBe('persecution-network.png');
    expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.bytes.length).toBeGreaterThan(10_000);
    const graphml = await save('graphml');
    const xml = graphml.bytes.toString('utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const nodes = new XMLParser({ ignoreAttributes: false }).parse(xml).graphml.graph.node as { '@_id': string }[];
    expect(nodes.map((n) => n['@_id']).sort()).toEqual((await visibleNodeIds(page)).sort());
    const svg = await save('svg');
    expect(svg.bytes.toString('utf8')).toContain('<svg');
  });

  it('presents saved views full screen, stepped with the arrow keys', async () => {
    await page.click('#add-slide');
    await page.goto(`${server.url}/?roots=person%2Fnurbek-kushakbayev&layout=timeline`);
    await waitForNode(page, 'event/sentence-of-kushakbayev');
    await page.click('#add-slide');
    await page.click('#present');
    await settle(page);
    expect(await page.evaluate(() => document.body.classList.contains('presenting'))).toBe(true);
    expect(await page.locator('.toolbar').isVisible()).toBe(false);
    expect(await page.locator('#slide-indicator').textContent()).toContain('1 / 2');
    expect(await visibleNodeIds(page)).toContain('person/larisa-kharkova');
    await page.keyboard.press('ArrowRight');
    await waitForNode(page, 'event/sentence-of-kushakbayev');
    await settle(page);
    expect(await page.locator('#slide-indicator').textContent()).toContain('2 / 2');
    await page.screenshot({ path: `${ARTIFACTS}/presentation.png` });
    await page.keyboard.press('Escape');
    expect(await page.locator('.toolbar').isVisible()).toBe(true);
  });
});
