import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;

/**
 * Local Neo4j Community with Bolt on 127.0.0.1, for development and tests.
 *
 * <pre>java -cp 'tools/neo4j/lib/*' tools/neo4j/Launcher.java [--data DIR] [--port PORT]</pre>
 *
 * DIR defaults to data/neo4j in the project root; PORT 0 or omitted picks a free port.
 *
 * Prints exactly one line to stdout, {@code bolt://127.0.0.1:PORT}, once Bolt accepts connections.
 * Stops on SIGTERM/SIGINT and when stdin reaches EOF, so it never outlives the process that started it.
 * So keep stdin open: started in the background with stdin at /dev/null, it stops right after starting.
 * Auth is off unless NEO4J_PASSWORD is set; then user neo4j gets that password.
 */
public class Launcher {
  private static final String HOST = "127.0.0.1";

  public static void main(String[] args) {
    try {
      start(args);
    } catch (Exception e) {
      e.printStackTrace();
      Throwable cause = e;
      while (cause.getCause() != null) cause = cause.getCause();
      System.err.println("Neo4j failed to start: " + cause);
      // Neo4j's non-daemon threads would otherwise keep a half-started JVM alive.
      System.exit(1);
    }
  }

  private static void start(String[] args) throws Exception {
    Map<String, String> options = parseOptions(args);
    Path lib = libDirectory();
    // The default is data/neo4j in the project root, which is three levels above tools/neo4j/lib.
    Path home = options.containsKey("--data")
        ? Path.of(options.get("--data")).toAbsolutePath()
        : lib.resolve("../../../data/neo4j").normalize();
    int port = Integer.parseInt(options.getOrDefault("--port", "0"));
    if (port == 0) port = findFreePort();
    String password = System.getenv("NEO4J_PASSWORD");
    boolean authEnabled = password != null && !password.isEmpty();

    // Whatever Neo4j or a library prints goes to stderr: stdout carries only the Bolt URI.
    PrintStream stdout = System.out;
    System.setOut(System.err);

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
        // Both default to 5 s of waiting on shutdown even with no client connected.
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, authEnabled)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb()))
        .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(256))
        // lib/plugins holds APOC: the procedure loader only scans the plugin folder, not the class path.
        .setConfig(GraphDatabaseSettings.plugin_dir, lib.resolve("plugins"))
        .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));
    exitWhenStdinCloses();

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!db.isAvailable(60_000)) throw new IllegalStateException("database neo4j did not become available");
    if (authEnabled) setNeo4jPassword(dbms, password);
    waitForBolt(port);

    stdout.println("bolt://" + HOST + ":" + port);
    stdout.flush();
  }

  /**
   * The page cache in MiB: KG_NEO4J_PAGECACHE_MB, else 1024 (taken as the store grows, not at start).
   * With 128 MiB, a depth-2 neighbourhood of the 100,000-article graph (a 3.2 GB store) read its pages
   * through the file system: p95 114-131 ms against 49-52 ms with 1 GiB (512 MiB: 121-128 ms).
   */
  private static long pageCacheMb() {
    String value = System.getenv("KG_NEO4J_PAGECACHE_MB");
    if (value == null || value.isBlank()) return 1024;
    long mb = Long.parseLong(value.trim());
    if (mb < 8) throw new IllegalArgumentException("KG_NEO4J_PAGECACHE_MB must be at least 8, got " + mb);
    return mb;
  }

  private static Map<String, String> parseOptions(String[] args) {
    var options = new HashMap<String, String>();
    for (int i = 0; i < args.length; i += 2) {
      if (!List.of("--data", "--port").contains(args[i]) || i + 1 >= args.length) {
        throw new IllegalArgumentException("usage: Launcher.java [--data DIR] [--port PORT]");
      }
      options.put(args[i], args[i + 1]);
    }
    return options;
  }

  private static int findFreePort() throws IOException {
    try (var socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      return socket.getLocalPort();
    }
  }

  /** tools/neo4j/lib, found through the jar Neo4j was loaded from, so the working directory does not matter. */
  private static Path libDirectory() throws URISyntaxException {
    var neo4jJar = GraphDatabaseService.class.getProtectionDomain().getCodeSource().getLocation().toURI();
    return Path.of(neo4jJar).getParent();
  }

  /** Exits (running the shutdown hook) at stdin EOF, i.e. when the parent process closes it or dies. */
  private static void exitWhenStdinCloses() {
    var watcher = new Thread(() -> {
      try (InputStream in = System.in) {
        while (in.read() != -1) {
          // Ignore input; only the end of the stream matters.
        }
      } catch (IOException ignored) {
        // A broken stdin means the parent is gone as well.
      }
      System.exit(0);
    }, "stdin-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }

  /** Run on every start, so the password follows NEO4J_PASSWORD also for an existing data folder. */
  private static void setNeo4jPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (QueryExecutionException e) {
      // Neo4j refuses to "change" a password to its current value; that is the state we want anyway.
      if (!e.getMessage().contains("Old password and new password cannot be the same")) throw e;
    }
  }

  private static void waitForBolt(int port) throws InterruptedException {
    for (int attempt = 0; attempt < 300; attempt++) {
      try (var socket = new Socket(HOST, port)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("Bolt is not accepting connections on port " + port);
  }
}
