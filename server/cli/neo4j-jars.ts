// npm run neo4j:jars: fetches the embedded Neo4j's jars now (CI does this before the tests).
import { runCommand } from '../command.js';
import { ensureNeo4jJars } from '../neo4j/jars.js';

runCommand(async () => console.log(`Neo4j jars ready in ${await ensureNeo4jJars()}`));
