// Presentation mode for a class: large type, no controls, a saved sequence of views stepped through with arrow keys.
// Slides are encoded views (the same strings as shared links), kept in this browser's storage.

const STORAGE_KEY = 'persecution-network.slides';

export interface PresentationOptions {
  current: () => string;
  show: (encodedView: string) => void;
  indicator: HTMLElement;
  onMessage: (text: string) => void;
  onModeChange: (presenting: boolean) => void;
}

function readSlides(): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((s): s is string => typeof s === 'string') : [];
  } catch {
    return [];
  }
}

export class Presentation {
  private slides: string[];
  private index = -1;

  constructor(private readonly options: PresentationOptions) {
    this.slides = readSlides();
  }

  get presenting(): boolean {
    return this.index >= 0;
  }

  add(): void {
    this.slides.push(this.options.current());
    localStorage.setItem(STORAGE_KEY, JSON.stringify(this.slides));
    this.options.onMessage(`Added slide ${this.slides.length}. Press Present, then use the arrow keys; Escape ends.`);
  }

  start(): void {
    if (this.slides.length === 0) this.slides = [this.options.current()];
    document.body.classList.add('presenting');
    this.options.onModeChange(true);
    this.go(0);
  }

  stop(): void {
    this.index = -1;
    document.body.classList.remove('presenting');
    this.options.onModeChange(false);
    this.options.indicator.textContent = '';
  }

  /** Handles a key while presenting; false when not presenting or the key is not ours. */
  handleKey(key: string): boolean {
    if (!this.presenting) return false;
    if (key === 'ArrowRight' || key === 'PageDown' || key === ' ') this.go(Math.min(this.index + 1, this.slides.length - 1));
    else if (key === 'ArrowLeft' || key === 'PageUp') this.go(Math.max(this.index - 1, 0));
    else if (key === 'Escape') this.stop();
    else return false;
    return true;
  }

  private go(index: number): void {
    this.index = index;
    const slide = this.slides[index];
    if (slide !== undefined) this.options.show(slide);
    this.options.indicator.textContent = `${index + 1} / ${this.slides.length}  ·  ← →  ·  Esc`;
  }
}
