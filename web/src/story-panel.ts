// The story being built: its title and slides (add the current view, retitle, caption, reorder, duplicate, delete),
// saved on the server by editors and opened by anyone from its link.
import { moveSlide, storyProblems, type Slide } from '../../domain/story.js';
import { ApiError } from './api.js';
import { listStories, openStory, removeStory, saveStory, type StoryData } from './story-api.js';

export interface StoryPanelOptions {
  root: HTMLElement;
  /** The view on screen, encoded as in a link. */
  currentView: () => string;
  /** Draws a slide's view; resolves once it is laid out. */
  showSlide: (slide: Slide, index: number) => Promise<void>;
  canSave: () => boolean;
  say: (text: string, isError?: boolean) => void;
  /** The open story changed (saved, opened, closed): the address follows it. */
  onStoryChange: (id: string | null) => void;
  present: (at: number) => void;
  publish: () => void;
  handout: () => void;
}

interface Draft {
  id: string | null;
  version: number;
  title: string;
  slides: Slide[];
}

const EMPTY: Draft = { id: null, version: 0, title: '', slides: [] };

/** An element with these properties (value, onclick, disabled…) and children. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, unknown> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export class StoryPanel {
  private draft: Draft = { ...EMPTY, slides: [] };
  private dirty = false;
  /** The slide last shown or edited, 0-based. */
  private selected = -1;

  constructor(private readonly options: StoryPanelOptions) {
    this.render();
  }

  get story(): Readonly<Draft> {
    return this.draft;
  }

  get slides(): Slide[] {
    return this.draft.slides;
  }

  /** The slide whose view is on screen: the one last shown when it still is, else the first with that view. */
  slideShowing(view: string): Slide | null {
    const selected = this.draft.slides[this.selected];
    if (selected?.view === view) return selected;
    return this.draft.slides.find((s) => s.view === view) ?? null;
  }

  /** Adds the view on screen as a new slide after the selected one (at the end when none is). */
  addCurrentView(): void {
    const at = this.selected >= 0 ? this.selected + 1 : this.draft.slides.length;
    const slide: Slide = { title: '', caption: '', view: this.options.currentView() };
    this.change([...this.draft.slides.slice(0, at), slide, ...this.draft.slides.slice(at)], at);
    this.options.say(`Added slide ${at + 1} of ${this.draft.slides.length}. Give it a title and a caption, then save the story.`);
    this.focus(`[data-slide="${at}"] input`);
  }

  async open(id: string): Promise<void> {
    const story = await openStory(id);
    if (!story) throw new ApiError(`No story has id "${id}": it may have been deleted.`, 'NOT_FOUND');
    this.load(story);
    this.options.say(`Opened the story "${story.title}" (${story.slides.length} slides).`);
  }

  private load(story: StoryData): void {
    this.draft = {
      id: story.id,
      version: story.version,
      title: story.title,
      slides: story.slides.map(({ title, caption, view }) => ({ title, caption, view })),
    };
    this.dirty = false;
    // None selected until one is shown: a view added now goes at the end.
    this.selected = -1;
    this.render();
    this.options.onStoryChange(story.id);
  }

  async show(index: number): Promise<void> {
    const slide = this.draft.slides[index];
    if (!slide) return;
    this.selected = index;
    this.markSelected();
    await this.options.showSlide(slide, index);
  }

  private change(slides: Slide[], selected = this.selected): void {
    this.draft = { ...this.draft, slides };
    this.selected = Math.min(selected, slides.length - 1);
    this.dirty = true;
    this.render();
  }

  private async save(): Promise<void> {
    const input = { title: this.draft.title, slides: this.draft.slides };
    const problems = storyProblems(input);
    if (problems.length > 0) return this.options.say(`The story cannot be saved: ${problems.join('; ')}.`, true);
    try {
      this.load(await saveStory(this.draft.id, this.draft.version, input));
      this.options.say(`Saved "${this.draft.title}": anyone who may read opens it from this page's link.`);
    } catch (error) {
      this.options.say(error instanceof ApiError ? error.message : 'The story could not be saved.', true);
    }
  }

  private async remove(): Promise<void> {
    const { id, title } = this.draft;
    if (id === null || !window.confirm(`Delete the story "${title}" for everyone? The audit log keeps a copy.`)) return;
    try {
      await removeStory(id);
      this.newStory();
      this.options.say(`Deleted the story "${title}".`);
    } catch (error) {
      this.options.say(error instanceof ApiError ? error.message : 'The story could not be deleted.', true);
    }
  }

  private newStory(): void {
    this.draft = { ...EMPTY, slides: [] };
    this.dirty = false;
    this.selected = -1;
    this.render();
    this.options.onStoryChange(null);
  }

  private async chooseStory(list: HTMLElement): Promise<void> {
    try {
      const stories = await listStories();
      list.replaceChildren(
        ...(stories.length === 0
          ? [el('li', { textContent: 'No story is saved yet.' })]
          : stories.map((s) =>
              el(
                'li',
                {},
                el('button', {
                  type: 'button',
                  textContent: `${s.title} (${s.slides.length} slides)`,
                  title: `Saved by ${s.updatedBy} at ${s.updatedAt}`,
                  onclick: () => {
                    if (this.dirty && !window.confirm('Leave this story without saving it?')) return;
                    void this.open(s.id)
                      .then(() => this.show(0))
                      .catch((e: unknown) => this.options.say(e instanceof Error ? e.message : String(e), true));
                  },
                }),
              ),
            )),
      );
      list.hidden = false;
    } catch (error) {
      this.options.say(error instanceof ApiError ? error.message : 'The stories could not be listed.', true);
    }
  }

  private focus(selector: string): void {
    this.options.root.querySelector<HTMLElement>(selector)?.focus();
  }

  private markSelected(): void {
    for (const item of this.options.root.querySelectorAll<HTMLElement>('[data-slide]'))
      item.classList.toggle('current', Number(item.dataset.slide) === this.selected);
  }

  private slideItem(slide: Slide, i: number, count: number): HTMLLIElement {
    const number = i + 1;
    const heading = `${number}. `;
    const edit = (field: 'title' | 'caption') => (event: Event) => {
      const slides = [...this.draft.slides];
      slides[i] = { ...slides[i]!, [field]: (event.target as HTMLInputElement | HTMLTextAreaElement).value };
      this.draft = { ...this.draft, slides };
      this.dirty = true;
      this.selected = i;
      if (field === 'title') showButton.textContent = `${heading}${slides[i]!.title || 'Untitled slide'}`;
    };
    const action = (label: string, name: string, run: () => void, disabled = false) =>
      el('button', {
        type: 'button',
        textContent: label,
        disabled,
        onclick: run,
        ariaLabel: `${name} slide ${number}`,
        title: `${name} slide ${number}`,
      });
    const after = (focusSelector: string) => () => this.focus(focusSelector);
    const showButton: HTMLButtonElement = el('button', {
      type: 'button',
      className: 'slide-show',
      textContent: `${heading}${slide.title || 'Untitled slide'}`,
      title: `Show slide ${number}`,
      onclick: () => void this.show(i),
    });
    const titleInput: HTMLInputElement = el('input', { type: 'text', value: slide.title, maxLength: 300, oninput: edit('title') });
    const captionInput: HTMLTextAreaElement = el('textarea', { value: slide.caption, rows: 2, maxLength: 2000, oninput: edit('caption') });
    const item = el(
      'li',
      { className: i === this.selected ? 'story-slide current' : 'story-slide' },
      showButton,
      el('label', {}, 'Title', titleInput),
      el('label', {}, 'Caption', captionInput),
      el(
        'div',
        { className: 'row' },
        action('Use this view', 'Replace with the current view:', () => {
          const slides = [...this.draft.slides];
          slides[i] = { ...slides[i]!, view: this.options.currentView() };
          this.change(slides, i);
          this.options.say(`Slide ${number} now shows the current view.`);
        }),
        action(
          '↑',
          'Move up',
          () => (this.change(moveSlide(this.draft.slides, i, i - 1), i - 1), after(`[data-slide="${i - 1}"] [title^="Move up"]`)()),
          i === 0,
        ),
        action(
          '↓',
          'Move down',
          () => (this.change(moveSlide(this.draft.slides, i, i + 1), i + 1), after(`[data-slide="${i + 1}"] [title^="Move down"]`)()),
          i === count - 1,
        ),
        action('Duplicate', 'Duplicate', () =>
          this.change([...this.draft.slides.slice(0, i + 1), { ...slide }, ...this.draft.slides.slice(i + 1)], i + 1),
        ),
        action('Delete', 'Delete', () =>
          this.change(
            this.draft.slides.filter((_, k) => k !== i),
            Math.max(0, i - 1),
          ),
        ),
      ),
    );
    item.dataset.slide = String(i);
    return item;
  }

  render(): void {
    const { root } = this.options;
    const { draft } = this;
    const canSave = this.options.canSave();
    const count = draft.slides.length;
    const title = el('input', {
      id: 'story-title',
      type: 'text',
      value: draft.title,
      maxLength: 300,
      placeholder: 'A title for the story',
      oninput: (e: Event) => {
        this.draft = { ...this.draft, title: (e.target as HTMLInputElement).value };
        this.dirty = true;
      },
    });
    const chooser = el('ul', { className: 'story-list', hidden: true });
    const button = (id: string, label: string, run: () => void, disabled = false, hint = '') =>
      el('button', { id, type: 'button', textContent: label, disabled, onclick: run, title: hint });
    root.replaceChildren(
      el(
        'p',
        { className: 'hint' },
        draft.id ? `Version ${draft.version}. ` : '',
        'A story is a sequence of views with a title and caption each. ',
        canSave ? '' : 'Sign in as an editor to save it on the server.',
      ),
      el('label', { className: 'story-title' }, 'Story title', title),
      el('ol', { id: 'story-slides' }, ...draft.slides.map((slide, i) => this.slideItem(slide, i, count))),
      el(
        'div',
        { className: 'row' },
        button('story-add', '+ Add the current view', () => this.addCurrentView()),
        button(
          'story-present',
          'Present',
          () => this.options.present(Math.max(0, this.selected)),
          count === 0,
          'Arrow keys step through; Escape ends',
        ),
      ),
      el(
        'div',
        { className: 'row' },
        button('story-save', 'Save', () => void this.save(), !canSave, canSave ? 'Save on the server' : 'Sign in as an editor to save'),
        button('story-open', 'Open…', () => void this.chooseStory(chooser)),
        button('story-new', 'New', () => {
          if (!this.dirty || window.confirm('Start a new story without saving this one?')) this.newStory();
        }),
        button('story-delete', 'Delete story', () => void this.remove(), !canSave || draft.id === null),
      ),
      chooser,
      el(
        'div',
        { className: 'row' },
        button(
          'story-publish',
          'Publish as HTML',
          () => this.options.publish(),
          count === 0,
          'One file that opens without a server or a network',
        ),
        button(
          'story-handout',
          'Print handout',
          () => this.options.handout(),
          count === 0,
          'Each slide with its caption and the quotes behind it',
        ),
      ),
    );
  }
}
