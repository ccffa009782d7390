package io.weatherdata.adapter.out.postgres;

import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.observation.Temperature;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Writes observations in PostgreSQL's COPY text format (tab-separated, {@code \N} for NULL), exactly: tenths
 * become {@code -12.3} by integer arithmetic, never through a double.
 */
final class CopyRowWriter {
  private final OutputStream out;
  private final byte[] line = new byte[64];
  private int length;

  CopyRowWriter(OutputStream out) {
    this.out = out;
  }

  void write(Observation o) throws IOException {
    length = 0;
    ascii(o.station().value());
    tab();
    date(o.date());
    tab();
    temperature(o.maxTemperature());
    tab();
    temperature(o.minTemperature());
    tab();
    if (o.precipitation().isPresent()) {
      tenths(o.precipitation().get().tenthsMillimetre());
    } else {
      nullValue();
    }
    line[length++] = '\n';
    out.write(line, 0, length);
  }

  private void ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      line[length++] = (byte) s.charAt(i);
    }
  }

  private void tab() {
    line[length++] = '\t';
  }

  private void date(LocalDate date) {
    digits(date.getYear(), 4);
    line[length++] = '-';
    digits(date.getMonthValue(), 2);
    line[length++] = '-';
    digits(date.getDayOfMonth(), 2);
  }

  private void temperature(Optional<Temperature> value) {
    if (value.isPresent()) {
      tenths(value.get().tenthsCelsius());
    } else {
      nullValue();
    }
  }

  private void nullValue() {
    line[length++] = '\\';
    line[length++] = 'N';
  }

  private void tenths(int value) {
    int v = value;
    if (v < 0) {
      line[length++] = '-';
      v = -v;
    }
    int whole = v / 10;
    digits(whole, whole >= 1000 ? 4 : whole >= 100 ? 3 : whole >= 10 ? 2 : 1);
    line[length++] = '.';
    line[length++] = (byte) ('0' + v % 10);
  }

  private void digits(int value, int width) {
    for (int i = width - 1; i >= 0; i--) {
      line[length + i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    length += width;
  }
}
