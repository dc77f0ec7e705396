// Serves the peer (@neo4j/graphql) in a process of its own, as our server runs in its own, so the two compete for
// the machine alike. Usage: PEER_NEO4J_PASSWORD=… tsx bench/server/peer-server.ts <bolt uri> <port>; prints
// "PEER_READY <url>".
import { createServer } from 'node:http';
import neo4j from 'neo4j-driver';
import { createPeerApp } from './peer.js';

const [uri, port] = process.argv.slice(2);
if (!uri || !port) {
  console.error('usage: peer-server.ts <bolt uri> <port>');
  process.exit(2);
}
const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', process.env.PEER_NEO4J_PASSWORD ?? ''), { maxConnectionPoolSize: 50 });
const app = await createPeerApp(driver);
const server = createServer(app);
server.listen(Number(port), '127.0.0.1', () => console.log(`PEER_READY http://127.0.0.1:${port}/graphql`));
const stop = () => server.close(() => void driver.close().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();
