package io.weatherdata.adapter.out.postgres;

import io.weatherdata.domain.agronomy.GrowingDegreeDays;
import io.weatherdata.domain.agronomy.SeasonRule;
import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.observation.Temperature;
import java.time.LocalDate;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code observation_months} rows: per station and calendar month, the sums and counts every statistic is
 * computed from (PostgresStatisticsStore). Two ways to the same rows: {@link #SUMS}, the SQL function over the
 * stored observations (a reload, {@code analyze --all}; db/migrations.sql), and {@link Tally}, the same sums in
 * integer tenths over the rows of a station's first load as they stream to COPY, which spares the analysis a pass
 * over every day (numeric arithmetic on 1.7 million rows, 1.8 s of the whole ingest). Growing degree days are kept
 * as the sum of the clamped temperatures (10–30 °C) of the days that have both; the dry days as a bitmap (bit d-1
 * from the left: day d had precipitation recorded and below 1.0 mm). {@code PostgresObservationStoreIT} holds the
 * two equal.
 */
final class ObservationMonths {
  static final String COLUMNS = "station_id, month_start, days, first_date, last_date, sum_max, n_max, sum_min, n_min, "
      + "sum_precipitation, n_precipitation, clamped_sum, n_gdd, hot_30, hot_35, heavy_rain, last_frost, first_frost, "
      + "dry_days";

  /** The months summed from the stored days, as a table to select from (and filter). */
  static final String SUMS = "observation_month_sums()";

  static final String COPY = "COPY observation_months (" + COLUMNS + ") FROM STDIN";

  private ObservationMonths() {}

  /** {@link #SUMS}'s rows, computed in Java over one station's observations in any order. */
  static final class Tally {
    private final TreeMap<LocalDate, Month> months = new TreeMap<>();
    private String station;
    private LocalDate currentStart = LocalDate.MIN;
    private Month current;

    void add(Observation o) {
      station = o.station().value();
      LocalDate date = o.date();
      if (date.getMonthValue() != currentStart.getMonthValue() || date.getYear() != currentStart.getYear()) {
        // a file's days come in order, a month at a time: look the month up once, not once a day
        currentStart = date.withDayOfMonth(1);
        current = months.computeIfAbsent(currentStart, start -> new Month());
      }
      current.add(date, o);
    }

    boolean isEmpty() {
      return months.isEmpty();
    }

    /** The rows in COPY's text format. */
    String copyText() {
      StringBuilder text = new StringBuilder(months.size() * 120);
      months.forEach((start, m) -> m.appendTo(text.append(station).append('\t').append(start).append('\t')));
      return text.toString();
    }

    private static final class Month {
      private int days;
      private LocalDate first;
      private LocalDate last;
      private final Sum max = new Sum();
      private final Sum min = new Sum();
      private final Sum precipitation = new Sum();
      private final Sum clamped = new Sum();
      private int hot;
      private int veryHot;
      private int heavyRain;
      private LocalDate lastFrost;
      private LocalDate firstFrost;
      private int dryDays;

      void add(LocalDate date, Observation o) {
        days++;
        first = first == null || date.isBefore(first) ? date : first;
        last = last == null || date.isAfter(last) ? date : last;
        Optional<Temperature> maxTemperature = o.maxTemperature();
        Optional<Temperature> minTemperature = o.minTemperature();
        if (maxTemperature.isPresent()) {
          int tenths = maxTemperature.get().tenthsCelsius();
          max.add(tenths);
          hot += tenths >= SeasonRule.HOT_TENTHS ? 1 : 0;
          veryHot += tenths >= SeasonRule.VERY_HOT_TENTHS ? 1 : 0;
        }
        if (minTemperature.isPresent()) {
          int tenths = minTemperature.get().tenthsCelsius();
          min.add(tenths);
          if (tenths <= SeasonRule.FROST_TENTHS) {
            lastFrost = lastFrost == null || date.isAfter(lastFrost) ? date : lastFrost;
            firstFrost = firstFrost == null || date.isBefore(firstFrost) ? date : firstFrost;
          }
        }
        if (maxTemperature.isPresent() && minTemperature.isPresent()) {
          clamped.add(clamp(maxTemperature.get().tenthsCelsius()) + clamp(minTemperature.get().tenthsCelsius()));
        }
        if (o.precipitation().isPresent()) {
          int tenths = o.precipitation().get().tenthsMillimetre();
          precipitation.add(tenths);
          heavyRain += tenths >= SeasonRule.HEAVY_RAIN_TENTHS_MM ? 1 : 0;
          dryDays |= tenths < SeasonRule.DRY_BELOW_TENTHS_MM ? 1 << (31 - date.getDayOfMonth()) : 0;
        }
      }

      private static int clamp(int tenths) {
        return Math.max(GrowingDegreeDays.BASE_TENTHS, Math.min(GrowingDegreeDays.CAP_TENTHS, tenths));
      }

      void appendTo(StringBuilder row) {
        row.append(days).append('\t').append(first).append('\t').append(last).append('\t');
        max.appendTo(row);
        min.appendTo(row);
        precipitation.appendTo(row);
        clamped.appendTo(row);
        row.append(hot).append('\t').append(veryHot).append('\t').append(heavyRain).append('\t');
        row.append(lastFrost == null ? "\\N" : lastFrost).append('\t');
        row.append(firstFrost == null ? "\\N" : firstFrost).append('\t');
        if (dryDays == 0) {
          row.append("\\N");
        } else {
          String bits = Integer.toBinaryString(dryDays);
          row.append("0".repeat(31 - bits.length())).append(bits);
        }
        row.append('\n');
      }
    }

    /** A sum in tenths and its count, written as SQL's sum (NULL over no value, one decimal) and count. */
    private static final class Sum {
      private long tenths;
      private int count;

      void add(int value) {
        tenths += value;
        count++;
      }

      void appendTo(StringBuilder row) {
        if (count == 0) {
          row.append("\\N");
        } else {
          long whole = Math.abs(tenths) / 10;
          row.append(tenths < 0 ? "-" : "").append(whole).append('.').append(Math.abs(tenths) % 10);
        }
        row.append('\t').append(count).append('\t');
      }
    }
  }
}
