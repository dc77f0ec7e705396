import { beforeAll, describe, expect, it } from 'vitest';
import { callApi, randomWord, tokenFor } from './api-client.js';
import { ARTIFACTS, resizeTo } from './page.js';
import { useBrowserOnTestServer } from './server.js';

describe('the vocabulary drives the page (Chromium)', () => {
  const suite = useBrowserOnTestServer();
  const kind = `vessel-${randomWord(6)}`;
  let admin = { id: '', name: '', token: '' };

  beforeAll(async () => {
    admin = await tokenFor(suite.server.db, 'admin');
  });

  it('shows a kind added through the API in the legend and the entity form after a reload, without a restart', async () => {
    await suite.page.goto(suite.server.url);
    await suite.page.locator('#legend button').first().waitFor();
    expect(await suite.page.locator(`#legend button[data-kind="${kind}"]`).count()).toBe(0);

    await callApi(
      suite.server.url,
      admin.token,
      'mutation ($input: VocabularyTermInput!) { addVocabularyTerm(input: $input) { kinds { name } } }',
      {
        input: { group: 'KIND', name: kind, description: 'A ship, for a test.', color: '#aa3377', shape: 'star' },
      },
    );

    await suite.page.reload();
    const entry = suite.page.locator(`#legend button[data-kind="${kind}"]`);
    await entry.waitFor();
    expect(await entry.textContent()).toBe(`Vessel ${kind.slice('vessel-'.length)}`);
    expect(await entry.locator('.swatch').evaluate((s) => getComputedStyle(s).backgroundColor)).toBe('rgb(170, 51, 119)');

    await suite.page.click('#sign-in-open');
    await suite.page.fill('#token-input', admin.token);
    await suite.page.locator('#sign-in-form button[type="submit"]').click();
    await suite.page.locator('#session-status', { hasText: `Signed in as ${admin.name} · admin` }).waitFor();
    await suite.page.click('#new-entity');
    const form = suite.page.locator('#edit form[data-form="entity"]');
    await form.waitFor();
    expect(await form.locator(`select[name="kind"] option[value="${kind}"]`).count()).toBe(1);
    await form.locator('select[name="kind"]').selectOption(kind);

    // An entity of the new kind, made in the page, is drawn in the kind's colour.
    const name = `Ship ${randomWord(6)}`;
    await form.locator('input[name="name"]').fill(name);
    await form.locator('input[name="date"]').fill('2015/..');
    await form.locator('button', { hasText: '+ Alias' }).click();
    await form.locator('input[name="alias-name"]').fill(`${name} II`);
    await form.locator('input[name="alias-reason"]').fill('the same ship, renamed (test)');
    await form.locator('select[name="citation-source"]').selectOption('000_760c9d7c1e926fee');
    await form.locator('textarea[name="citation-quote"]').fill('Give support to the independent trade unions of Kazakhstan');
    await resizeTo(suite.page, { width: 1366, height: 768 });
    await suite.page.screenshot({ path: `${ARTIFACTS}/new-kind-form-1366.png` });
    await form.locator('button[type="submit"]').click();
    await suite.page.locator('#details h2', { hasText: name }).waitFor();
    expect(await suite.page.locator('#details .aliases').textContent()).toContain(`${name} II`);
    const drawn = await suite.page.evaluate((wanted) => {
      const cy = (
        window as unknown as {
          cy: {
            nodes(): { filter(f: (n: { data(k: string): unknown }) => boolean): { style(p: string): string; data(k: string): unknown }[] };
          };
        }
      ).cy;
      const node = cy.nodes().filter((n) => (n.data('entity') as { name: string }).name === wanted)[0];
      return node ? { kind: node.data('kind'), colour: node.style('background-color'), date: node.data('date') } : null;
    }, name);
    expect(drawn).toEqual({ kind, colour: 'rgb(170,51,119)', date: '2015/..' });
  });

  it('an admin adds a word in the page and it is offered at once', async () => {
    const role = `lawyer-${randomWord(6)}`;
    await suite.page.click('#add-word');
    const form = suite.page.locator('#edit form[data-form="word"]');
    await form.waitFor();
    await form.locator('select[name="group"]').selectOption('ROLE');
    await form.locator('input[name="name"]').fill(role);
    await form.locator('input[name="description"]').fill('Defends a party in court (test).');
    await form.locator('button[type="submit"]').click();
    await suite.page.locator('#status', { hasText: role }).waitFor();
    await suite.page.goto(`${suite.server.url}/?roots=organisation%2Fknprk&selected=organisation%2Fknprk`);
    await suite.page.locator('#session-status', { hasText: `Signed in as ${admin.name} · admin` }).waitFor();
    await suite.page.locator('#details button', { hasText: 'Add link' }).click();
    const link = suite.page.locator('#edit form[data-form="link"]');
    await link.waitFor();
    expect(await link.locator(`select[name="role"] option[value="${role}"]`).count()).toBe(1);
    await resizeTo(suite.page, { width: 1920, height: 1080 });
    await suite.page.screenshot({ path: `${ARTIFACTS}/legend-and-link-form-1920.png` });
  });
});
