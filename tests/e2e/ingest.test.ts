// Taking a report in and reviewing it, as an editor in Chromium. The report names people as the graph does not
// (Kushakpaev, Кушакбаев, Eleusinov); a unique last line makes it new to the database on every run. Only facts no
// other suite asserts on are accepted: a new entity (its name made unique too) and a citation added to the
// Yeleusinov–union link, which lies on none of the traced paths.
import { readFileSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { randomWord, tokenFor } from './api-client.js';
import { ARTIFACTS, resizeTo, settle } from './page.js';
import { useBrowserOnTestServer } from './server.js';

const RUN = randomWord();
const REPORT = `${readFileSync('tests/fixtures/reports/new-report-kazakhstan.txt', 'utf8')}\nReference ${RUN}\n`;
const TITLE = 'Kazakhstan: free the jailed oil union leaders, unions demand';
const LINK = 'Amin Yeleusinov —LEADS (president)→ Oil Construction Company Workers’ Union';
const LINK_QUOTE =
  'Amin Eleusinov, president of the Oil Construction Company Workers’ Union, is serving a two-year sentence handed down in May.';
const REJECTION = 'The report says it, the graph should not yet';

describe('taking a report in and reviewing it in Chromium', () => {
  const suite = useBrowserOnTestServer();
  let editor = { id: '', name: '', token: '' };
  const decided = { entity: '', entityQuote: '', rejected: '' };

  beforeAll(async () => {
    editor = await tokenFor(suite.server.db, 'editor');
  });

  const review = () => suite.page.locator('#reports .report-review');
  // Suites running beside this one on the same database may start cases of their own, before the form opens or after:
  // then the form, or the server's answer, asks which case.
  const chooseSeedCase = async (form: Locator) => {
    await suite.page.waitForFunction(
      () => (document.querySelector('#reports select[name="caseId"]') as HTMLSelectElement | null)?.options.length,
    );
    const select = form.locator('select[name="caseId"]');
    if (await select.isVisible()) await select.selectOption('kazakhstan-trade-unions');
  };
  const submitReport = async (form: Locator) => {
    await chooseSeedCase(form);
    await form.locator('button[type="submit"]').click();
    const asked = form.locator('.form-error', { hasText: 'caseId is needed' });
    const outcome = await Promise.race([
      review()
        .locator('.review-notice')
        .first()
        .waitFor()
        .then(() => 'opened'),
      asked.waitFor().then(() => 'asked'),
    ]);
    if (outcome === 'asked') {
      await form.locator('select[name="caseId"]').waitFor();
      await chooseSeedCase(form);
      await form.locator('button[type="submit"]').click();
    }
  };
  const card = (text: string) => review().locator('article.proposal', { has: suite.page.locator('.proposal-summary', { hasText: text }) });
  const filter = (status: string) => review().locator(`.filters button[data-filter="${status}"]`);

  it('offers editors “+ Report”, and refuses a file that is not a report in plain words, keeping what was typed', async () => {
    await suite.page.goto(suite.server.url);
    expect(await suite.page.locator('#add-report').isVisible()).toBe(false);
    await suite.page.click('#sign-in-open');
    await suite.page.fill('#token-input', editor.token);
    await suite.page.locator('#sign-in-form button[type="submit"]').click();
    await suite.page.locator('#add-report').click();
    const form = suite.page.locator('#reports form[data-form="report"]');
    await form.waitFor();
    await form.locator('input[name="title"]').fill('Kept while the server refuses');
    await form
      .locator('input[type="file"]')
      .setInputFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0, 1, 2, 3, 255, 0]) });
    await form.locator('button[type="submit"]').click();
    const error = form.locator('.form-error');
    await error.filter({ hasText: 'binary' }).waitFor();
    expect(await error.textContent()).toContain('"photo.txt" looks like binary data');
    expect(await form.locator('input[name="title"]').inputValue()).toBe('Kept while the server refuses');
    await suite.page.screenshot({ path: `${ARTIFACTS}/ingest-form-refused-1366.png` });
    await form.locator('button', { hasText: 'Clear file' }).click();
    await form.locator('input[name="title"]').fill('');
  });

  it('takes in a pasted report and opens its review: the text with its mentions linked, the proposals grouped', async () => {
    const form = suite.page.locator('#reports form[data-form="report"]');
    await form.locator('textarea[name="text"]').fill(REPORT);
    await form.locator('input[name="date"]').fill('2017-10-02');
    await form.locator('input[name="publisher"]').fill('Labour Solidarity Network');
    await submitReport(form);
    await review().locator('article.proposal').first().waitFor();
    expect(await review().locator('.review-notice').textContent()).toMatch(/^Taken in: \d+ proposals to review\.$/);
    expect(await review().locator('.review-title h2').textContent()).toBe(TITLE);
    expect(suite.page.url()).toMatch(/[?&]report=report-[0-9a-f]+/);

    // Variant spellings are linked to the graph's entities, with the score on hover.
    const text = review().locator('.report-text');
    const kushakpaev = text.locator('.mention-linked', { hasText: 'Nurbek Kushakpaev' });
    expect(await kushakpaev.getAttribute('data-note')).toMatch(/^Nurbek Kushakbayev · person · score 0\.\d\d/);
    expect(await text.locator('.mention-linked', { hasText: 'Кушакбаев' }).getAttribute('data-note')).toContain('Nurbek Kushakbayev');
    expect(await text.locator('.removed-marker').count()).toBeGreaterThan(0);
    expect(await review().locator('.proposal-group h3').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^New entities \(\d+\)$/), expect.stringMatching(/^Links \(\d+\)$/)]),
    );
    expect(await card(LINK).locator('.badge').allTextContents()).toContain('corroborates existing fact');

    // Selecting a proposal highlights its quote in the text.
    await card(LINK).locator('.proposal-summary').click();
    expect((await text.locator('mark').allTextContents()).join('')).toBe(LINK_QUOTE);
    await suite.page.mouse.move(0, 0);
    await resizeTo(suite.page, { width: 1366, height: 768 });
    await suite.page.screenshot({ path: `${ARTIFACTS}/ingest-review-1366.png` });
    await resizeTo(suite.page, { width: 1920, height: 1080 });
    await suite.page.screenshot({ path: `${ARTIFACTS}/ingest-review-1920.png` });
    await resizeTo(suite.page, { width: 1366, height: 768 });
  });

  it('says so when the same report is given again, as a file, and opens the review it already has', async () => {
    const url = suite.page.url();
    await suite.page.locator('#reports .reports-bar button', { hasText: 'Add a report' }).click();
    const form = suite.page.locator('#reports form[data-form="report"]');
    await form
      .locator('input[type="file"]')
      .setInputFiles({ name: 'report.txt', mimeType: 'text/plain', buffer: Buffer.from(REPORT, 'utf8') });
    await form.locator('button[type="submit"]').click();
    await review().locator('.review-notice', { hasText: 'Already taken in' }).waitFor();
    expect(suite.page.url()).toBe(url);
    expect(await review().locator('.review-notice').textContent()).toContain(`by ${editor.name}: nothing new was made`);
  });

  it('accepts a corroborating link and an edited new entity, rejects another with a reason', async () => {
    await card(LINK).locator('button', { hasText: 'Accept' }).click();
    await review()
      .locator('.review-notice', { hasText: `Accepted: ${LINK}.` })
      .waitFor();

    const entity = review().locator('article.proposal[data-kind="ENTITY"][data-status="PENDING"]').first();
    decided.entityQuote = ((await entity.locator('.proposal-quote').textContent()) ?? '').replace(/^“|”$/g, '');
    await entity.locator('button', { hasText: 'Edit…' }).click();
    const name = entity.locator('input[name="name"]');
    decided.entity = `${await name.inputValue()} ${RUN}`;
    await name.fill(decided.entity);
    await entity.locator('button', { hasText: 'Accept with these changes' }).click();
    await review()
      .locator('.review-notice', { hasText: `Accepted: ${decided.entity}` })
      .waitFor();

    const other = review().locator('article.proposal[data-kind="RELATIONSHIP"][data-status="PENDING"]').last();
    decided.rejected = (await other.locator('.proposal-summary').textContent()) ?? '';
    await other.locator('button', { hasText: 'Reject…' }).click();
    await other.locator('input[name="reason"]').fill(REJECTION);
    await other.locator('.reject-form button[type="submit"]').click();
    await review().locator('.review-notice', { hasText: 'Rejected:' }).waitFor();
    expect(await filter('ACCEPTED').textContent()).toBe('Accepted (2)');
    expect(await filter('REJECTED').textContent()).toBe('Rejected (1)');
  });

  it('keeps the decisions: after a reload the rejected proposal is still rejected, with who and why', async () => {
    await suite.page.reload();
    await review().locator('article.proposal').first().waitFor();
    await filter('REJECTED').click();
    const rejected = card(decided.rejected);
    expect(await rejected.getAttribute('data-status')).toBe('REJECTED');
    expect(await rejected.locator('.proposal-decision').textContent()).toMatch(
      new RegExp(`^Rejected by ${editor.name} on \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC: “${REJECTION}”$`),
    );
    await filter('ACCEPTED').click();
    expect(await review().locator('article.proposal').count()).toBe(2);
    await suite.page.screenshot({ path: `${ARTIFACTS}/ingest-decided-1366.png` });
  });

  it('shows the corroborated link in the graph with the report’s quote among its citations', async () => {
    await card(LINK).locator('button', { hasText: 'Show in graph' }).click();
    await suite.page.locator('#details h2', { hasText: 'Amin Yeleusinov → Oil Construction Company Workers’ Union' }).waitFor();
    await settle(suite.page);
    expect(await suite.page.locator('#reports').isVisible()).toBe(false);
    const cited = suite.page.locator('#details .citation', { hasText: LINK_QUOTE });
    expect(await cited.locator('blockquote').textContent()).toBe(`“${LINK_QUOTE}”`);
    expect(await cited.locator('.meta').textContent()).toContain(TITLE);
    await suite.page.screenshot({ path: `${ARTIFACTS}/ingest-link-in-graph-1366.png` });
  });

  it('shows the new entity in the graph, cited with its quote', async () => {
    await suite.page.locator('#open-reports').click();
    await suite.page.locator('#reports .report-list button', { hasText: TITLE }).first().click();
    await review().locator('article.proposal').first().waitFor();
    await filter('ACCEPTED').click();
    await card(decided.entity).locator('button', { hasText: 'Show in graph' }).click();
    await suite.page.locator('#details h2', { hasText: decided.entity }).waitFor();
    await settle(suite.page);
    expect(await suite.page.locator('#details section.evidence blockquote').allTextContents()).toEqual([`“${decided.entityQuote}”`]);
  });
});
