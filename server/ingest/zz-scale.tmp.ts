import { buildGazetteer, type KnownEntity } from './gazetteer.js';
import { comparePair, duplicatePairsIn } from './duplicate-pairs.js';
import { readDataset } from '../seed/read-dataset.js';
import { seedDir } from '../paths.js';
import { knownEntities } from './gazetteer.js';
const ds = readDataset(seedDir);
const gz = buildGazetteer(knownEntities(ds.entities, ds.relationships));
for (const [x, y] of [
  ['organisation/fuel-and-energy-workers-union', 'organisation/fuel-and-energy-workers-union-karaganda'],
  ['organisation/university-solidarity', 'organisation/university-solidarity-central-council'],
] as const) {
  const a = gz.entities.get(x)!,
    b = gz.entities.get(y)!;
  console.log(
    a.names,
    b.names,
    a.neighbours.filter((n) => b.neighbours.includes(n)),
  );
}
const given = ['Erlan', 'Serik', 'Dinara', 'Larisa', 'Nurlan', 'Aslan', 'Marat', 'Galym', 'Zhanna', 'Asel', 'Bolat', 'Daniyar'];
const stems = [
  'Kushak',
  'Zhuma',
  'Tasma',
  'Yeleu',
  'Khar',
  'Nurpe',
  'Sult',
  'Bekt',
  'Ospan',
  'Abdi',
  'Kaiyr',
  'Tokt',
  'Mukh',
  'Ermek',
  'Sarsen',
];
const ends = ['bayev', 'baev', 'ov', 'ova', 'sinov', 'galiev', 'kulov', 'ekov', 'uly'];
let seed = 1;
const rnd = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};
for (const size of [1000, 5000, 20000]) {
  const es: KnownEntity[] = [];
  for (let i = 0; i < size; i++) {
    const name = `${given[rnd(given.length)]} ${stems[rnd(stems.length)]}${ends[rnd(ends.length)]}`;
    es.push({
      id: `person/p${i}`,
      kind: 'person',
      subkind: null,
      names: [name],
      label: name,
      date: null,
      neighbours: [`o/${rnd(size / 5)}`],
      participants: [],
    });
  }
  const t = performance.now();
  const pairs = duplicatePairsIn(buildGazetteer(es));
  console.log(size, 'entities', pairs.length, 'pairs', (performance.now() - t).toFixed(0), 'ms');
}
void comparePair;
