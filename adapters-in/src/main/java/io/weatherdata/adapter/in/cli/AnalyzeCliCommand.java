package io.weatherdata.adapter.in.cli;

import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Bootstrap;
import io.weatherdata.application.analysis.port.in.AnalysisCommand;
import io.weatherdata.application.analysis.port.in.AnalysisReport;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/** {@code analyze config.yml [--all]}: recompute yearly statistics. */
public final class AnalyzeCliCommand<C extends Configuration> extends WiredCommand<C> {
  public AnalyzeCliCommand(CliWiring<C> wiring, Class<C> configurationClass) {
    super("analyze", "Recompute yearly statistics for the station-years ingestion touched (or --all)", wiring,
        configurationClass);
  }

  @Override
  public void configure(Subparser subparser) {
    super.configure(subparser);
    subparser.addArgument("--all").action(Arguments.storeTrue()).help("recompute every station-year");
  }

  @Override
  protected void run(Bootstrap<C> bootstrap, Namespace namespace, C configuration) {
    try (CliWiring.Session session = wiring.open(configuration)) {
      AnalysisReport report = session.analysis().compute(new AnalysisCommand(namespace.getBoolean("all")));
      AnalysisLog.finished(report);
    }
  }
}
