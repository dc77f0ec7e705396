import { beforeAll, describe, expect, it } from 'vitest';
import { createCitedEntity, createClaim, firstKind, randomWord, revoke, singleValuedAttribute, tokenFor } from './api-client.js';
import { ARTIFACTS, resizeTo, clickNode, selectText, settle, waitForEdge, waitForNode } from './page.js';
import { useBrowserOnTestServer } from './server.js';

const SOURCE = '000_760c9d7c1e926fee';
const LINK_QUOTE = 'persecution of union leaders began';

describe('editing in Chromium', () => {
  const suite = useBrowserOnTestServer();
  const names = { a: `Testa ${randomWord()}`, b: `Testb ${randomWord()}` };
  const ids = { a: '', b: '' };
  let editor = { id: '', name: '', token: '' };

  beforeAll(async () => {
    editor = await tokenFor(suite.server.db, 'editor');
    const kind = await firstKind(suite.server.url, editor.token);
    ids.a = await createCitedEntity(suite.server.url, editor.token, {
      kind,
      name: names.a,
      sourceId: SOURCE,
      quote: 'The independent trade unions remain under pressure in Kazakhstan.',
    });
    ids.b = await createCitedEntity(suite.server.url, editor.token, {
      kind,
      name: names.b,
      sourceId: SOURCE,
      quote: 'Give support to the independent trade unions of Kazakhstan',
    });
  });

  async function signIn(token: string): Promise<void> {
    await suite.page.click('#sign-in-open');
    await suite.page.fill('#token-input', token);
    await suite.page.locator('#sign-in-form button[type="submit"]').click();
  }

  it('hides editing from readers and refuses a wrong token with a clear message', async () => {
    await suite.page.goto(`${suite.server.url}/?roots=${encodeURIComponent(ids.a)}&selected=${encodeURIComponent(ids.a)}`);
    await waitForNode(suite.page, ids.a);
    await settle(suite.page);
    expect(await suite.page.locator('#details h2').textContent()).toBe(names.a);
    expect(await suite.page.locator('#details button', { hasText: 'Add link' }).count()).toBe(0);
    expect(await suite.page.locator('#tab-edit').isVisible()).toBe(false);
    await signIn('not-a-real-token');
    await suite.page.locator('#sign-in-error', { hasText: 'not accepted' }).waitFor();
    expect(await suite.page.locator('#sign-in-error').textContent()).toContain('This token is not accepted');
  });

  it('signs in as an editor and adds a link citing a selection made in the source viewer', async () => {
    await suite.page.fill('#token-input', editor.token);
    await suite.page.locator('#sign-in-form button[type="submit"]').click();
    const status = suite.page.locator('#session-status');
    await status.filter({ hasText: 'Signed in as' }).waitFor();
    expect(await status.textContent()).toBe(`Signed in as ${editor.name} · editor`);
    await suite.page.locator('header').screenshot({ path: `${ARTIFACTS}/signed-in-toolbar.png` });
    await suite.page.locator('#details button', { hasText: 'Add link' }).click();
    const form = suite.page.locator('#edit form[data-form="link"]');
    await form.waitFor();
    await form.locator('select[name="type"]').selectOption({ index: 1 });
    await form.locator('input[name="other"]').fill(names.b);
    await form.locator('.picker li', { hasText: names.b }).first().waitFor();
    await form.locator('input[name="other"]').press('Enter');

    // The quote: open the source from the evidence panel, select words in it, cite the selection.
    await suite.page.click('#tab-details');
    await suite.page.locator('#details .citation button', { hasText: 'Show in source' }).first().click();
    const text = suite.page.locator('#details .source-text');
    await text.locator('mark').waitFor();
    await selectText(text, LINK_QUOTE);
    const cite = suite.page.locator('#details .cite-bar button', { hasText: 'Cite selection' });
    await suite.page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('#details .cite-bar button')?.disabled);
    await cite.click();
    expect(await suite.page.locator('#edit').isVisible()).toBe(true);
    expect(await form.locator('textarea[name="citation-quote"]').inputValue()).toBe(LINK_QUOTE);
    expect(await form.locator('select[name="citation-source"]').inputValue()).toBe(SOURCE);
    await resizeTo(suite.page, { width: 1366, height: 768 });
    await suite.page.screenshot({ path: `${ARTIFACTS}/edit-link-form-1366.png` });

    await form.locator('button[type="submit"]').click();
    await waitForEdge(suite.page, ids.a, ids.b);
    await settle(suite.page);
    expect(await suite.page.locator('#details blockquote').first().textContent()).toBe(`“${LINK_QUOTE}”`);
    expect(await suite.page.locator('#details h2').textContent()).toBe(`${names.a} → ${names.b}`);
    await suite.page.screenshot({ path: `${ARTIFACTS}/edit-link-saved-1366.png` });
  });

  it('shows the new link in the entity’s history, with who made it', async () => {
    await clickNode(suite.page, ids.a);
    await suite.page.locator('#details h2', { hasText: names.a }).waitFor();
    await suite.page.locator('#details button', { hasText: 'Show history' }).click();
    const records = suite.page.locator('#details .history-list li');
    await records.first().waitFor();
    const newest = (await records.first().textContent()) ?? '';
    expect(newest).toContain(editor.name);
    expect(newest).toMatch(/link|relationship/i);
    expect(await records.count()).toBeGreaterThanOrEqual(2);
    await resizeTo(suite.page, { width: 1920, height: 1080 });

    await suite.page.screenshot({ path: `${ARTIFACTS}/history-1920.png` });
  });

  it('shows an API refusal next to the form instead of swallowing it', async () => {
    await suite.page.locator('#details button', { hasText: 'Add claim' }).click();
    const form = suite.page.locator('#edit form[data-form="claim"]');
    await form.waitFor();
    await form.locator('select[name="attribute"]').selectOption({ index: 1 });
    await form.locator('input[name="value"]').fill('100 hours');
    await form.locator('select[name="citation-source"]').selectOption(SOURCE);
    await form.locator('textarea[name="citation-quote"]').fill('words that are nowhere in this article');
    await form.locator('button[type="submit"]').click();
    const error = form.locator('.form-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/quote|passage/i);
    await suite.page.screenshot({ path: `${ARTIFACTS}/edit-error-1920.png` });
    await form.locator('button', { hasText: 'Cancel' }).click();
  });

  it('cites a selection for the fact shown when no form is open, and removes a citation after asking', async () => {
    await suite.page.goto(`${suite.server.url}/?roots=${encodeURIComponent(ids.a)}&selected=${encodeURIComponent(ids.a)}`);
    const evidence = suite.page.locator('#details section.evidence');
    await evidence.locator('h3', { hasText: 'Evidence (1)' }).waitFor();
    await evidence.locator('button', { hasText: 'Show in source' }).click();
    const text = evidence.locator('.source-text');
    await text.locator('mark').waitFor();
    await selectText(text, 'equipment and property seized');
    await suite.page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('#details .cite-bar button')?.disabled);
    await evidence.locator('.cite-bar button', { hasText: 'Cite selection' }).click();
    await suite.page.locator('#details section.evidence h3', { hasText: 'Evidence (2)' }).waitFor();
    const added = suite.page.locator('#details section.evidence .citation', { hasText: 'equipment and property seized' });
    await added.locator('button', { hasText: 'Remove citation' }).click();
    await added.locator('button', { hasText: 'Yes, remove citation' }).click();
    await suite.page.locator('#details section.evidence h3', { hasText: 'Evidence (1)' }).waitFor();
    expect(await suite.page.locator('#details section.evidence blockquote').allTextContents()).toEqual([
      '“The independent trade unions remain under pressure in Kazakhstan.”',
    ]);
  });

  it('ranks one side of a contradiction preferred with a reason, keeps both sides with their quotes, and clears it', async () => {
    const attribute = await singleValuedAttribute(suite.server.url, editor.token);
    const claim = { subject: ids.a, attribute, sourceId: SOURCE };
    await createClaim(suite.server.url, editor.token, { ...claim, value: '3 years', quote: 'public activity for 3 years' });
    await createClaim(suite.server.url, editor.token, { ...claim, value: '2 years', quote: 'was sentenced to two years behind bars' });
    await suite.page.goto(`${suite.server.url}/?roots=${encodeURIComponent(ids.a)}&selected=${encodeURIComponent(ids.a)}`);
    const disagreement = suite.page.locator('#details .contradiction', { hasText: attribute });
    await disagreement.waitFor();
    expect(await disagreement.textContent()).toContain('No side is ranked preferred');
    const side = disagreement.locator('.claim-side', { hasText: '2 years' });
    await side.locator('button', { hasText: 'Rank preferred' }).click();
    await side.locator('.rank-form input').fill('The court record gives two years.');
    await side.locator('.rank-form button[type="submit"]').click();
    await suite.page.locator('#details .preferred-note', { hasText: 'The court record gives two years.' }).waitFor();
    const ranked = suite.page.locator('#details .contradiction', { hasText: attribute });
    expect(await ranked.textContent()).toContain('An editor ranked “2 years” preferred');
    expect(await ranked.locator('.claim-side').count()).toBe(2);
    expect((await ranked.locator('blockquote').allTextContents()).sort()).toEqual([
      '“public activity for 3 years”',
      '“was sentenced to two years behind bars”',
    ]);
    await suite.page.screenshot({ path: `${ARTIFACTS}/contradiction-ranked-1920.png` });
    await ranked.locator('button', { hasText: 'Clear preference' }).click();
    await suite.page.locator('#details .contradiction', { hasText: 'No side is ranked preferred' }).waitFor();
  });

  it('edits an entity’s name and date range, and deletes another entity after asking', async () => {
    const renamed = `${names.a} renamed`;
    await suite.page.locator('#details button', { hasText: 'Edit entity' }).click();
    const form = suite.page.locator('#edit form[data-form="entity"]');
    await form.waitFor();
    await form.locator('input[name="name"]').fill(renamed);
    await form.locator('input[name="date"]').fill('2015/2017');
    await form.locator('input[name="dateInferred"]').fill('the years the article covers (test)');
    await form.locator('button[type="submit"]').click();
    await suite.page.locator('#details h2', { hasText: renamed }).waitFor();
    expect(await suite.page.locator('#details .meta').first().textContent()).toContain('2015 – 2017');

    await waitForNode(suite.page, ids.b);
    await settle(suite.page);
    await clickNode(suite.page, ids.b);
    await suite.page.locator('#details h2', { hasText: names.b }).waitFor();
    await suite.page.locator('#details button', { hasText: 'Delete entity' }).click();
    await suite.page.locator('#details button', { hasText: 'Yes, delete entity' }).click();
    await suite.page.waitForFunction(
      (id) => (window as unknown as { cy: { getElementById(i: string): { empty(): boolean } } }).cy.getElementById(id).empty(),
      ids.b,
    );
    expect(await suite.page.locator('#status').textContent()).toBe(`Deleted ${names.b}.`);
  });

  it('signs out: the editing controls go and the token is forgotten', async () => {
    await suite.page.click('#sign-out');
    await suite.page.locator('#sign-in-open').waitFor();
    expect(await suite.page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(await suite.page.locator('#details button', { hasText: 'Add link' }).count()).toBe(0);
  });

  it('signs a reopened page out with a clear message when its kept token was revoked', async () => {
    const revoked = await tokenFor(suite.server.db, 'editor');
    await signIn(revoked.token);
    await suite.page.locator('#session-status', { hasText: `Signed in as ${revoked.name} · editor` }).waitFor();
    await revoke(suite.server.db, revoked.id);
    await suite.page.reload();
    const error = suite.page.locator('#sign-in-error');
    await error.filter({ hasText: 'signed out' }).waitFor();
    expect(await error.textContent()).toBe(
      'You were signed out: your token is no longer accepted (it was revoked). Sign in again with a valid one.',
    );
    expect(await suite.page.locator('#signed-in').isVisible()).toBe(false);
    expect(await suite.page.evaluate(() => sessionStorage.length)).toBe(0);
    await suite.page.locator('header').screenshot({ path: `${ARTIFACTS}/signed-out-revoked-toolbar.png` });
  });
});
