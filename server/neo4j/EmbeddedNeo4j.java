// Runs Neo4j Community embedded with Bolt on 127.0.0.1, for the project's own use, with authentication.
// Run as a single-file program: java -cp 'lib/*' EmbeddedNeo4j.java <dataDir> <boltPort> <pageCacheMiB>
// The first line of stdin is the password user neo4j gets (stdin, not an argument: ps shows arguments).
// Prints exactly one line starting NEO4J_READY or NEO4J_ERROR <code> <message> on stdout.
// Exits when stdin closes, so a parent that dies cannot leave it holding the store lock.

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

public class EmbeddedNeo4j {
  public static void main(String[] args) {
    if (args.length != 3) {
      fail("USAGE", "expected arguments: <dataDir> <boltPort> <pageCacheMiB>");
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMiB = Long.parseLong(args[2]);
    String password = readFirstLine(System.in);
    if (password == null || password.isEmpty()) {
      fail("USAGE", "expected the password of user neo4j on the first line of stdin");
    }
    if (!portIsFree(port)) {
      fail("PORT_TAKEN", "port 127.0.0.1:" + port + " is already in use");
    }
    DatabaseManagementService dbms;
    Path initialUsers = CommunitySecurityModule.getInitialUserRepositoryFile(
        Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build());
    try {
      writeInitialPassword(initialUsers, password);
      dbms = new DatabaseManagementServiceBuilder(home)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .setConfig(HttpConnector.enabled, false)
          .setConfig(GraphDatabaseSettings.auth_enabled, true)
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
          .setConfig(GraphDatabaseSettings.transaction_timeout, java.time.Duration.ofSeconds(30))
          .build();
      Files.deleteIfExists(initialUsers);
      setPassword(dbms, password);
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

  /**
   * A user in auth.ini replaces the default neo4j/neo4j while the DBMS starts, before Bolt listens: so no one can
   * connect with the default password and set one of their own in the moments before setPassword runs.
   */
  private static void writeInitialPassword(Path file, String password) throws Exception {
    Files.createDirectories(file.getParent());
    Files.deleteIfExists(file);
    FileUserRepository users =
        new FileUserRepository(new DefaultFileSystemAbstraction(), file, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
    users.start();
    SystemGraphCredential credential =
        SystemGraphCredential.createCredentialForPassword(password.getBytes(StandardCharsets.UTF_8), new SecureHasher());
    users.create(new User("neo4j", null, credential, false, false));
    users.shutdown();
  }

  /** auth.ini applies only over the default password; a store whose password was another one is altered here. */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
          .executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      if (!describe(e).contains("Old password and new password cannot be the same")) throw e;
    }
  }

  private static String readFirstLine(InputStream in) {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try {
      for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) line.write(b);
    } catch (IOException e) {
      return null;
    }
    return line.toString(StandardCharsets.UTF_8).strip();
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
