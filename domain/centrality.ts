// Degree and betweenness centrality of an undirected, unweighted graph (Brandes' algorithm).

export interface GraphShape {
  nodes: readonly string[];
  edges: readonly { source: string; target: string }[];
}

function adjacency({ nodes, edges }: GraphShape): Map<string, string[]> {
  const neighbours = new Map(nodes.map((n) => [n, [] as string[]]));
  for (const { source, target } of edges) {
    if (source === target) continue;
    neighbours.get(source)?.push(target);
    neighbours.get(target)?.push(source);
  }
  return neighbours;
}

/** Number of links at each node (parallel links count each time; self-loops are ignored). */
export function degreeCentrality(graph: GraphShape): Map<string, number> {
  return new Map([...adjacency(graph)].map(([node, list]) => [node, list.length]));
}

/**
 * Betweenness: for each node, the share of shortest paths between other pairs that pass through it,
 * normalised to [0, 1] by the number of pairs, (n-1)(n-2)/2.
 */
export function betweennessCentrality(graph: GraphShape): Map<string, number> {
  const neighbours = adjacency(graph);
  const scores = new Map(graph.nodes.map((n) => [n, 0]));
  for (const source of graph.nodes) {
    const stack: string[] = [];
    const predecessors = new Map<string, string[]>();
    const paths = new Map<string, number>([[source, 1]]);
    const distance = new Map<string, number>([[source, 0]]);
    const queue = [source];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      stack.push(v);
      for (const w of new Set(neighbours.get(v))) {
        if (!distance.has(w)) {
          distance.set(w, distance.get(v)! + 1);
          queue.push(w);
        }
        if (distance.get(w) === distance.get(v)! + 1) {
          paths.set(w, (paths.get(w) ?? 0) + paths.get(v)!);
          predecessors.set(w, [...(predecessors.get(w) ?? []), v]);
        }
      }
    }
    const dependency = new Map<string, number>();
    while (stack.length > 0) {
      const w = stack.pop()!;
      for (const v of predecessors.get(w) ?? []) {
        const share = (paths.get(v)! / paths.get(w)!) * (1 + (dependency.get(w) ?? 0));
        dependency.set(v, (dependency.get(v) ?? 0) + share);
      }
      if (w !== source) scores.set(w, scores.get(w)! + (dependency.get(w) ?? 0));
    }
  }
  const n = graph.nodes.length;
  // Each pair was counted from both ends; normalise by the number of unordered pairs not involving the node.
  const pairs = n > 2 ? (n - 1) * (n - 2) : 1;
  return new Map([...scores].map(([node, score]) => [node, score / pairs]));
}
