package io.weatherdata.adapter.in.cli;

import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Bootstrap;
import io.weatherdata.application.ingestion.port.in.IngestCommand;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code ingest config.yml <folder | s3://bucket/prefix>}: one ingestion run, then analysis of what changed. Exit
  * status 1 on failure.
 */
public final class IngestCliCommand<C extends Configuration> extends WiredCommand<C> {
  public IngestCliCommand(CliWiring<C> wiring, Class<C> configurationClass) {
    super("ingest", "Load every station file (*.txt) of a folder or s3://bucket/prefix into the database, then"
        + " recompute the touched yearly statistics", wiring, configurationClass);
  }

  @Override
  public void configure(Subparser subparser) {
    super.configure(subparser);
    subparser.addArgument("source").required(true).help("folder holding the raw station files, or s3://bucket/prefix");
  }

  @Override
  protected void run(Bootstrap<C> bootstrap, Namespace namespace, C configuration) {
    try (CliWiring.Session session = wiring.open(configuration)) {
      session.ingestFrom(namespace.getString("source")).ingest(IngestCommand.allFiles(new LoggingIngestionListener()));
    }
  }
}
