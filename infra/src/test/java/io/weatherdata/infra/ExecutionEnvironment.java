package io.weatherdata.infra;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * One Lambda execution environment on this machine: the Lambda Runtime API (the HTTP protocol between the Lambda
 * service and a runtime) served on a loopback port, and a separate JVM that runs the AWS Lambda Java Runtime
 * Interface Client's entry point with nothing but the function's jar and the client (whose manifest names its own
 * few jars) on the class path, as the managed Java runtime starts a function. Each {@link #invoke} hands one event
 * out on {@code GET /runtime/invocation/next} and waits for the function's {@code POST …/response} or
 * {@code …/error}; a failed initialisation ({@code POST /runtime/init/error}) ends every invocation.
 */
final class ExecutionEnvironment implements AutoCloseable {
  static final String REGION = "us-east-1";
  static final String ACCOUNT = "123456789012";
  private static final String API = "/2018-06-01/runtime/";
  private static final long TIMEOUT_SECONDS = 60;

  /** What the function posted for one invocation: its response, or an error with its type. */
  record Answer(boolean ok, String body, String errorType) {
  }

  private record Invocation(String requestId, String event, CompletableFuture<Answer> answer) {
  }

  private final BlockingQueue<Invocation> next = new LinkedBlockingQueue<>();
  private final Map<String, Invocation> running = new ConcurrentHashMap<>();
  private final CompletableFuture<String> initError = new CompletableFuture<>();
  private final CompletableFuture<Void> polling = new CompletableFuture<>();
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final HttpServer server;
  private final String functionArn;
  private final Path log;
  private final Process process;

  /**
   * Starts the function {@code functionName} ({@code handler}, from {@code functionJar}) with {@code environment}
   * plus the variables the Lambda service itself sets; its standard output and error go to {@code log}.
   */
  ExecutionEnvironment(Path functionJar, Path runtimeClient, String functionName, String handler,
      Map<String, String> environment, Path log) {
    this.functionArn = "arn:aws:lambda:" + REGION + ":" + ACCOUNT + ":function:" + functionName;
    this.log = log;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext(API, this::serve);
      server.setExecutor(threads);
      server.start();
      ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", functionJar + File.pathSeparator + runtimeClient, mainClass(runtimeClient), handler)
          .redirectErrorStream(true).redirectOutput(log.toFile());
      java.environment().clear();
      java.environment().putAll(environment);
      java.environment().putAll(Map.of(
          "AWS_LAMBDA_RUNTIME_API", "127.0.0.1:" + server.getAddress().getPort(),
          "_HANDLER", handler,
          "AWS_LAMBDA_FUNCTION_NAME", functionName,
          "AWS_LAMBDA_FUNCTION_VERSION", "1",
          "AWS_REGION", REGION,
          "AWS_DEFAULT_REGION", REGION,
          "AWS_ACCESS_KEY_ID", "AKIDTEST",
          "AWS_SECRET_ACCESS_KEY", "test-secret-key",
          "AWS_SESSION_TOKEN", "test-session-token",
          "TZ", ":UTC"));
      process = java.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // The client extracts its native library to one fixed file (/tmp/.libaws-lambda-jni.so): environments started
    // at once overwrite it under each other. Returning only once this one polls for events starts them one by one.
    try {
      CompletableFuture.anyOf(polling, initError, process.onExit()).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the function did not start polling for events\n" + log(), e);
    }
  }

  /** The client's entry point as its manifest names it; every jar its manifest's Class-Path names must be there. */
  private static String mainClass(Path runtimeClient) throws IOException {
    try (JarFile jar = new JarFile(runtimeClient.toFile())) {
      Attributes manifest = jar.getManifest().getMainAttributes();
      for (String sibling : manifest.getValue(Attributes.Name.CLASS_PATH).split(" ")) {
        if (!Files.isRegularFile(runtimeClient.resolveSibling(sibling))) {
          throw new IllegalStateException(runtimeClient.resolveSibling(sibling) + " is missing: the client's manifest"
              + " names it, and infra/pom.xml copies it (run ./mvnw -B verify -pl infra)");
        }
      }
      return manifest.getValue(Attributes.Name.MAIN_CLASS);
    }
  }

  /** Delivers one event and waits for what the function answers. */
  Answer invoke(String event) {
    Invocation invocation = new Invocation(UUID.randomUUID().toString(), event, new CompletableFuture<>());
    next.add(invocation);
    try {
      Object first = CompletableFuture.anyOf(invocation.answer(), initError, process.onExit())
          .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (first instanceof Answer answer) {
        return answer;
      }
      throw new AssertionError((initError.isDone() ? "initialisation failed: " + initError.join()
          : "the function's JVM exited with status " + process.exitValue()) + "\n" + log());
    } catch (TimeoutException e) {
      throw new AssertionError("no answer within " + TIMEOUT_SECONDS + " s\n" + log(), e);
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Everything the function's JVM printed so far, line by line (what Lambda sends to CloudWatch Logs). */
  List<String> logLines() {
    try {
      return Files.readAllLines(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String log() {
    return String.join("\n", logLines());
  }

  private void serve(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath().substring(API.length());
    try (exchange) {
      if (path.equals("invocation/next") && exchange.getRequestMethod().equals("GET")) {
        polling.complete(null);
        Invocation invocation = next.take();
        running.put(invocation.requestId(), invocation);
        exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", invocation.requestId());
        exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms",
            Long.toString(System.currentTimeMillis() + TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS)));
        exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn", functionArn);
        exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id", "Root=1-00000000-" + invocation.requestId()
            .replace("-", "").substring(0, 24) + ";Sampled=0");
        // without it, the client's native HTTP code crashes the JVM (SIGSEGV, 2.10.1 on x86_64 glibc)
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        byte[] body = invocation.event().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        return;
      }
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String errorType = exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type");
      String[] parts = path.split("/");
      if (path.equals("init/error")) {
        initError.complete(errorType + " " + body);
      } else if (parts.length == 3 && parts[0].equals("invocation") && running.containsKey(parts[1])
          && (parts[2].equals("response") || parts[2].equals("error"))) {
        running.remove(parts[1]).answer().complete(new Answer(parts[2].equals("response"), body, errorType));
      } else {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.sendResponseHeaders(202, -1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    process.destroy();
    process.onExit().orTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).join();
    server.stop(0);
    threads.shutdownNow();
  }
}
