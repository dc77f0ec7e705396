// The front end's benchmark (npm run bench:web) on a small view, so the script cannot rot. Timings are the machine's
// business; only that every measurement was made, and with the settings a view of that size gets, is checked.
import { describe, expect, it } from 'vitest';
import { runWebBench } from '../../bench/web/web-bench.js';

describe('npm run bench:web', () => {
  it('draws, pans and zooms a 300-element view with the canvas and the WebGL renderer and reports every row', async () => {
    const report = await runWebBench({ sizes: [300], measureMs: 400, runs: 1 });
    expect(report.rows.map((r) => [r.size, r.renderer, r.layout, r.nodes, r.edges])).toEqual([
      [300, 'canvas', 'fcose', 100, 200],
      [300, 'webgl', 'fcose', 100, 200],
    ]);
    for (const row of report.rows) {
      expect(row.firstDrawMs).toBeGreaterThan(0);
      expect(row.panFps).toBeGreaterThan(0);
      expect(row.zoomFps).toBeGreaterThan(0);
      expect(row.samples.firstDrawMs).toHaveLength(1);
      expect(Object.values(row.phases).every((ms) => ms >= 0)).toBe(true);
      // A view this small is drawn as the seeded cases are: fcose animated, curved links with arrows and labels.
      expect(row.pageRenderer).toBe('canvas');
    }
    expect(report.rows.map((r) => r.settings)).toEqual([
      'canvas; fcose; bezier, arrows, link labels; names from 7px; animated',
      'webgl; fcose; bezier, arrows, no link labels; names from 7px, taken off below; animated',
    ]);
    expect(report.markdown).toContain('| 300 | canvas | force-directed | 100 | 200 |');
  }, 180_000);
});
