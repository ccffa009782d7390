package io.weatherdata.adapter.in.cli;

import io.dropwizard.core.cli.Command;
import io.dropwizard.core.setup.Bootstrap;
import java.nio.file.Path;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code generate <folder> [--stations N] [--first-year Y] [--last-year Y] [--seed S] [--malformed SHARE]
 * [--station-list LINES]}.
 */
public final class GenerateCliCommand extends Command {
  public GenerateCliCommand() {
    super("generate", "Write synthetic station files in the raw format (deterministic for a seed)");
  }

  @Override
  public void configure(Subparser subparser) {
    subparser.addArgument("folder").required(true).help("folder to write <station>.txt files into");
    subparser.addArgument("--stations").type(Integer.class).setDefault(10).help("number of stations");
    subparser.addArgument("--first-year").dest("firstYear").type(Integer.class).setDefault(1985);
    subparser.addArgument("--last-year").dest("lastYear").type(Integer.class).setDefault(2014);
    subparser.addArgument("--seed").type(Long.class).setDefault(1L);
    subparser.addArgument("--malformed").type(Double.class).setDefault(0.0).help("share of malformed lines, 0..1");
    subparser.addArgument("--station-list").dest("stationList").type(Integer.class).setDefault(0)
        .help("also write ghcnd-stations.txt (NOAA's fixed-width station list) of this many lines beside the folder");
  }

  @Override
  public void run(Bootstrap<?> bootstrap, Namespace namespace) throws Exception {
    long lines = SyntheticStationFiles.write(Path.of(namespace.getString("folder")), namespace.getInt("stations"),
        namespace.getInt("firstYear"), namespace.getInt("lastYear"), namespace.getLong("seed"),
        namespace.getDouble("malformed")).lines();
    System.out.println("wrote " + lines + " lines for " + namespace.getInt("stations") + " stations");
    int listLines = namespace.getInt("stationList");
    if (listLines > 0) {
      Path list = Path.of(namespace.getString("folder")).toAbsolutePath().resolveSibling("ghcnd-stations.txt");
      SyntheticStationFiles.writeStationList(list, namespace.getInt("stations"), listLines, namespace.getLong("seed"));
      System.out.println("wrote " + listLines + " station list lines to " + list);
    }
  }
}
