import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { startTestServer } from './server.js';

const ARTIFACTS = 'test-artifacts/e2e';

describe('exploring the network in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const drawnNodeIds = () =>
    page.evaluate(() =>
      (window as unknown as { cy: { nodes(): { map<T>(f: (n: { id(): string }) => T): T[] } } }).cy.nodes().map((n) => n.id()),
    );

  it('searching a transliterated name and choosing the hit draws its neighbourhood', async () => {
    await page.goto(server.url);
    await expect(page.locator('#details .hint').textContent()).resolves.toContain('Search for a name');
    await page.fill('#search-input', 'Kushakbaev');
    const firstHit = page.locator('#search-results li').first();
    await firstHit.waitFor();
    expect(await firstHit.textContent()).toContain('Nurbek Kushakbayev');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { cy: { nodes(): { length: number } } }).cy.nodes().length > 3);
    const ids = await drawnNodeIds();
    expect(ids).toContain('person/nurbek-kushakbayev');
    expect(ids).toContain('event/sentence-of-kushakbayev');
    expect(await page.locator('#details h2').textContent()).toBe('Nurbek Kushakbayev');
    expect(await page.locator('#details blockquote').first().textContent()).toContain('Kushakbayev');
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${ARTIFACTS}/search-and-draw.png` });
  });

  it('clicking a node expands its neighbours', async () => {
    const before = (await drawnNodeIds()).length;
    const position = await page.evaluate(() => {
      const cy = (window as unknown as { cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } } }).cy;
      return cy.getElementById('event/sentence-of-kushakbayev').renderedPosition();
    });
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(box.x + position.x, box.y + position.y);
    await page.waitForFunction((n) => (window as unknown as { cy: { nodes(): { length: number } } }).cy.nodes().length > n, before);
    expect(await drawnNodeIds()).toContain('organisation/techno-trading-ltd');
    expect(await page.locator('#details h2').textContent()).toContain('Sentence of');
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${ARTIFACTS}/expanded.png` });
  });
});
