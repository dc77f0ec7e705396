import { readFileSync, writeFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, resizeTo, settle, visibleNodeIds, waitForNode } from './page.js';
import { useBrowserOnTestServer } from './server.js';

const TECHNO = 'organisation/techno-trading-ltd';
const ILO87 = 'instrument/ilo-convention-87';

describe('tracing, time, sharing and exporting in Chromium', () => {
  const suite = useBrowserOnTestServer({ acceptDownloads: true });

  async function pick(end: 'from' | 'to', text: string): Promise<void> {
    await suite.page.fill(`#trace-${end}`, text);
    await suite.page.locator(`#trace-${end}-results li`).first().waitFor();
    await suite.page.keyboard.press('Enter');
  }

  it('traces the shortest paths from Techno Trading Ltd to ILO Convention 87 and lists each cited step', async () => {
    await suite.page.goto(suite.server.url);
    await suite.page.click('#tab-trace');
    await pick('from', 'Techno Trading');
    await pick('to', 'Convention 87');
    await suite.page.click('#trace-run');
    await waitForNode(suite.page, ILO87);
    await settle(suite.page);
    const onPath = await suite.page.evaluate(
      () => (window as unknown as { cy: { edges(s: string): { length: number } } }).cy.edges('.on-path, .on-joined-path').length,
    );
    expect(onPath).toBeGreaterThan(1);
    const steps = suite.page.locator('#trace-steps > li');
    expect(await steps.count()).toBeGreaterThan(0);
    expect(await steps.first().textContent()).toContain('Techno Trading Ltd');
    expect(await steps.first().locator('blockquote').first().textContent()).toMatch(/^“.+” \[\d{3}_[0-9a-f]+\]$/);
    expect(decodeURIComponent(suite.page.url())).toContain(`trace=${TECHNO}~${ILO87}~3~4`);
    await suite.page.screenshot({ path: `${ARTIFACTS}/trace.png` });
  });

  it('says in words that no single source links Techno Trading Ltd to ILO Convention 87, and draws such paths apart', async () => {
    const joined = suite.page.locator('#trace-steps > li.path.joined');
    expect(await joined.count()).toBeGreaterThan(0);
    expect(await joined.first().locator('.verdict').textContent()).toMatch(
      /^⚠ No source links Techno Trading Ltd to ILO Convention 87; this path joins \d+ facts from \d+ sources\./,
    );
    const dotted = await suite.page.evaluate(
      () => (window as unknown as { cy: { edges(s: string): { length: number } } }).cy.edges('.on-joined-path').length,
    );
    expect(dotted).toBeGreaterThan(0);
    for (const size of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      await resizeTo(suite.page, size);

      await suite.page.screenshot({ path: `${ARTIFACTS}/trace-honest-${size.width}.png` });
    }
    await resizeTo(suite.page, { width: 1366, height: 820 });
  });

  it('reopens exactly the same view from a shared link', async () => {
    await suite.page.selectOption('#layout', 'concentric');
    await settle(suite.page);
    const shared = suite.page.url();
    const before = (await visibleNodeIds(suite.page)).sort();
    const other = await suite.browser.newPage({ viewport: { width: 1366, height: 820 } });
    await other.goto(shared);
    await waitForNode(other, ILO87);
    await settle(other);
    expect((await visibleNodeIds(other)).sort()).toEqual(before);
    expect(await other.locator('#layout').inputValue()).toBe('concentric');
    expect(await other.locator('#trace-from').inputValue()).toBe('Techno Trading Ltd');
    expect(await other.locator('#trace-to').inputValue()).toBe('ILO Convention 87');
    expect(
      await other.evaluate(
        () => (window as unknown as { cy: { edges(s: string): { length: number } } }).cy.edges('.on-path, .on-joined-path').length,
      ),
    ).toBeGreaterThan(1);
    await other.close();
  });

  it('hides an event outside the chosen date range', async () => {
    await suite.page.goto(`${suite.server.url}/?roots=person%2Flarisa-kharkova&hideOutside=1`);
    await waitForNode(suite.page, 'event/sentence-of-kharkova');
    await settle(suite.page);
    expect(await visibleNodeIds(suite.page)).toContain('event/sentence-of-kharkova');
    const months = Number(await suite.page.locator('#time-to').getAttribute('max'));
    expect(months).toBeGreaterThan(2);
    // Move the end of the range back to the first month: the July 2017 sentence falls outside.
    await suite.page.locator('#time-to').fill('0');
    await suite.page.locator('#time-to').dispatchEvent('change');
    await settle(suite.page);
    const shown = await visibleNodeIds(suite.page);
    expect(shown).not.toContain('event/sentence-of-kharkova');
    expect(shown).toContain('event/investigation-of-kharkova');
    expect(shown).toContain('person/larisa-kharkova');
    expect(suite.page.url()).toContain('to=2017-01');
    await suite.page.screenshot({ path: `${ARTIFACTS}/time-range.png` });
  });

  it('exports the view as a PNG image and as valid GraphML', async () => {
    await suite.page.goto(`${suite.server.url}/?roots=organisation%2Fknprk`);
    await waitForNode(suite.page, 'person/larisa-kharkova');
    await settle(suite.page);
    const save = async (kind: string, attribute = 'data-export') => {
      await suite.page.click('#export-menu summary');
      const [file] = await Promise.all([suite.page.waitForEvent('download'), suite.page.click(`[${attribute}="${kind}"]`)]);
      return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
    };
    // Images for slides, at the projector preset: the legend, a title, the range and a source credit come with them.
    await suite.page.click('#export-menu summary');
    await suite.page.selectOption('#image-size', { label: 'Projector, 4:3 (1024 × 768)' });
    await suite.page.click('#export-menu summary');
    const png = await save('png', 'data-image');
    expect(png.name).toBe('persecution-network.png');
    expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([1024, 768]);
    expect(png.bytes.length).toBeGreaterThan(10_000);
    writeFileSync(`${ARTIFACTS}/slide-image.png`, png.bytes);
    const graphml = await save('graphml');
    const xml = graphml.bytes.toString('utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    type Node = { '@_id': string; data: { '@_key': string; '#text': string }[] };
    const nodes = new XMLParser({ ignoreAttributes: false }).parse(xml).graphml.graph.node as Node[];
    const value = (n: Node, key: string) => n.data.find((d) => d['@_key'] === key)?.['#text'];
    const visible = (await visibleNodeIds(suite.page)).sort();
    // The visible entities, and the claims about them (each its own element, with its quotes).
    expect(
      nodes
        .filter((n) => value(n, 'element') === 'entity')
        .map((n) => n['@_id'])
        .sort(),
    ).toEqual(visible);
    for (const claim of nodes.filter((n) => value(n, 'element') !== 'entity')) {
      expect(value(claim, 'element')).toBe('claim');
      expect(visible).toContain(value(claim, 'subject'));
      expect(value(claim, 'citations')).toBeTruthy();
    }
    const svg = (await save('svg', 'data-image')).bytes.toString('utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('width="1024" height="768"');
    expect(svg).toContain('>Legend<');
    expect(svg).toContain('>Person<');
    expect(svg).toMatch(/>Sources: [^<]{10,}</);
  });

  it('presents the story’s slides full screen, stepped with the arrow keys', async () => {
    await suite.page.click('#add-slide');
    await suite.page.selectOption('#layout', 'timeline');
    await settle(suite.page);
    await suite.page.click('#add-slide');
    await suite.page.click('#present');
    await settle(suite.page);
    expect(await suite.page.evaluate(() => document.body.classList.contains('presenting'))).toBe(true);
    expect(await suite.page.locator('.toolbar').isVisible()).toBe(false);
    expect(await suite.page.locator('#slide-overlay .slide-position').textContent()).toContain('1 / 2');
    expect(await visibleNodeIds(suite.page)).toContain('person/larisa-kharkova');
    expect(await suite.page.locator('svg.time-axis').isVisible()).toBe(false);
    await suite.page.keyboard.press('ArrowRight');
    await suite.page.locator('svg.time-axis .lane-label').first().waitFor();
    await settle(suite.page);
    expect(await suite.page.locator('#slide-overlay .slide-position').textContent()).toContain('2 / 2');
    await suite.page.screenshot({ path: `${ARTIFACTS}/presentation.png` });
    await suite.page.keyboard.press('Escape');
    expect(await suite.page.locator('.toolbar').isVisible()).toBe(true);
  });
});
