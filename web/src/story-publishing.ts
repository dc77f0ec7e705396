// Publishing a story: every slide drawn in turn and taken into one HTML file that needs no server (story-publish.ts),
// saved, or opened to print as the handout; the view on screen before is drawn again after.
import type { Slide } from '../../domain/story.js';
import { save } from './downloads.js';
import { publishedSlide, type OnScreen } from './slide-capture.js';
import { IMAGE_PRESETS } from './slide-image.js';
import { publishedStoryHtml, type PublishedSlide } from './story-publish.js';
import { withStory } from './story-url.js';

export interface Publishing {
  story: { id: string | null; title: string; slides: readonly Slide[] };
  screen: OnScreen;
  /** The view on screen, encoded. */
  current: () => string;
  /** Draws an encoded view; resolves once it is laid out. */
  show: (view: string) => Promise<void>;
  say: (text: string) => void;
}

/** A file name from a title: letters and digits, hyphens between. */
export function fileNameOf(title: string): string {
  const slug = title
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `${slug || 'story'}.html`;
}

export async function publishStory({ story, screen, current, show, say }: Publishing, handout: boolean): Promise<void> {
  const { title, slides, id } = story;
  if (slides.length === 0) return;
  const before = current();
  const taken: PublishedSlide[] = [];
  try {
    for (const [i, slide] of slides.entries()) {
      say(`Publishing: drawing slide ${i + 1} of ${slides.length}…`);
      await show(slide.view);
      taken.push(publishedSlide(screen, slide, i, IMAGE_PRESETS[0]!));
    }
  } finally {
    await show(before);
  }
  const link = id ? `${location.origin}${location.pathname}?${withStory('', id)}` : null;
  const html = publishedStoryHtml({ title: title || 'Untitled story', slides: taken, publishedAt: new Date().toISOString(), link });
  const blob = new Blob([html], { type: 'text/html' });
  if (handout) {
    window.open(`${URL.createObjectURL(blob)}#print`, '_blank');
    say('The handout opened in a new tab: print it from there.');
  } else {
    save(blob, fileNameOf(title));
    say(`Published ${slides.length} slides as one HTML file: it opens offline, from a USB stick, in any browser.`);
  }
}
