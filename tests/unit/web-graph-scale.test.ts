import { describe, expect, it } from 'vitest';
import { describeSettings, SCALE_THRESHOLDS, scaleSettings, webglSupportOf, type WebglSupport } from '../../web/src/graph-scale.js';

const never = (): WebglSupport => {
  throw new Error('WebGL was probed for a view that cannot use it');
};
const gpu = (): WebglSupport => 'hardware';
const swiftShader = (): WebglSupport => 'software';

describe('how a view is drawn as it grows', () => {
  it('draws a case the size of Kazakhstan (71 entities) as before, without asking about WebGL', () => {
    expect(scaleSettings({ nodes: 71, edges: 160 }, never)).toEqual({
      tier: 'small',
      renderer: 'canvas',
      layout: 'fcose',
      forceSteps: 150,
      animate: true,
      edgeLabels: true,
      edgeCurve: 'bezier',
      arrows: true,
      nodeLabelMinPx: 7,
      namesByZoom: false,
      textureOnViewport: false,
      betweenness: true,
    });
  });

  it('drops link labels past 400 links, and nothing else', () => {
    const small = scaleSettings({ nodes: 300, edges: 400 }, never);
    const dense = scaleSettings({ nodes: 300, edges: 401 }, never);
    expect(small.edgeLabels).toBe(true);
    expect(dense).toEqual({ ...small, edgeLabels: false });
  });

  it('lays out a large view with the quick force layout, without animation, and still draws it in full', () => {
    const large = scaleSettings({ nodes: 600, edges: SCALE_THRESHOLDS.largeFromElements - 600 }, never);
    expect(large).toMatchObject({ tier: 'large', renderer: 'canvas', layout: 'force', animate: false, edgeCurve: 'bezier', arrows: true });
    expect(large.namesByZoom).toBe(false);
    // Betweenness visits every pair: past this size nodes are ranked by degree.
    expect(large.betweenness).toBe(false);
  });

  it('simplifies a view of 5,000 elements: straight links without arrows or labels, names only when readable', () => {
    const huge = scaleSettings({ nodes: 1667, edges: 3333 }, swiftShader);
    expect(huge).toMatchObject({
      tier: 'huge',
      layout: 'force',
      animate: false,
      edgeLabels: false,
      edgeCurve: 'haystack',
      arrows: false,
      nodeLabelMinPx: 9,
      namesByZoom: true,
    });
  });

  it('uses WebGL for a huge view only on a graphics card; emulated WebGL is slower than the canvas', () => {
    const size = { nodes: 1667, edges: 3333 };
    expect(scaleSettings(size, gpu)).toMatchObject({ renderer: 'webgl', textureOnViewport: false });
    expect(scaleSettings(size, swiftShader)).toMatchObject({ renderer: 'canvas', textureOnViewport: true });
    expect(scaleSettings(size, () => 'none')).toMatchObject({ renderer: 'canvas', textureOnViewport: true });
  });

  it('gives the force layout fewer steps as views grow, never fewer than it needs to untangle', () => {
    const steps = [1000, 1500, 5000, 20_000, 100_000].map((elements) => {
      const nodes = Math.round(elements / 3);
      return scaleSettings({ nodes, edges: elements - nodes }, swiftShader).forceSteps;
    });
    expect(steps).toEqual([...steps].sort((a, b) => b - a));
    expect(steps[0]).toBe(150);
    expect(steps.at(-1)).toBe(50);
  });

  it('draws with the renderer it is told to, whatever the size (the benchmark compares both)', () => {
    const forced = scaleSettings({ nodes: 10, edges: 20 }, never, 'webgl');
    expect(forced).toMatchObject({ renderer: 'webgl', layout: 'fcose', namesByZoom: true, edgeLabels: false });
    expect(scaleSettings({ nodes: 1667, edges: 3333 }, gpu, 'canvas').renderer).toBe('canvas');
  });
});

describe('what runs WebGL', () => {
  it('tells emulated WebGL from a graphics card by the renderer name', () => {
    expect(webglSupportOf('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe('software');
    expect(webglSupportOf('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe('software');
    expect(webglSupportOf('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe('hardware');
    expect(webglSupportOf('Apple M2')).toBe('hardware');
    expect(webglSupportOf(null)).toBe('none');
  });
});

describe('settings in words', () => {
  it('says what a view of each size gets', () => {
    expect(describeSettings(scaleSettings({ nodes: 71, edges: 160 }, never))).toBe(
      'canvas; fcose; bezier, arrows, link labels; names from 7px; animated',
    );
    expect(describeSettings(scaleSettings({ nodes: 1667, edges: 3333 }, swiftShader))).toBe(
      'canvas; force layout 120 steps; haystack, no arrows, no link labels; names from 9px, taken off below; texture on viewport',
    );
    expect(describeSettings(scaleSettings({ nodes: 1667, edges: 3333 }, swiftShader), 'timeline')).toMatch(/^canvas; timeline; haystack/);
  });
});
