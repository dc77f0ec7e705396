// Helpers for driving the page: its Cytoscape instance is exposed as window.cy for tests.
import type { Locator, Page } from 'playwright-core';

export const ARTIFACTS = 'test-artifacts/e2e';

export function visibleNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { cy: { nodes(s: string): { map<T>(f: (n: { id(): string }) => T): T[] } } }).cy
      .nodes(':visible')
      .map((n) => n.id()),
  );
}

export function waitForNode(page: Page, id: string): Promise<unknown> {
  return page.waitForFunction(
    (nodeId) => (window as unknown as { cy: { getElementById(i: string): { nonempty(): boolean } } }).cy.getElementById(nodeId).nonempty(),
    id,
  );
}

/** Clicks (or double-clicks) a node where it is drawn. */
export async function clickNode(page: Page, id: string, clickCount = 1): Promise<void> {
  const position = await page.evaluate((nodeId) => {
    const cy = (window as unknown as { cy: { getElementById(i: string): { renderedPosition(): { x: number; y: number } } } }).cy;
    return cy.getElementById(nodeId).renderedPosition();
  }, id);
  const box = (await page.locator('#graph').boundingBox())!;
  await page.mouse.click(box.x + position.x, box.y + position.y, { clickCount });
}

/** Waits until the page has finished loading and laying out (a layout's animation included). */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.body.classList.contains('loading') && !document.body.classList.contains('laying-out'));
}

/** Waits until a link from one entity to another is drawn. */
export function waitForEdge(page: Page, from: string, to: string): Promise<unknown> {
  return page.waitForFunction(
    ([a, b]) =>
      (
        window as unknown as {
          cy: { edges(): { some(f: (e: { source(): { id(): string }; target(): { id(): string } }) => boolean): boolean } };
        }
      ).cy
        .edges()
        .some((e) => e.source().id() === a && e.target().id() === b),
    [from, to] as const,
  );
}

/** Resizes the window and waits until the drawing has been refitted to it. */
export async function resizeTo(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  // The resize event is dispatched before the next animation frame's callbacks run.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await settle(page);
}

/** Selects a phrase inside an element, as a reader dragging over the words would. */
export async function selectText(container: Locator, phrase: string): Promise<void> {
  await container.evaluate((element, words) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(words) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return;
    }
    throw new Error(`"${words}" is not in the text`);
  }, phrase);
}
