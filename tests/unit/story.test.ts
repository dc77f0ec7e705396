import { describe, expect, it } from 'vitest';
import { moveSlide, storyProblems } from '../../domain/story.js';
import { storyFromQuery, withStory } from '../../web/src/story-url.js';

const slide = (title: string, view = 'roots=a') => ({ title, caption: '', view });

describe('story rules', () => {
  it('accepts a titled story of encoded views', () => {
    expect(storyProblems({ title: 'Lesson', slides: [slide('one'), slide('two', 'roots=b&from=2017')] })).toEqual([]);
  });

  it('names every problem and where it is', () => {
    const problems = storyProblems({
      title: ' ',
      slides: [slide('fine'), { title: 'x', caption: 'ring\u0007', view: 'roots=a' }, { title: '', caption: '', view: 'a b#c' }],
    });
    expect(problems).toContain('the title is empty');
    expect(problems.some((p) => p.startsWith('slide 2: the caption must not contain'))).toBe(true);
    expect(problems).toContain("slide 3: the view must be an encoded view (a link's query), without spaces or #");
    expect(problems.some((p) => p.startsWith('slide 1'))).toBe(false);
  });

  it('refuses more slides than a list may hold', () => {
    const problems = storyProblems({ title: 'Long', slides: Array.from({ length: 101 }, (_, i) => slide(String(i))) });
    expect(problems).toEqual(['the story has 101 slides; at most 100 are allowed']);
  });

  it('moves a slide, clamping at either end, without touching the input', () => {
    const slides = ['a', 'b', 'c', 'd'];
    expect(moveSlide(slides, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveSlide(slides, 3, -5)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveSlide(slides, 1, 99)).toEqual(['a', 'c', 'd', 'b']);
    expect(moveSlide(slides, 9, 0)).toEqual(slides);
    expect(slides).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('a story in the address', () => {
  it('opens the story, and its first slide when the link names nothing else', () => {
    expect(storyFromQuery('?story=story%2Fabc')).toEqual({ id: 'story/abc', showSlide: true });
    expect(storyFromQuery('roots=x&story=story%2Fabc')).toEqual({ id: 'story/abc', showSlide: false });
    expect(storyFromQuery('roots=x')).toBeNull();
    expect(storyFromQuery('story=')).toBeNull();
  });

  it('adds the story to a view query, and round-trips through it', () => {
    expect(withStory('', 'story/abc')).toBe('story=story%2Fabc');
    expect(withStory('roots=x', 'story/abc')).toBe('roots=x&story=story%2Fabc');
    expect(withStory('roots=x', null)).toBe('roots=x');
    expect(storyFromQuery(withStory('roots=x', 'story/a b'))?.id).toBe('story/a b');
  });
});
