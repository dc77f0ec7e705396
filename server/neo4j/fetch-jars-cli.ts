// npm run neo4j:jars: fetches the embedded Neo4j's jars now (CI does this before the tests).
import { ensureNeo4jJars } from './jars.js';

ensureNeo4jJars()
  .then((dir) => console.log(`Neo4j jars ready in ${dir}`))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
