package io.weatherdata.adapter.in.cli;

import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Bootstrap;
import io.weatherdata.application.ingestion.port.in.ReferenceFileCommand;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code ingest-stations config.yml <file | s3://bucket/key>} (NOAA's station list) and {@code ingest-corn
 * config.yml <file | s3://bucket/key>} (US corn production): one ingestion run over one reference file, upserting
 * every good line. Exit status 1 on failure.
 */
public final class IngestReferenceCliCommand<C extends Configuration> extends WiredCommand<C> {
  private final ReferenceFileCommand.Kind kind;

  private IngestReferenceCliCommand(String name, String description, ReferenceFileCommand.Kind kind,
      CliWiring<C> wiring, Class<C> configurationClass) {
    super(name, description, wiring, configurationClass);
    this.kind = kind;
  }

  public static <C extends Configuration> IngestReferenceCliCommand<C> stations(CliWiring<C> wiring, Class<C> type) {
    return new IngestReferenceCliCommand<>("ingest-stations", "Load NOAA's GHCN-Daily station list"
        + " (ghcnd-stations.txt format): names, states, coordinates, elevations", ReferenceFileCommand.Kind
            .STATION_LIST,
        wiring, type);
  }

  public static <C extends Configuration> IngestReferenceCliCommand<C> corn(CliWiring<C> wiring, Class<C> type) {
    return new IngestReferenceCliCommand<>("ingest-corn", "Load US corn grain production per year"
        + " (year<TAB>thousand metric tons)", ReferenceFileCommand.Kind.CORN_PRODUCTION, wiring, type);
  }

  @Override
  public void configure(Subparser subparser) {
    super.configure(subparser);
    subparser.addArgument("reference").required(true).help("the file: a local path or s3://bucket/key");
  }

  @Override
  protected void run(Bootstrap<C> bootstrap, Namespace namespace, C configuration) {
    String location = namespace.getString("reference");
    int slash = location.lastIndexOf('/');
    String folder = slash < 0 ? "." : location.substring(0, slash);
    String name = location.substring(slash + 1);
    try (CliWiring.Session session = wiring.open(configuration)) {
      session.referenceFrom(folder.isEmpty() ? "/" : folder)
          .ingest(new ReferenceFileCommand(kind, name, new LoggingIngestionListener()));
    }
  }
}
