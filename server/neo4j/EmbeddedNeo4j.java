// Runs Neo4j Community embedded with Bolt on 127.0.0.1, for the project's own use.
// Run as a single-file program: java -cp 'lib/*' EmbeddedNeo4j.java <dataDir> <boltPort> <pageCacheMiB>
// Prints exactly one line starting NEO4J_READY or NEO4J_ERROR <code> <message> on stdout.
// Exits when stdin closes, so a parent that dies cannot leave it holding the store lock.

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public class EmbeddedNeo4j {
  public static void main(String[] args) {
    if (args.length != 3) {
      fail("USAGE", "expected arguments: <dataDir> <boltPort> <pageCacheMiB>");
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMiB = Long.parseLong(args[2]);
    if (!portIsFree(port)) {
      fail("PORT_TAKEN", "port 127.0.0.1:" + port + " is already in use");
    }
    DatabaseManagementService dbms;
    try {
      dbms = new DatabaseManagementServiceBuilder(home)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .setConfig(HttpConnector.enabled, false)
          .setConfig(GraphDatabaseSettings.auth_enabled, false)
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
          .setConfig(GraphDatabaseSettings.transaction_timeout, java.time.Duration.ofSeconds(30))
          .build();
      dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).beginTx().close();
    } catch (Throwable e) {
      String text = describe(e);
      String code = text.toLowerCase().contains("lock") ? "STORE_LOCKED" : "START_FAILED";
      fail(code, text.replace('\n', ' '));
      return;
    }
    final DatabaseManagementService running = dbms;
    Runtime.getRuntime().addShutdownHook(new Thread(running::shutdown));
    System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();
    waitForStdinToClose(System.in);
    System.exit(0);
  }

  private static boolean portIsFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true); // ignore TIME_WAIT leftovers; only a live listener counts
      socket.bind(new InetSocketAddress("127.0.0.1", port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (text.length() > 0) text.append(" <- ");
      text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
    }
    return text.toString();
  }

  private static void waitForStdinToClose(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // Input is ignored; only its end matters.
      }
    } catch (IOException ignored) {
      // A broken pipe means the parent is gone: shut down.
    }
  }

  private static void fail(String code, String message) {
    System.out.println("NEO4J_ERROR " + code + " " + message);
    System.out.flush();
    System.exit(1);
  }
}
