package io.weatherdata.adapter.in.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

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

  /** One year of days per station-year, {@code firstYear} to {@code lastYear} inclusive. Returns lines written. */
  public static long write(Path folder, int stations, int firstYear, int lastYear, long seed, double malformedShare)
      throws IOException {
    Files.createDirectories(folder);
    long lines = 0;
    for (int s = 1; s <= stations; s++) {
      SplittableRandom random = new SplittableRandom(seed * 1_000_003L + s);
      double climate = random.nextDouble(-6, 6);
      try (BufferedWriter out = Files.newBufferedWriter(folder.resolve(stationId(s) + ".txt"), StandardCharsets
          .US_ASCII)) {
        for (LocalDate day = LocalDate.of(firstYear, 1, 1); day.getYear() <= lastYear; day = day.plusDays(1)) {
          out.write(random.nextDouble() < malformedShare ? MALFORMED[random.nextInt(MALFORMED.length)] : line(day,
              climate, random));
          out.write('\n');
          lines++;
        }
      }
    }
    return lines;
  }

  public static String stationId(int number) {
    return "SYN%08d".formatted(number);
  }

  private static String line(LocalDate day, double climate, SplittableRandom random) {
    double season = Math.sin(2 * Math.PI * (day.getDayOfYear() - 105) / 365.25);
    int max = (int) Math.round((15 + climate + 13 * season + random.nextGaussian() * 3) * 10);
    int min = max - (int) Math.round((9 + random.nextGaussian() * 2.5) * 10);
    int precip = random.nextDouble() < 0.3 ? (int) Math.round(-Math.log(1 - random.nextDouble()) * 50) : 0;
    return "%s\t%5d\t%5d\t%5d".formatted(day.toString().replace("-", ""),
        maybeMissing(max, random), maybeMissing(min, random), maybeMissing(precip, random));
  }

  private static int maybeMissing(int value, SplittableRandom random) {
    return random.nextDouble() < 0.02 ? MISSING : value;
  }
}
