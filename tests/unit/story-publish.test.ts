import { describe, expect, it } from 'vitest';
import { publishedStoryHtml } from '../../web/src/story-publish.js';
import { fileNameOf } from '../../web/src/story-publishing.js';

const evidence = {
  sources: [{ id: 's1', title: 'Report </script> one', publisher: 'Pub', date: '2018', url: 'https://example.org/r' }],
  items: [
    { label: 'Kharkova: community service: 100 hours', quotes: [{ quote: '100 hours', sourceNumber: 1 }], otherValues: ['400 hours'] },
    { label: 'Uncited thing', quotes: [], otherValues: [] },
  ],
};

describe('a published story', () => {
  const html = publishedStoryHtml({
    title: 'The campaign <2017>',
    publishedAt: '2026-12-02T10:00:00Z',
    link: null,
    slides: [1, 2, 3].map((n) => ({
      title: `Slide title ${n}`,
      caption: `Caption ${n}`,
      range: n === 1 ? '2017 – 2018' : null,
      svg: `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>pic ${n}</text></svg>`,
      evidence,
      data: { nodes: [{ id: 'p', name: '</script><script>alert(1)</script>', kind: 'person', x: 1, y: 2 }], edges: [] },
    })),
  });

  it('holds every slide, its caption, its quotes with both sides of a contradiction, and its sources', () => {
    for (const n of [1, 2, 3]) {
      expect(html).toContain(`Slide title ${n}`);
      expect(html).toContain(`Caption ${n}`);
      expect(html).toContain(`pic ${n}`);
    }
    expect(html).toContain('“100 hours”');
    expect(html).toContain('contested: sources also say 400 hours');
    expect(html).toContain('Report &lt;/script&gt; one, Pub, 2018');
    // An item with no quote is not listed under what the sources say.
    expect(html).not.toContain('<strong>Uncited thing</strong>');
  });

  it('needs nothing from outside: no external script, style, image or font, and a policy that forbids any', () => {
    expect(html).toContain(`default-src 'none'`);
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
    expect(html).not.toMatch(/url\(/i);
  });

  it('keeps its data inside a script element that no name can break out of', () => {
    const scripts = html.match(/<script\b/g) ?? [];
    expect(scripts).toHaveLength(2);
    const json = /<script type="application\/json" id="story-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    const data = JSON.parse(json);
    expect(data.slides).toHaveLength(3);
    expect(data.slides[0].data.nodes[0].name).toBe('</script><script>alert(1)</script>');
    expect(data.title).toBe('The campaign <2017>');
  });

  it('shows one slide at a time on screen and every slide when printed', () => {
    expect(html.match(/<section class="slide"/g)).toHaveLength(3);
    expect(html.match(/<section class="slide"[^>]* hidden>/g)).toHaveLength(2);
    expect(html).toContain('@media print');
  });
});

describe('the published file’s name', () => {
  it('is the title in letters and digits, hyphenated, whatever the script', () => {
    expect(fileNameOf('The campaign, 2017–2018: a lesson!')).toBe('the-campaign-2017-2018-a-lesson.html');
    expect(fileNameOf('Кампания против профсоюзов')).toBe('кампания-против-профсоюзов.html');
    expect(fileNameOf('  ***  ')).toBe('story.html');
  });
});
