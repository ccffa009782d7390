package io.weatherdata.infra;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;

/**
 * The CDK app: {@code infra/synth [-c key=value ...]} runs it, and so does the CDK CLI through {@code infra/cdk.json}
 * (which then sets {@code CDK_OUTDIR} and {@code CDK_CONTEXT_JSON}). Context keys: see {@link Settings}.
 */
public final class InfraApp {

  private InfraApp() {
  }

  public static void main(String[] args) throws IOException {
    Path infraDir = Path.of(System.getProperty("weather.infraDir", ".")).toAbsolutePath().normalize();
    Path repoRoot = infraDir.getParent();
    String outdir = System.getenv("CDK_OUTDIR");
    if (outdir == null) {   // run by infra/synth, not the CDK CLI: start from an empty infra/cdk.out
      outdir = infraDir.resolve("cdk.out").toString();
      Artifacts.deleteRecursively(Path.of(outdir));
    }
    App app = new App(AppProps.builder().outdir(outdir).postCliContext(contextArguments(args)).build());
    Settings settings = Settings.from(app.getNode());
    WeatherDeployment.define(app, settings, Artifacts.fromRepository(repoRoot, infraDir.resolve("target")));
    app.synth();
    System.out.println("Synthesized " + settings.env() + " into " + outdir);
  }

  /** {@code -c key=value} / {@code --context key=value} pairs, as the CDK CLI takes them. */
  static Map<String, Object> contextArguments(String[] args) {
    Map<String, Object> context = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if ((args[i].equals("-c") || args[i].equals("--context")) && i + 1 < args.length && args[i + 1].contains("=")) {
        String pair = args[++i];
        context.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
      } else {
        throw new IllegalArgumentException("expected -c key=value, got: " + args[i]);
      }
    }
    return context;
  }
}
