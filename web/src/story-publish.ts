// A story published as one HTML file that needs no server and no network: each slide's image, caption and the quotes
// behind what it shows, with their sources, and the data (entities, links, positions) inside. On screen the arrow
// keys step through it; printed, it is the handout: every slide with its caption and its quotes.
import { escapeXml } from '../../domain/export/graph-data.js';
import { sourceLine, type SlideEvidence } from '../../domain/slide-evidence.js';
import { svgElementOf } from './slide-image.js';

export interface PublishedSlide {
  title: string;
  caption: string;
  /** The time range shown, in words, or null. */
  range: string | null;
  /** The slide's image (slide-image.ts), an SVG document. */
  svg: string;
  evidence: SlideEvidence;
  /** The entities and links drawn, with their positions: the data behind the picture, for whoever wants to reuse it. */
  data: {
    nodes: { id: string; name: string; kind: string; x: number; y: number }[];
    edges: { id: string; type: string; source: string; target: string }[];
  };
}

export interface PublishedStory {
  title: string;
  slides: PublishedSlide[];
  /** ISO time of publishing. */
  publishedAt: string;
  /** Where the story lives on its server, when it was saved. */
  link: string | null;
}

const esc = escapeXml;

/** JSON that can sit inside a <script> element: no "</script>", no "<!--". */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function inlineSvg(svg: string, label: string): string {
  return svgElementOf(svg).replace(/^<svg\b/i, `<svg role="img" aria-label="${esc(label)}"`);
}

function evidenceHtml(evidence: SlideEvidence): string {
  const items = evidence.items.filter((item) => item.quotes.length > 0);
  const quotes = items
    .map(
      (item) =>
        `<li><strong>${esc(item.label)}</strong>${
          item.otherValues.length > 0
            ? ` <span class="contested">contested: sources also say ${esc(item.otherValues.join('; '))}</span>`
            : ''
        }<ul>${item.quotes.map((q) => `<li>“${esc(q.quote)}” <span class="ref">[${q.sourceNumber}]</span></li>`).join('')}</ul></li>`,
    )
    .join('\n');
  const sources = evidence.sources
    .map((s) => `<li>${esc(sourceLine(s))}${s.url ? ` <span class="url">${esc(s.url)}</span>` : ''}</li>`)
    .join('\n');
  return `<h3>What the sources say</h3>
<ul class="quotes">${quotes || '<li>No quotes: nothing on this slide is cited.</li>'}</ul>
<h3>Sources</h3>
<ol class="sources">${sources}</ol>`;
}

function slideHtml(slide: PublishedSlide, index: number, count: number): string {
  return `<section class="slide" id="slide-${index + 1}" aria-label="Slide ${index + 1} of ${count}"${index === 0 ? '' : ' hidden'}>
<header><p class="number">${index + 1} / ${count}</p><h2>${esc(slide.title || `Slide ${index + 1}`)}</h2>${
    slide.range ? `<p class="range">${esc(slide.range)}</p>` : ''
  }</header>
<figure>${inlineSvg(slide.svg, slide.title || `Slide ${index + 1}`)}</figure>
${slide.caption ? `<p class="caption">${esc(slide.caption)}</p>` : ''}
<aside class="evidence">${evidenceHtml(slide.evidence)}</aside>
</section>`;
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:18px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111;background:#fff}
body>header{display:flex;gap:1rem;align-items:center;padding:.5rem 1rem;border-bottom:1px solid #ccc}
body>header h1{font-size:1.1rem;margin:0;flex:1}
button{font:inherit;padding:.3rem .8rem;border:1px solid #555;border-radius:4px;background:#f4f4f4;color:#111;cursor:pointer}
button:focus-visible,a:focus-visible{outline:3px solid #0072B2;outline-offset:2px}
.slide{display:grid;grid-template-columns:minmax(0,3fr) minmax(16rem,1fr);grid-template-rows:auto minmax(0,1fr) auto;gap:.5rem 1.5rem;height:calc(100vh - 3.2rem);padding:1rem 1.5rem}
.slide[hidden]{display:none}
.slide>header{grid-column:1/-1}
.slide h2{font-size:2.2rem;margin:0;line-height:1.15}
.number,.range{margin:0;color:#444}
figure{margin:0;min-height:0;display:flex}
figure svg{width:100%;height:100%}
.caption{grid-column:1;font-size:1.5rem;margin:0}
.evidence{grid-column:2;grid-row:2/4;overflow:auto;font-size:.95rem;border-left:1px solid #ccc;padding-left:1rem}
.evidence h3{font-size:1rem;margin:.4rem 0}
.quotes{padding-left:1rem}.quotes ul{padding-left:1rem;margin:.2rem 0 .6rem}
.contested{color:#8a3b00;font-weight:600}
.ref{color:#0a4f8a}
.url{word-break:break-all;color:#444}
footer{padding:.5rem 1rem;color:#444;font-size:.9rem}
@media print{
  body>header button,body>header .hint{display:none}
  .slide,.slide[hidden]{display:block;height:auto;page-break-after:always;break-after:page;padding:0}
  figure{height:11cm}
  .caption{font-size:14pt}
  .evidence{border:0;padding:0;font-size:10pt;overflow:visible}
}`;

const SCRIPT = `
(function(){
  var slides=[].slice.call(document.querySelectorAll('.slide'));
  var at=0;
  var indicator=document.getElementById('indicator');
  function go(i){
    at=Math.max(0,Math.min(slides.length-1,i));
    slides.forEach(function(s,k){s.hidden=k!==at});
    indicator.textContent=(at+1)+' / '+slides.length;
    if(location.hash!=='#slide-'+(at+1))history.replaceState(null,'','#slide-'+(at+1));
  }
  document.addEventListener('keydown',function(e){
    if(e.key==='ArrowRight'||e.key==='PageDown'||e.key===' '){go(at+1);e.preventDefault()}
    else if(e.key==='ArrowLeft'||e.key==='PageUp'){go(at-1);e.preventDefault()}
    else if(e.key==='Home'){go(0)}else if(e.key==='End'){go(slides.length-1)}
  });
  document.getElementById('prev').addEventListener('click',function(){go(at-1)});
  document.getElementById('next').addEventListener('click',function(){go(at+1)});
  document.getElementById('print').addEventListener('click',function(){window.print()});
  var m=/^#slide-(\\d+)$/.exec(location.hash);
  go(m?Number(m[1])-1:0);
  if(location.hash==='#print')window.print();
})();`;

export function publishedStoryHtml(story: PublishedStory): string {
  const count = story.slides.length;
  const data = {
    title: story.title,
    publishedAt: story.publishedAt,
    link: story.link,
    slides: story.slides.map(({ svg: _svg, ...rest }) => rest),
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${esc(story.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${esc(story.title)}</h1><span class="hint">← → to step through</span>
<button id="prev" type="button" aria-label="Previous slide">←</button><span id="indicator" aria-live="polite">1 / ${count}</span>
<button id="next" type="button" aria-label="Next slide">→</button><button id="print" type="button">Print handout</button></header>
<main>
${story.slides.map((slide, i) => slideHtml(slide, i, count)).join('\n')}
</main>
<footer>Published ${esc(story.publishedAt.slice(0, 10))} from the persecution network graph${
    story.link ? ` (${esc(story.link)})` : ''
  }. Every fact shown is cited; the quotes and their sources are listed beside each slide.</footer>
<script type="application/json" id="story-data">${scriptJson(data)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
