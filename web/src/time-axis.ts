// Draws the time-ordered layout's axis behind the graph: a band per lane with its label at the left edge, and year and
// month ticks with their labels along the top; as many as the zoom leaves room for. Redrawn whenever the view moves.
import type { Core } from 'cytoscape';
import type { TimeAxis } from './time-layout.js';
import { termLabel } from './vocabulary.js';

const SVG = 'http://www.w3.org/2000/svg';
const HEADER = 22; // the strip at the top that holds the tick labels

function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, text?: string) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

export class TimeAxisOverlay {
  private axis: TimeAxis | null = null;
  private cy: Core | null = null;
  private readonly redraw = () => this.draw();

  constructor(private readonly svg: SVGSVGElement) {
    svg.setAttribute('aria-hidden', 'true');
  }

  /** Shows this axis (null: none) for the layout just run on `cy`. */
  set(cy: Core, axis: TimeAxis | null): void {
    if (this.cy !== cy) {
      this.cy?.off('viewport resize', this.redraw);
      cy.on('viewport resize', this.redraw);
      this.cy = cy;
    }
    this.axis = axis;
    this.draw();
  }

  private draw(): void {
    const { svg, axis, cy } = this;
    svg.replaceChildren();
    svg.toggleAttribute('hidden', !axis || !cy);
    if (!axis || !cy) return;
    const zoom = cy.zoom();
    const pan = cy.pan();
    const width = cy.width();
    const height = cy.height();
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    const x = (mx: number) => mx * zoom + pan.x;
    const y = (my: number) => my * zoom + pan.y;

    axis.lanes.forEach((lane, i) => {
      const top = y(lane.top);
      const bottom = y(lane.bottom);
      if (bottom < HEADER || top > height) return;
      svg.append(
        svgElement('rect', {
          x: 0,
          y: top,
          width,
          height: bottom - top,
          class: lane.undated ? 'lane undated' : i % 2 ? 'lane odd' : 'lane',
        }),
        svgElement(
          'text',
          { x: 8, y: Math.max(top + 16, HEADER + 16), class: 'lane-label' },
          `${termLabel(lane.kind)}${lane.undated ? ' — undated' : ''}`,
        ),
      );
    });

    // Months vary in width (busy ones wide, quiet ones narrow): each tick is drawn, and labelled, if its own month
    // has the room at this zoom; a year is labelled unless the last year label is too close.
    svg.append(svgElement('rect', { x: 0, y: 0, width, height: HEADER, class: 'axis-header' }));
    let lastYearLabel = -Infinity;
    axis.ticks.forEach((tick, i) => {
      const at = x(tick.x);
      const room = i + 1 < axis.ticks.length ? x(axis.ticks[i + 1]!.x) - at : Infinity;
      if (at < -50 || at > width + 50) return;
      if (!tick.major && room < 6) return;
      svg.append(svgElement('line', { x1: at, x2: at, y1: HEADER - 6, y2: height, class: tick.major ? 'tick year' : 'tick month' }));
      if (tick.major && at - lastYearLabel >= 40) {
        svg.append(svgElement('text', { x: at + 3, y: HEADER - 7, class: 'tick-label year' }, tick.label));
        lastYearLabel = at;
      } else if (!tick.major && room >= 30 && at - lastYearLabel >= 40) {
        svg.append(svgElement('text', { x: at + 3, y: HEADER - 7, class: 'tick-label' }, tick.label));
      }
    });
  }
}
