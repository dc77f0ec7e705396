// Presentation mode for a class: the story's slides in large type, stepped through with the arrow keys; each shows its
// title and caption, and the sources of what is on screen.
import type { Slide } from '../../domain/story.js';
import { sourceLine, type SlideEvidence } from '../../domain/slide-evidence.js';
import { el } from './dom.js';

export interface PresentationOptions {
  /** The slides to present: the open story's, or the current view alone when it has none. */
  slides: () => Slide[];
  /** Draws a slide's view; resolves once it is laid out. */
  show: (slide: Slide, index: number) => Promise<void>;
  /** The evidence behind what is on screen now. */
  evidence: () => SlideEvidence;
  overlay: HTMLElement;
  onModeChange: (presenting: boolean) => void;
}

export class Presentation {
  private slides: Slide[] = [];
  private index = -1;
  private showing = Promise.resolve();

  constructor(private readonly options: PresentationOptions) {}

  get presenting(): boolean {
    return this.index >= 0;
  }

  /** Which slide is on screen (0-based), or -1. */
  get current(): number {
    return this.index;
  }

  start(at = 0): void {
    this.slides = this.options.slides();
    if (this.slides.length === 0) return;
    document.body.classList.add('presenting');
    this.options.onModeChange(true);
    this.go(Math.min(at, this.slides.length - 1));
  }

  stop(): void {
    this.index = -1;
    document.body.classList.remove('presenting');
    this.options.onModeChange(false);
    this.options.overlay.replaceChildren();
    this.options.overlay.hidden = true;
  }

  /** Handles a key while presenting; false when not presenting or the key is not ours. */
  handleKey(key: string): boolean {
    if (!this.presenting) return false;
    if (key === 'ArrowRight' || key === 'PageDown' || key === ' ') this.go(Math.min(this.index + 1, this.slides.length - 1));
    else if (key === 'ArrowLeft' || key === 'PageUp') this.go(Math.max(this.index - 1, 0));
    else if (key === 'Home') this.go(0);
    else if (key === 'End') this.go(this.slides.length - 1);
    else if (key === 'Escape') this.stop();
    else return false;
    return true;
  }

  private go(index: number): void {
    this.index = index;
    const slide = this.slides[index];
    if (!slide) return;
    this.render(slide, null);
    const shown = this.options.show(slide, index);
    this.showing = this.showing
      .then(() => shown)
      .then(() => {
        if (this.index === index) this.render(slide, this.options.evidence());
      });
  }

  /** Title, caption, position and sources, in large type over the bottom of the drawing. */
  private render(slide: Slide, evidence: SlideEvidence | null): void {
    const { overlay } = this.options;
    overlay.hidden = false;
    const title = el('h2', slide.title || `Slide ${this.index + 1}`, 'slide-title');
    const caption = el('p', slide.caption, 'slide-caption');
    const position = el('p', `${this.index + 1} / ${this.slides.length}  ·  ← →  ·  Esc ends`, 'slide-position');
    const sources = el('div', undefined, 'slide-sources');
    if (evidence) {
      sources.append(el('h3', evidence.sources.length > 0 ? 'Sources of what is on screen' : 'Nothing on screen is cited'));
      const list = el('ol');
      for (const source of evidence.sources) list.append(el('li', sourceLine(source)));
      sources.append(list);
    }
    overlay.replaceChildren(title, ...(slide.caption ? [caption] : []), sources, position);
  }
}
