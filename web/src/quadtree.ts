// Part of the force layout: the Barnes–Hut quadtree over the entities' positions, rebuilt every step in arrays that
// are allocated once (and grow when bodies very close together split cells deeply).

/** A quadtree rebuilt every step in preallocated arrays: cells hold their bodies' count and centre. */
export class Quadtree {
  private cellX = new Float64Array(0);
  private cellY = new Float64Array(0);
  cellSize = new Float64Array(0);
  mass = new Float64Array(0);
  sumX = new Float64Array(0);
  sumY = new Float64Array(0);
  /** A leaf's body, -1 in an empty leaf, -2 in a cell that has been split. */
  body = new Int32Array(0);
  /** Four children per cell, 0 for none (the root is cell 0, so never anyone's child). */
  children = new Int32Array(0);
  cells = 0;

  constructor(capacity: number) {
    this.grow(capacity);
  }

  /** Bodies very close together split cells deeply: the arrays grow when they must. */
  private grow(capacity: number): void {
    const larger = <T extends Float64Array | Int32Array>(old: T, make: (n: number) => T, n: number): T => {
      const next = make(n);
      next.set(old);
      return next;
    };
    this.cellX = larger(this.cellX, (n) => new Float64Array(n), capacity);
    this.cellY = larger(this.cellY, (n) => new Float64Array(n), capacity);
    this.cellSize = larger(this.cellSize, (n) => new Float64Array(n), capacity);
    this.mass = larger(this.mass, (n) => new Float64Array(n), capacity);
    this.sumX = larger(this.sumX, (n) => new Float64Array(n), capacity);
    this.sumY = larger(this.sumY, (n) => new Float64Array(n), capacity);
    this.body = larger(this.body, (n) => new Int32Array(n), capacity);
    this.children = larger(this.children, (n) => new Int32Array(n), capacity * 4);
  }

  private newCell(x: number, y: number, size: number): number {
    if (this.cells === this.mass.length) this.grow(this.mass.length * 2);
    const cell = this.cells++;
    this.cellX[cell] = x;
    this.cellY[cell] = y;
    this.cellSize[cell] = size;
    this.mass[cell] = 0;
    this.sumX[cell] = 0;
    this.sumY[cell] = 0;
    this.body[cell] = -1;
    this.children.fill(0, cell * 4, cell * 4 + 4);
    return cell;
  }

  private childFor(cell: number, x: number, y: number): number {
    const half = (this.cellSize[cell] ?? 0) / 2;
    const cx = this.cellX[cell] ?? 0;
    const cy = this.cellY[cell] ?? 0;
    const quadrant = (x >= cx + half ? 1 : 0) + (y >= cy + half ? 2 : 0);
    const slot = cell * 4 + quadrant;
    let child = this.children[slot] ?? 0;
    if (child === 0) {
      child = this.newCell(cx + (quadrant & 1 ? half : 0), cy + (quadrant & 2 ? half : 0), half);
      this.children[slot] = child;
    }
    return child;
  }

  build(xs: Float64Array, ys: Float64Array): void {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] ?? 0;
      const y = ys[i] ?? 0;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    this.cells = 0;
    this.newCell(minX, minY, Math.max(maxX - minX, maxY - minY, 1) * 1.0001);
    for (let i = 0; i < xs.length; i++) this.insert(i, xs[i] ?? 0, ys[i] ?? 0, xs, ys);
  }

  private add(cell: number, x: number, y: number): void {
    this.mass[cell] = (this.mass[cell] ?? 0) + 1;
    this.sumX[cell] = (this.sumX[cell] ?? 0) + x;
    this.sumY[cell] = (this.sumY[cell] ?? 0) + y;
  }

  private insert(i: number, x: number, y: number, xs: Float64Array, ys: Float64Array): void {
    let cell = 0;
    for (let depth = 0; ; depth++) {
      const held = this.body[cell] ?? -1;
      this.add(cell, x, y);
      if (held === -1 && this.mass[cell] === 1) {
        this.body[cell] = i;
        return;
      }
      if (held >= 0) {
        // Bodies at the same spot (or too deep to tell apart) share the leaf's mass rather than split forever.
        if (depth > 40 || (xs[held] === x && ys[held] === y)) return;
        this.body[cell] = -2;
        this.add(this.childFor(cell, xs[held] ?? 0, ys[held] ?? 0), xs[held] ?? 0, ys[held] ?? 0);
        const moved = this.childFor(cell, xs[held] ?? 0, ys[held] ?? 0);
        this.body[moved] = held;
      }
      cell = this.childFor(cell, x, y);
    }
  }
}
