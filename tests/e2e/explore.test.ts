import { describe, expect, it } from 'vitest';
import { ARTIFACTS, clickNode, settle, visibleNodeIds, waitForNode } from './page.js';
import { useBrowserOnTestServer } from './server.js';

describe('exploring the network in Chromium', () => {
  const suite = useBrowserOnTestServer();

  it('shows an empty state that suggests where to start', async () => {
    await suite.page.goto(suite.server.url);
    await suite.page.locator('#suggestions button').first().waitFor();
    expect(await suite.page.locator('#empty-state').isVisible()).toBe(true);
    expect(await suite.page.locator('#suggestions button').count()).toBeGreaterThan(2);
    await suite.page.screenshot({ path: `${ARTIFACTS}/empty-state.png` });
  });

  it('autocompletes a transliterated name with its kind and the alias that matched, by keyboard', async () => {
    await suite.page.fill('#search-input', 'Kushakbaev');
    const first = suite.page.locator('#search-results li').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('Nurbek Kushakbayev (Kushakbaev)');
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await suite.page.keyboard.press('Enter');
    await waitForNode(suite.page, 'event/sentence-of-kushakbayev');
    await settle(suite.page);
    expect(await visibleNodeIds(suite.page)).toContain('person/nurbek-kushakbayev');
    expect(await suite.page.locator('#empty-state').isVisible()).toBe(false);
    expect(await suite.page.locator('#details h2').textContent()).toBe('Nurbek Kushakbayev');
    expect(await suite.page.locator('#details blockquote').first().textContent()).toBe(
      '“In April 2017 Nurbek Kushakbayev, Vice-President of the KNPRK, was sentenced to two and a half years in prison.”',
    );
    await suite.page.screenshot({ path: `${ARTIFACTS}/search-and-draw.png` });
  });

  it('double-clicking a node expands it; its evidence shows both sides of a contradiction and the quote in its source', async () => {
    await clickNode(suite.page, 'event/sentence-of-kushakbayev', 2);
    await waitForNode(suite.page, 'organisation/techno-trading-ltd');
    await settle(suite.page);
    expect(await suite.page.locator('#details h2').textContent()).toContain('Sentence of Nurbek Kushakbayev');
    const disagreement = suite.page.locator('.contradiction', { hasText: 'ban on public activity' });
    expect(await disagreement.textContent()).toContain('3 years');
    expect(await disagreement.textContent()).toContain('2 years after the sentence is served');
    await suite.page.locator('#details .citation button', { hasText: 'Show in source' }).first().click();
    const mark = suite.page.locator('#details .source-text mark').first();
    await mark.waitFor();
    expect((await mark.textContent())?.length).toBeGreaterThan(20);
    await suite.page.screenshot({ path: `${ARTIFACTS}/evidence-panel.png` });
  });

  it('undoes and redoes an expansion', async () => {
    await suite.page.click('#undo');
    await settle(suite.page);
    expect(await visibleNodeIds(suite.page)).not.toContain('organisation/techno-trading-ltd');
    await suite.page.click('#redo');
    await waitForNode(suite.page, 'organisation/techno-trading-ltd');
  });

  it('removes a node, and hides a kind from the legend', async () => {
    await suite.page.locator('#details button', { hasText: 'Remove' }).click();
    await settle(suite.page);
    expect(await visibleNodeIds(suite.page)).not.toContain('event/sentence-of-kushakbayev');
    await suite.page.locator('#legend button', { hasText: 'Organisation' }).click();
    await settle(suite.page);
    expect((await visibleNodeIds(suite.page)).some((id) => id.startsWith('organisation/'))).toBe(false);
    expect(suite.page.url()).toContain('kinds=');
  });

  it('tells the user when the server is unreachable', async () => {
    await suite.server.stop();
    await suite.page.fill('#search-input', 'Kharkova');
    await suite.page.waitForFunction(() => document.getElementById('status')?.classList.contains('error'));
    expect(await suite.page.locator('#status').textContent()).toMatch(/cannot be reached|not answering/);
    await suite.page.screenshot({ path: `${ARTIFACTS}/server-down.png` });
  });
});
