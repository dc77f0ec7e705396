// Stories: a named sequence of slides, each a view of the graph (the same encoded string as a shared link) with a
// title and a caption. One set of rules for the server that stores them and the page that edits them.
import { fieldProblem, MAX_LIST_ITEMS, type FieldKind } from './input-rules.js';

export interface Slide {
  title: string;
  caption: string;
  /** The view, encoded as in a shared link (web/src/view-state.ts). */
  view: string;
}

export interface StoryInput {
  title: string;
  slides: Slide[];
}

/** What kind of field each part of a story is (domain/input-rules.ts): its length cap and the characters it may hold. */
export const STORY_FIELDS = { title: 'name', caption: 'text', view: 'url' } as const satisfies Record<keyof Slide, FieldKind>;

/** Every problem with a story as submitted, each naming where it is ("slide 2: the caption …"); empty when it may be saved. */
export function storyProblems(story: StoryInput): string[] {
  const problems: (string | null)[] = [fieldProblem('the title', story.title, STORY_FIELDS.title)];
  if (story.title.trim() === '') problems.push('the title is empty');
  if (story.slides.length > MAX_LIST_ITEMS)
    problems.push(`the story has ${story.slides.length} slides; at most ${MAX_LIST_ITEMS} are allowed`);
  story.slides.slice(0, MAX_LIST_ITEMS).forEach((slide, i) => {
    for (const field of ['title', 'caption', 'view'] as const)
      problems.push(fieldProblem(`slide ${i + 1}: the ${field}`, slide[field], STORY_FIELDS[field]));
    if (/[\s#]/.test(slide.view)) problems.push(`slide ${i + 1}: the view must be an encoded view (a link's query), without spaces or #`);
  });
  return problems.filter((p): p is string => p !== null);
}

/** Moves the slide at `from` to `to` (both clamped), returning a new list. */
export function moveSlide<T>(slides: readonly T[], from: number, to: number): T[] {
  const list = [...slides];
  const [slide] = list.splice(from, 1);
  if (slide === undefined) return list;
  list.splice(Math.max(0, Math.min(to, list.length)), 0, slide);
  return list;
}
