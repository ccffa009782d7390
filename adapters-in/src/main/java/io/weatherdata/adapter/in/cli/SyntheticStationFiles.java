package io.weatherdata.adapter.in.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Writes plausible station files in the exact raw format: seasonal temperatures, showers, about 2% of
 * values {@code -9999}, and optionally a share of malformed lines. The same arguments always give the same
 * bytes. Station ids are {@code SYN00000001}, {@code SYN00000002}, … (never real stations).
 */
public final class SyntheticStationFiles {
  private static final int MISSING = -9999;
  private static final String[] MALFORMED = {
      "19850230\t10\t0\t0", "garbage", "20010101\t12\tabc\t3", "20010101\t12\t3", "20010101\t999\t0\t0"};

  private SyntheticStationFiles() {}

  /** What {@link #write} wrote: all lines, and how many of them are malformed (each in place of a day's line). */
  public record Written(long lines, long malformed) {
    public long good() {
      return lines - malformed;
    }
  }

  /** One year of days per station-year, {@code firstYear} to {@code lastYear} inclusive; stations on all cores. */
  public static Written write(Path folder, int stations, int firstYear, int lastYear, long seed, double malformedShare)
      throws IOException {
    Files.createDirectories(folder);
    try {
      return IntStream.rangeClosed(1, stations).parallel()
          .mapToObj(s -> writeStation(folder, s, firstYear, lastYear, seed, malformedShare))
          .reduce(new Written(0, 0), (a, b) -> new Written(a.lines + b.lines, a.malformed + b.malformed));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Each station has its own random stream (from the seed and its number): the bytes do not depend on order. */
  private static Written writeStation(Path folder, int s, int firstYear, int lastYear, long seed,
      double malformedShare) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + s);
    double climate = random.nextDouble(-6, 6);
    long lines = 0;
    long malformed = 0;
    StringBuilder line = new StringBuilder(32);
    try (BufferedWriter out = Files.newBufferedWriter(folder.resolve(stationId(s) + ".txt"), StandardCharsets
        .US_ASCII)) {
      for (LocalDate day = LocalDate.of(firstYear, 1, 1); day.getYear() <= lastYear; day = day.plusDays(1)) {
        boolean bad = random.nextDouble() < malformedShare;
        line.setLength(0);
        if (bad) {
          line.append(MALFORMED[random.nextInt(MALFORMED.length)]);
        } else {
          line(line, day, climate, random);
        }
        out.append(line).append('\n');
        lines++;
        malformed += bad ? 1 : 0;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Written(lines, malformed);
  }

  /**
   * Writes a station list in NOAA's fixed-width {@code ghcnd-stations.txt} format: first the {@code stations}
   * generated stations ({@code SYN…}, those with data), then made-up stations without data ({@code SYX…}) up to
   * {@code lines} lines, spread over the contiguous United States. Returns the lines written.
   */
  public static long writeStationList(Path file, int stations, int lines, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    String[] states = {"IL", "IA", "IN", "OH", "NE", "KS", "MN", "WI", "MO", "SD"};
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      for (int i = 1; i <= lines; i++) {
        String id = i <= stations ? stationId(i) : "SYX%08d".formatted(i);
        out.write(stationListLine(id, random.nextDouble(25, 49), random.nextDouble(-124, -67),
            random.nextDouble(0, 2000), states[random.nextInt(states.length)], "SYNTHETIC STATION " + i));
        out.write('\n');
      }
    }
    return lines;
  }

  /** One line of NOAA's station list: columns 1–11 id, 13–20 latitude, 22–30 longitude, 32–37 elevation, … */
  public static String stationListLine(String id, double latitude, double longitude, double elevationM, String state,
      String name) {
    return String.format(java.util.Locale.ROOT, "%-11s %8.4f %9.4f %6.1f %-2s %-30s", id, latitude, longitude,
        elevationM, state, name).stripTrailing();
  }

  public static String stationId(int number) {
    return "SYN%08d".formatted(number);
  }

  private static void line(StringBuilder line, LocalDate day, double climate, SplittableRandom random) {
    double season = Math.sin(2 * Math.PI * (day.getDayOfYear() - 105) / 365.25);
    int max = (int) Math.round((15 + climate + 13 * season + random.nextGaussian() * 3) * 10);
    int min = max - (int) Math.round((9 + random.nextGaussian() * 2.5) * 10);
    int precip = random.nextDouble() < 0.3 ? (int) Math.round(-Math.log(1 - random.nextDouble()) * 50) : 0;
    line.append(day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth());
    for (int value : new int[] {maybeMissing(max, random), maybeMissing(min, random), maybeMissing(precip, random)}) {
      String text = Integer.toString(value);
      line.append('\t').append("     ", 0, Math.max(0, 5 - text.length())).append(text);
    }
  }

  private static int maybeMissing(int value, SplittableRandom random) {
    return random.nextDouble() < 0.02 ? MISSING : value;
  }
}
