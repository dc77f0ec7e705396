import { describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility.js';
import { ARTIFACTS, clickNode, settle, waitForNode } from './page.js';
import { useBrowserOnTestServer } from './server.js';

const KUSHAKBAYEV = 'person/nurbek-kushakbayev';

describe('the dossier of one actor, in Chromium', () => {
  const suite = useBrowserOnTestServer();

  it('is opened from the evidence panel and lists the links in date order, each with its quote and numbered source', async () => {
    await suite.page.goto(`${suite.server.url}/?roots=${encodeURIComponent(KUSHAKBAYEV)}`);
    await waitForNode(suite.page, KUSHAKBAYEV);
    await settle(suite.page);
    await clickNode(suite.page, KUSHAKBAYEV);
    const link = suite.page.locator('#details a.dossier-link');
    expect(await link.getAttribute('href')).toBe(`dossier.html?id=${encodeURIComponent(KUSHAKBAYEV)}`);

    await suite.page.goto(`${suite.server.url}/dossier.html?id=${encodeURIComponent(KUSHAKBAYEV)}`);
    await suite.page.locator('main[aria-busy="false"] article').waitFor();
    expect(await suite.page.locator('h1').textContent()).toBe('Nurbek Kushakbayev');
    const dates = await suite.page.locator('ol.links > li > .when').allTextContents();
    expect(dates.length).toBeGreaterThan(2);
    // Dated links first, in order; the undated ones after them, said to be undated.
    const firstUndated = dates.indexOf('Undated');
    expect(dates.slice(firstUndated === -1 ? dates.length : firstUndated).every((d) => d === 'Undated')).toBe(true);
    // His links have no dates of their own: each is dated by the arrest or sentence it links to, which it says.
    expect(dates.filter((d) => /^2017(-\d\d){0,2} \(the date of the event\)$/.test(d)).length).toBeGreaterThanOrEqual(2);
    const sources = await suite.page.locator('ol.sources > li').count();
    expect(sources).toBeGreaterThan(0);
    for (const ref of await suite.page.locator('ol.links .source-ref').allTextContents()) {
      expect(Number(ref.replace(/\D/g, ''))).toBeLessThanOrEqual(sources);
    }
    expect(await suite.page.locator('ol.links > li').first().locator('blockquote').count()).toBeGreaterThan(0);
  });

  it('shows both sides of a contradiction about his sentence, each with its quote', async () => {
    const contested = suite.page.locator('.claim.contested', { hasText: 'Ban on public activity' });
    expect(await contested.count()).toBe(2);
    const texts = await contested.allTextContents();
    expect(texts.some((t) => t.includes('3 years'))).toBe(true);
    expect(texts.some((t) => t.includes('2 years after the sentence is served'))).toBe(true);
    for (const side of await contested.all()) {
      expect(await side.locator('.disagreement').textContent()).toContain('Sources disagree');
      expect(await side.locator('blockquote').count()).toBeGreaterThan(0);
    }
    await suite.page.screenshot({ path: `${ARTIFACTS}/dossier.png`, fullPage: true });
  });

  it('prints without its navigation', async () => {
    await suite.page.emulateMedia({ media: 'print' });
    expect(await suite.page.locator('.dossier-nav').isVisible()).toBe(false);
    expect(await suite.page.locator('ol.sources').isVisible()).toBe(true);
    await suite.page.emulateMedia({ media: 'screen' });
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    expect(await seriousViolations(suite.page)).toEqual([]);
  });

  it('says so when the entity does not exist', async () => {
    await suite.page.goto(`${suite.server.url}/dossier.html?id=person/nobody-at-all`);
    await suite.page.locator('main[aria-busy="false"]').waitFor();
    expect(await suite.page.locator('main').textContent()).toMatch(/No entity has id|could not be loaded/);
  });
});
