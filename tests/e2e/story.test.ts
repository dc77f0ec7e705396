import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility.js';
import { tokenFor } from './api-client.js';
import { ARTIFACTS, settle, visibleNodeIds, waitForNode } from './page.js';
import { useBrowserOnTestServer } from './server.js';

// An educator's lesson on the campaign over 2017–2018: three slides built in the page and saved on the server, reopened
// by link in a fresh browser, presented, and published as one HTML file that opens from disk with the network off.
const TITLE = 'The campaign against the independent unions, 2017–2018';
const SLIDES = [
  {
    view: '?roots=organisation%2Fknprk&layout=timeline&from=2017-01&to=2017-12',
    node: 'organisation/knprk',
    title: '2017: the confederation is dissolved',
    caption: 'Follow the court cases against the KNPRK and its leaders, month by month.',
  },
  {
    view: '?roots=person%2Flarisa-kharkova&from=2017-01&to=2018-12&undated=leave-out',
    node: 'person/larisa-kharkova',
    title: 'Larisa Kharkova on trial',
    caption: 'Sources disagree on her sentence: compare the quotes.',
  },
  {
    view: '?layout=map&from=2017-01&to=2018-12',
    node: null,
    title: 'Where it happened',
    caption: 'Each circle grows with the events there.',
  },
];

async function waitForSlides(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('#story-slides > li').length === n, count);
}

async function slideTitles(page: Page): Promise<string[]> {
  return page.locator('#story-slides > li input[type="text"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
}

describe('a story: built, saved, reopened by link, presented and published', () => {
  const suite = useBrowserOnTestServer({ acceptDownloads: true });
  let storyId = '';
  let published = '';

  it('builds three slides with titles and captions, reorders and edits them, and saves the story on the server', async () => {
    const { page, server } = suite;
    const editor = await tokenFor(server.db, 'editor');
    for (const [i, slide] of SLIDES.entries()) {
      await page.goto(`${server.url}/${slide.view}${storyId ? `&story=${encodeURIComponent(storyId)}` : ''}`);
      if (slide.node) await waitForNode(page, slide.node);
      else await page.locator('#map svg .map-marker').first().waitFor();
      await settle(page);
      if (i === 0) {
        await page.click('#sign-in-open');
        await page.fill('#token-input', editor.token);
        await page.locator('#sign-in-form button[type="submit"]').click();
        await page.locator('#signed-in').waitFor();
        await page.click('#tab-story');
        await page.fill('#story-title', TITLE);
      } else {
        // The link names a view as well as the story: the story opens in its tab, the view stays as linked.
        await waitForSlides(page, i);
        expect(await page.locator('#tab-story').getAttribute('aria-selected')).toBe('true');
      }
      await page.click('#story-add');
      await waitForSlides(page, i + 1);
      const item = page.locator('#story-slides > li').nth(i);
      await item.locator('input[type="text"]').fill(slide.title);
      await item.locator('textarea').fill(slide.caption);
      await page.click('#story-save');
      await page.locator('#story .hint', { hasText: `Version ${i + 1}.` }).waitFor();
      storyId = new URL(page.url()).searchParams.get('story')!;
    }
    expect(storyId).toMatch(/^story\//);
    expect(await slideTitles(page)).toEqual(SLIDES.map((s) => s.title));

    // Duplicate the first slide, move the copy to the end, then delete it: three slides again, in their order.
    await page.getByRole('button', { name: 'Duplicate slide 1' }).click();
    await waitForSlides(page, 4);
    await page.getByRole('button', { name: 'Move down slide 2' }).click();
    await page.getByRole('button', { name: 'Move down slide 3' }).click();
    expect((await slideTitles(page))[3]).toBe(SLIDES[0]!.title);
    await page.getByRole('button', { name: 'Delete slide 4' }).click();
    await waitForSlides(page, 3);
    await page.click('#story-save');
    await page.locator('#story .hint', { hasText: 'Version 4.' }).waitFor();
    expect(await slideTitles(page)).toEqual(SLIDES.map((s) => s.title));
    await page.screenshot({ path: `${ARTIFACTS}/story-panel.png` });

    // Another story, saved and then deleted: the list offers both while they exist, then only the one kept.
    await page.click('#story-new');
    await page.fill('#story-title', 'A story to delete');
    await page.click('#story-add');
    await page.click('#story-save');
    await page.locator('#story .hint', { hasText: 'Version 1.' }).waitFor();
    await page.click('#story-open');
    await page.locator('#story .story-list button', { hasText: TITLE }).waitFor();
    expect(await page.locator('#story .story-list button', { hasText: 'A story to delete' }).count()).toBe(1);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.click('#story-delete');
    await page.waitForFunction(() => !/[?&]story=/.test(location.search));
    await page.click('#story-open');
    await page.locator('#story .story-list button', { hasText: TITLE }).waitFor();
    expect(await page.locator('#story .story-list button', { hasText: 'A story to delete' }).count()).toBe(0);
    // Opening the kept story from the list draws its first slide.
    await page.locator('#story .story-list button', { hasText: TITLE }).click();
    await waitForSlides(page, 3);
    await waitForNode(page, SLIDES[0]!.node!);
    expect(new URL(page.url()).searchParams.get('story')).toBe(storyId);
  });

  it('reopens by link in a fresh browser context, with all three slides, and presents them with their sources', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1920, height: 1080 }, acceptDownloads: true });
    const page = await context.newPage();
    try {
      await page.goto(`${suite.server.url}/?story=${encodeURIComponent(storyId)}`);
      await waitForSlides(page, 3);
      expect(await slideTitles(page)).toEqual(SLIDES.map((s) => s.title));
      expect(await page.locator('#story-title').inputValue()).toBe(TITLE);
      await waitForNode(page, SLIDES[0]!.node!);
      await settle(page);

      await page.click('#story-present');
      const overlay = page.locator('#slide-overlay');
      for (const [i, slide] of SLIDES.entries()) {
        if (i > 0) await page.keyboard.press('ArrowRight');
        await page.waitForFunction((title) => document.querySelector('#slide-overlay .slide-title')?.textContent === title, slide.title);
        await page.locator('#slide-overlay .slide-sources h3').waitFor();
        await settle(page);
        expect(await page.evaluate(() => document.body.classList.contains('presenting'))).toBe(true);
        expect(await overlay.locator('.slide-caption').textContent()).toBe(slide.caption);
        expect(await overlay.locator('.slide-position').textContent()).toContain(`${i + 1} / 3`);
        expect(await overlay.locator('.slide-sources li').count()).toBeGreaterThan(0);
        if (slide.node) expect(await visibleNodeIds(page)).toContain(slide.node);
        else expect(await page.locator('#map svg .map-marker').count()).toBeGreaterThan(0);
        if (i === 1) {
          // This slide leaves undated items out of its 2017–2018 range: the confederation (undated) is faded.
          const faded = await page.evaluate(() =>
            (window as unknown as { cy: { getElementById(i: string): { hasClass(c: string): boolean } } }).cy
              .getElementById('organisation/knprk')
              .hasClass('faded'),
          );
          expect(faded).toBe(true);
        }
        await page.screenshot({ path: `${ARTIFACTS}/story-present-${i + 1}.png` });
      }
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => document.body.classList.contains('presenting'))).toBe(false);

      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#story-publish')]);
      mkdirSync(ARTIFACTS, { recursive: true });
      published = path.resolve(ARTIFACTS, 'published-story.html');
      writeFileSync(published, readFileSync((await download.path())!));
      expect(download.suggestedFilename()).toMatch(/\.html$/);
    } finally {
      await context.close();
    }
  });

  it('publishes one HTML file that opens from disk with the network off and steps through its slides and quotes', async () => {
    const html = readFileSync(published, 'utf8');
    expect(html).toContain(encodeURIComponent(storyId));
    const context = await suite.browser.newContext({ offline: true, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requested.push(request.url());
    });
    try {
      await page.goto(pathToFileURL(published).href);
      for (const [i, slide] of SLIDES.entries()) {
        if (i > 0) await page.keyboard.press('ArrowRight');
        const shown = page.locator(`#slide-${i + 1}`);
        await shown.waitFor({ state: 'visible' });
        expect(await shown.locator('h2').textContent()).toBe(slide.title);
        expect(await shown.locator('.caption').textContent()).toBe(slide.caption);
        expect(await shown.locator('figure > svg').count()).toBe(1);
        expect(await shown.locator('.quotes > li').count()).toBeGreaterThan(0);
        expect(await shown.locator('.sources > li').count()).toBeGreaterThan(0);
        expect(await page.locator('.slide:visible').count()).toBe(1);
      }
      expect(await page.locator('#indicator').textContent()).toBe('3 / 3');
      await page.keyboard.press('ArrowLeft');
      await page.locator('#slide-2').waitFor({ state: 'visible' });
      await page.screenshot({ path: `${ARTIFACTS}/published-story.png` });
      // Printed, it is the handout: every slide, each with its caption and quotes.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.slide:visible').count()).toBe(3);
      expect(await page.locator('#print').isVisible()).toBe(false);
      expect(requested).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
