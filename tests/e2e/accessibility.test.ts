import { describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility.js';
import { clickNode, settle, waitForNode } from './page.js';
import { useBrowserOnTestServer } from './server.js';

const KUSHAKBAYEV = 'person/nurbek-kushakbayev';

// axe-core in Chromium: no serious or critical WCAG 2.1 A/AA violation where researchers, investigators and a class
// spend their time. (The dossier is checked in dossier.test.ts.)
describe('accessibility of the page (axe-core)', () => {
  const suite = useBrowserOnTestServer();

  it('the network with an entity’s evidence open', async () => {
    await suite.page.goto(`${suite.server.url}/?roots=${encodeURIComponent(KUSHAKBAYEV)}`);
    await waitForNode(suite.page, KUSHAKBAYEV);
    await settle(suite.page);
    await clickNode(suite.page, KUSHAKBAYEV);
    await suite.page.locator('#details h2').waitFor();
    expect(await seriousViolations(suite.page)).toEqual([]);
  });

  it('the story being built, and its presentation', async () => {
    await suite.page.click('#add-slide');
    await suite.page.locator('#story-slides > li').waitFor();
    expect(await seriousViolations(suite.page)).toEqual([]);
    await suite.page.click('#present');
    await settle(suite.page);
    expect(await suite.page.evaluate(() => document.body.classList.contains('presenting'))).toBe(true);
    expect(await seriousViolations(suite.page)).toEqual([]);
    await suite.page.keyboard.press('Escape');
  });

  it('the map of places, and the time-ordered layout with its axis', async () => {
    await suite.page.goto(`${suite.server.url}/?layout=map&from=2017-01&to=2018-12`);
    await suite.page.locator('#map svg .map-marker').first().waitFor();
    expect(await seriousViolations(suite.page)).toEqual([]);
    await suite.page.goto(`${suite.server.url}/?roots=${encodeURIComponent(KUSHAKBAYEV)}&layout=timeline`);
    await waitForNode(suite.page, KUSHAKBAYEV);
    await settle(suite.page);
    expect(await suite.page.locator('svg.time-axis .lane-label').count()).toBeGreaterThan(0);
    expect(await seriousViolations(suite.page)).toEqual([]);
  });

  it('would find a violation if there were one (a nameless button, an image without text)', async () => {
    await suite.page.setContent('<!doctype html><html lang="en"><title>t</title><main><button></button><img src="x.png"></main></html>');
    const found = await seriousViolations(suite.page);
    expect(found.map((v) => v.id).sort()).toEqual(['button-name', 'image-alt']);
  });
});
