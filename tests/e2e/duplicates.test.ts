// Judging duplicate suggestions as an editor in Chromium. Two pairs of people written in Latin and in Cyrillic letters
// are made through the API, with ids of their own for this run and names as the sources would write them; only these
// are decided on (never seed entities), and they are deleted afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, randomWord, tokenFor } from './api-client.js';
import { ARTIFACTS, resizeTo } from './page.js';
import { useBrowserOnTestServer } from './server.js';

const RUN = randomWord();
const SOURCE = { id: '001_5d51890738cb558a', title: 'Stop the persecution of independent trade unions in Kazakhstan' };
const OTHER_SOURCE = '000_760c9d7c1e926fee';
const people = {
  galym: {
    id: `person/galym-temirbekov-${RUN}`,
    name: 'Galym Temirbekov',
    source: SOURCE.id,
    quote: 'striking workers in Zhanaozen',
    more: { description: 'Oil worker in Zhanaozen', aliases: [{ name: 'G. Temirbekov', reason: 'initial and surname in a statement' }] },
  },
  galymRu: {
    id: `person/galym-temirbekov-${RUN}-ru`,
    name: 'Галым Темирбеков',
    source: SOURCE.id,
    quote: 'the shooting of striking workers in Zhanaozen in 2011',
    more: { description: 'Striking worker' },
  },
  aigerim: {
    id: `person/aigerim-nurmagambetova-${RUN}`,
    name: 'Aigerim Nurmagambetova',
    source: OTHER_SOURCE,
    quote: 'persecution of union leaders began',
  },
  aigerimRu: {
    id: `person/aigerim-nurmagambetova-${RUN}-ru`,
    name: 'Айгерим Нурмагамбетова',
    source: OTHER_SOURCE,
    quote: 'The independent trade unions remain under pressure in Kazakhstan.',
  },
};
const UNSURE_REASON = 'Only one quote each, no date of birth';

describe('judging possible duplicates in Chromium', () => {
  const suite = useBrowserOnTestServer();
  let editor = { id: '', name: '', token: '' };
  const api = <T>(query: string, variables: Record<string, unknown> = {}) => callApi<T>(suite.server.url, editor.token, query, variables);
  const exists = async (id: string) =>
    (await api<{ entity: { id: string } | null }>('query ($id: ID!) { entity(id: $id) { id } }', { id })).entity !== null;

  beforeAll(async () => {
    editor = await tokenFor(suite.server.db, 'editor');
    for (const p of Object.values(people))
      await api('mutation ($input: EntityInput!) { createEntity(input: $input) { id } }', {
        input: {
          id: p.id,
          kind: 'person',
          name: p.name,
          citations: [{ sourceId: p.source, quote: p.quote }],
          ...('more' in p ? p.more : {}),
        },
      });
  });

  afterAll(async () => {
    for (const p of Object.values(people)) if (await exists(p.id)) await api('mutation ($id: ID!) { deleteEntity(id: $id) }', { id: p.id });
  });

  const screen = () => suite.page.locator('#reports .duplicates');
  const side = (id: string) => suite.page.locator(`.duplicate-side[data-id="${id}"]`);
  const card = (x: string, y: string) =>
    screen()
      .locator('article.duplicate-pair')
      .filter({ has: side(x) })
      .filter({ has: side(y) });
  /** The list has been read (again): its counts line is written once the answer is drawn. */
  const loaded = () =>
    suite.page.waitForFunction(() => /to judge/.test(document.querySelector('#reports .duplicates-counts')?.textContent ?? ''));

  it('shows editors a pair of transliterations side by side: names, quotes with their sources, the score and why', async () => {
    await suite.page.goto(suite.server.url);
    expect(await suite.page.locator('#open-duplicates').isVisible()).toBe(false);
    await suite.page.click('#sign-in-open');
    await suite.page.fill('#token-input', editor.token);
    await suite.page.locator('#sign-in-form button[type="submit"]').click();
    await resizeTo(suite.page, { width: 1366, height: 768 });
    await suite.page.locator('header').screenshot({ path: `${ARTIFACTS}/duplicates-toolbar-1366.png` });
    await suite.page.locator('#open-duplicates').click();
    await loaded();
    expect(suite.page.url()).toContain('reports=duplicates');
    expect(await suite.page.locator('#reports .reports-bar button[aria-current="true"]').textContent()).toBe('Possible duplicates');

    const pair = card(people.galym.id, people.galymRu.id);
    await pair.waitFor();
    expect(await pair.locator('.duplicate-side h3').allTextContents()).toEqual(
      expect.arrayContaining([people.galym.name, people.galymRu.name]),
    );
    // How the names fit, naming both spellings (which one first depends on the direction the server found best).
    const reasons = (await pair.locator('.pair-reasons li').first().textContent()) ?? '';
    expect(reasons).toContain(`"${people.galym.name}"`);
    expect(reasons).toContain(`"${people.galymRu.name}"`);
    expect(await pair.locator('.pair-score').textContent()).toMatch(/\d+% likely one/);
    expect(await pair.locator('.pair-shared').textContent()).toBe(`Both cited from ${SOURCE.title}`);
    const quote = side(people.galymRu.id).locator('.side-quote');
    expect(await quote.locator('.quote-text').textContent()).toBe(`“${people.galymRu.quote}”`);
    expect(await quote.locator('cite').textContent()).toContain(SOURCE.title);
    expect(await side(people.galym.id).locator('.side-kind').textContent()).toBe(`Person · ${people.galym.id}`);
    expect(await side(people.galym.id).locator('.side-aliases').textContent()).toBe('Also written: G. Temirbekov');
    // What tells them apart is marked on both sides.
    expect(await pair.locator('.pair-differs').textContent()).toBe('Differ in description');
    expect(await pair.locator('.side-description.differs').allTextContents()).toEqual([
      'Description: Oil worker in Zhanaozen',
      'Description: Striking worker',
    ]);
    await pair.scrollIntoViewIfNeeded();
    await suite.page.screenshot({ path: `${ARTIFACTS}/duplicates-1366.png` });
  });

  it('marks a pair Different with a reason: it disappears, and stays gone after a reload', async () => {
    const pair = card(people.galym.id, people.galymRu.id);
    await pair.locator('button', { hasText: 'Different…' }).click();
    const form = pair.locator('form[data-decision="DIFFERENT"]');
    await form.locator('input[name="reason"]').fill('Different fathers’ names in the court records');
    await form.locator('button[type="submit"]').click();
    await screen().locator('.review-notice', { hasText: 'Marked different' }).waitFor();
    await pair.waitFor({ state: 'detached' });
    expect(await screen().locator('.review-notice').textContent()).toBe(
      `Marked different: “${people.galym.name}” and “${people.galymRu.name}” will not be suggested again.`,
    );

    await suite.page.reload();
    await loaded();
    await card(people.aigerim.id, people.aigerimRu.id).waitFor();
    expect(await card(people.galym.id, people.galymRu.id).count()).toBe(0);
  });

  it('marks a pair Unsure: it stays listed, marked, with the reason given', async () => {
    const pair = card(people.aigerim.id, people.aigerimRu.id);
    await pair.locator('button', { hasText: 'Unsure…' }).click();
    await pair.locator('form[data-decision="UNSURE"] input[name="reason"]').fill(UNSURE_REASON);
    await pair.locator('form[data-decision="UNSURE"] button[type="submit"]').click();
    await screen().locator('.review-notice', { hasText: 'Marked unsure' }).waitFor();
    await pair.locator('.status.unsure').waitFor();
    expect(await pair.getAttribute('data-unsure')).toBe('true');
    expect(await pair.locator('.pair-reasons').textContent()).toContain(`marked unsure by ${editor.name}: ${UNSURE_REASON}`);
  });

  it('merges a pair judged Same into the one chosen, after saying what will happen, and Undo brings both back', async () => {
    await resizeTo(suite.page, { width: 1920, height: 1080 });
    const pair = card(people.aigerim.id, people.aigerimRu.id);
    await pair.locator('button', { hasText: 'Same…' }).click();
    const form = pair.locator('form[data-decision="SAME"]');
    // The Latin spelling is kept by default; the editor chooses the Cyrillic one, and is told what that does.
    expect(await form.locator(`input[value="${people.aigerim.id}"]`).isChecked()).toBe(true);
    await form.locator(`input[value="${people.aigerimRu.id}"]`).check();
    expect(await form.locator('.decision-explain').textContent()).toMatch(
      new RegExp(`^“${people.aigerim.name}” will be merged into “${people.aigerimRu.name}”`),
    );
    await form.locator(`input[value="${people.aigerim.id}"]`).check();
    await form.locator('input[name="reason"]').fill('Same union leader in both reports');
    await pair.scrollIntoViewIfNeeded();
    await suite.page.screenshot({ path: `${ARTIFACTS}/duplicates-same-form-1920.png` });
    await form.locator('button[type="submit"]', { hasText: 'Merge' }).click();

    const merged = screen().locator(`article.merged[data-kept="${people.aigerim.id}"]`);
    await merged.waitFor();
    expect(await merged.locator('.merged-line').textContent()).toBe(
      `Merged — “${people.aigerimRu.name}” into “${people.aigerim.name}”. Undo Show in graph`,
    );
    expect(await merged.getAttribute('data-merge-id')).toMatch(/^merge\//);
    expect(await exists(people.aigerimRu.id)).toBe(false);
    const kept = await api<{ entity: { aliases: string[] } }>('query ($id: ID!) { entity(id: $id) { aliases } }', {
      id: people.aigerim.id,
    });
    expect(kept.entity.aliases).toContain(people.aigerimRu.name);
    await suite.page.screenshot({ path: `${ARTIFACTS}/duplicates-merged-1920.png` });

    await merged.locator('button', { hasText: 'Undo' }).click();
    await screen().locator('.review-notice', { hasText: 'Separated again' }).waitFor();
    await merged.waitFor({ state: 'detached' });
    await card(people.aigerim.id, people.aigerimRu.id).waitFor();
    expect(await exists(people.aigerimRu.id)).toBe(true);
    const restored = await api<{ entity: { aliases: string[] } }>('query ($id: ID!) { entity(id: $id) { aliases } }', {
      id: people.aigerim.id,
    });
    expect(restored.entity.aliases).not.toContain(people.aigerimRu.name);
    await resizeTo(suite.page, { width: 1366, height: 768 });
    await suite.page.screenshot({ path: `${ARTIFACTS}/duplicates-undone-1366.png` });
  });
});
