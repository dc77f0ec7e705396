import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { ARTIFACTS, clickNode, settle, visibleNodeIds, waitForNode } from './page.js';
import { startTestServer } from './server.js';

describe('exploring the network in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 820 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows an empty state that suggests where to start', async () => {
    await page.goto(server.url);
    await page.locator('#suggestions button').first().waitFor();
    expect(await page.locator('#empty-state').isVisible()).toBe(true);
    expect(await page.locator('#suggestions button').count()).toBeGreaterThan(2);
    await page.screenshot({ path: `${ARTIFACTS}/empty-state.png` });
  });

  it('autocompletes a transliterated name with its kind and the alias that matched, by keyboard', async () => {
    await page.fill('#search-input', 'Kushakbaev');
    const first = page.locator('#search-results li').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('Nurbek Kushakbayev (Kushakbaev)');
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await waitForNode(page, 'event/sentence-of-kushakbayev');
    await settle(page);
    expect(await visibleNodeIds(page)).toContain('person/nurbek-kushakbayev');
    expect(await page.locator('#empty-state').isVisible()).toBe(false);
    expect(await page.locator('#details h2').textContent()).toBe('Nurbek Kushakbayev');
    expect(await page.locator('#details blockquote').first().textContent()).toBe(
      '“In April 2017 Nurbek Kushakbayev, Vice-President of the KNPRK, was sentenced to two and a half years in prison.”',
    );
    await page.screenshot({ path: `${ARTIFACTS}/search-and-draw.png` });
  });

  it('double-clicking a node expands it; its evidence shows both sides of a contradiction and the quote in its source', async () => {
    await clickNode(page, 'event/sentence-of-kushakbayev', 2);
    await waitForNode(page, 'organisation/techno-trading-ltd');
    await settle(page);
    expect(await page.locator('#details h2').textContent()).toContain('Sentence of Nurbek Kushakbayev');
    const disagreement = page.locator('.contradiction', { hasText: 'ban on public activity' });
    expect(await disagreement.textContent()).toContain('3 years');
    expect(await disagreement.textContent()).toContain('2 years after the sentence is served');
    await page.locator('#details .citation button', { hasText: 'Show in source' }).first().click();
    const mark = page.locator('#details .source-text mark').first();
    await mark.waitFor();
    expect((await mark.textContent())?.length).toBeGreaterThan(20);
    await page.screenshot({ path: `${ARTIFACTS}/evidence-panel.png` });
  });

  it('undoes and redoes an expansion', async () => {
    await page.click('#undo');
    await settle(page);
    expect(await visibleNodeIds(page)).not.toContain('organisation/techno-trading-ltd');
    await page.click('#redo');
    await waitForNode(page, 'organisation/techno-trading-ltd');
  });

  it('removes a node, and hides a kind from the legend', async () => {
    await page.locator('#details button', { hasText: 'Remove' }).click();
    await settle(page);
    expect(await visibleNodeIds(page)).not.toContain('event/sentence-of-kushakbayev');
    await page.locator('#legend button', { hasText: 'Organisation' }).click();
    await settle(page);
    expect((await visibleNodeIds(page)).some((id) => id.startsWith('organisation/'))).toBe(false);
    expect(page.url()).toContain('kinds=');
  });

  it('tells the user when the server is unreachable', async () => {
    await server.stop();
    await page.fill('#search-input', 'Kharkova');
    await page.waitForFunction(() => document.getElementById('status')?.classList.contains('error'));
    expect(await page.locator('#status').textContent()).toMatch(/cannot be reached|not answering/);
    await page.screenshot({ path: `${ARTIFACTS}/server-down.png` });
  });
});
