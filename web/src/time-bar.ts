// The time strip: a dot per dated entity in its kind's colour, two sliders for the range, and a play button that reveals month by month.
import { anchorMonth, describeDate, monthSteps, sortByDate, isWithin, type Dated } from './time-range.js';

export interface TimeBarElements {
  from: HTMLInputElement;
  to: HTMLInputElement;
  fromLabel: HTMLOutputElement;
  toLabel: HTMLOutputElement;
  strip: HTMLElement;
  play: HTMLButtonElement;
}

export interface TimeBarEvents {
  onRange: (from: string | null, to: string | null) => void;
  onPick: (id: string) => void;
}

export class TimeBar {
  private steps: string[] = [];
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly ui: TimeBarElements,
    private readonly events: TimeBarEvents,
  ) {
    const changed = () => this.events.onRange(...this.range());
    ui.from.addEventListener('change', changed);
    ui.to.addEventListener('change', changed);
    ui.from.addEventListener('input', () => this.label());
    ui.to.addEventListener('input', () => this.label());
    ui.play.addEventListener('click', () => (this.timer ? this.stop() : this.play()));
  }

  /** The selected range as partial dates; null at an open end. */
  range(): [string | null, string | null] {
    const a = Number(this.ui.from.value);
    const b = Number(this.ui.to.value);
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    return [lo > 0 ? (this.steps[lo] ?? null) : null, hi < this.steps.length - 1 ? (this.steps[hi] ?? null) : null];
  }

  update(events: readonly (Dated & { name: string; colour: string })[], from: string | null, to: string | null): void {
    this.steps = monthSteps(events);
    const last = Math.max(0, this.steps.length - 1);
    for (const slider of [this.ui.from, this.ui.to]) {
      slider.max = String(last);
      slider.disabled = this.steps.length < 2;
    }
    const index = (date: string | null, fallback: number) =>
      date
        ? Math.max(
            0,
            this.steps.findIndex((s) => s >= date.slice(0, 7)),
          )
        : fallback;
    this.ui.from.value = String(index(from, 0));
    this.ui.to.value = String(to ? Math.max(0, this.steps.filter((s) => s <= to.slice(0, 7)).length - 1) : last);
    this.label();
    this.ui.strip.replaceChildren(
      ...sortByDate(events)
        .filter((e) => e.date)
        .map((event) => {
          const dot = document.createElement('button');
          dot.type = 'button';
          const at = Math.max(0, this.steps.indexOf(anchorMonth(event.date!)));
          dot.style.background = event.colour;
          dot.style.left = `${this.steps.length > 1 ? 2 + (96 * at) / (this.steps.length - 1) : 50}%`;
          dot.title = `${describeDate(event.date!)}: ${event.name}`;
          dot.setAttribute('aria-label', dot.title);
          dot.classList.toggle('out', !isWithin(event.date, from, to));
          dot.addEventListener('click', () => this.events.onPick(event.id));
          return dot;
        }),
    );
  }

  private label(): void {
    const [from, to] = this.range();
    this.ui.fromLabel.value = from ?? (this.steps[0] ? `${this.steps[0]} (start)` : '—');
    this.ui.toLabel.value = to ?? (this.steps.at(-1) ? `${this.steps.at(-1)} (end)` : '—');
  }

  play(stepMs = 900): void {
    if (this.steps.length < 2) return;
    this.ui.play.textContent = '⏸ Pause';
    this.ui.from.value = '0';
    let at = 0;
    this.ui.to.value = '0';
    this.events.onRange(...this.range());
    this.timer = setInterval(() => {
      at += 1;
      this.ui.to.value = String(at);
      this.label();
      this.events.onRange(...this.range());
      if (at >= this.steps.length - 1) this.stop();
    }, stepMs);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.ui.play.textContent = '▶ Play';
  }
}
