package io.weatherdata.adapter.out.postgres;

import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.observation.Temperature;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Writes observations in PostgreSQL's binary COPY format ({@code COPY ... FROM STDIN (FORMAT binary)}): the server
 * then parses no text, which is most of its cost per row. Tenths become exact {@code numeric} values (base-10000
 * digits, scale 1) by integer arithmetic, never through a double; a date is its day count from 2000-01-01. Call
 * {@link #end} after the last row.
 */
final class CopyRowWriter {
  private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0,
      0, 0, 0, 0, 0, 0, 0, 0};
  private static final short FIELDS = 5;
  private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
  private static final short NUMERIC_POSITIVE = 0x0000;
  private static final short NUMERIC_NEGATIVE = 0x4000;
  private static final short TENTHS_SCALE = 1;
  private static final int NUMERIC_BASE = 10_000;

  private final OutputStream out;
  private final byte[] row = new byte[128];
  private final int[] digits = new int[4]; // an int's tenths: 3 whole digits and the tenth
  private int length;

  /** Writes the format's header. */
  CopyRowWriter(OutputStream out) throws IOException {
    this.out = out;
    out.write(HEADER);
  }

  void write(Observation o) throws IOException {
    length = 0;
    int16(FIELDS);
    String station = o.station().value();
    int32(station.length());
    for (int i = 0; i < station.length(); i++) {
      row[length++] = (byte) station.charAt(i);
    }
    int32(4);
    int32((int) (o.date().toEpochDay() - POSTGRES_EPOCH_DAY));
    temperature(o.maxTemperature());
    temperature(o.minTemperature());
    if (o.precipitation().isPresent()) {
      tenths(o.precipitation().get().tenthsMillimetre());
    } else {
      int32(-1);
    }
    out.write(row, 0, length);
  }

  /** Writes the format's trailer: no row may follow. */
  void end() throws IOException {
    out.write(new byte[] {(byte) 0xff, (byte) 0xff});
  }

  private void temperature(Optional<Temperature> value) {
    if (value.isPresent()) {
      tenths(value.get().tenthsCelsius());
    } else {
      int32(-1);
    }
  }

  /**
   * A numeric of scale 1 as PostgreSQL stores it: the base-10000 digits of the whole part, most significant first,
   * then the tenth as 1000ths of the next digit; no leading or trailing zero digit; weight is the first digit's
   * power of 10000 (zero: no digits, weight 0).
   */
  private void tenths(int value) {
    long magnitude = Math.abs((long) value);
    long whole = magnitude / 10;
    int tenth = (int) (magnitude % 10);
    int count = 0;
    for (long rest = whole; rest > 0; rest /= NUMERIC_BASE) {
      count++;
    }
    int weight = count - 1;
    for (int i = count - 1; i >= 0; i--) {
      digits[i] = (int) (whole % NUMERIC_BASE);
      whole /= NUMERIC_BASE;
    }
    if (tenth != 0) {
      if (count == 0) {
        weight = -1;
      }
      digits[count++] = tenth * 1000;
    }
    while (count > 0 && digits[count - 1] == 0) {
      count--;
    }
    if (count == 0) {
      weight = 0;
    }
    int32(8 + 2 * count);
    int16((short) count);
    int16((short) weight);
    int16(value < 0 ? NUMERIC_NEGATIVE : NUMERIC_POSITIVE);
    int16(TENTHS_SCALE);
    for (int i = 0; i < count; i++) {
      int16((short) digits[i]);
    }
  }

  private void int16(short value) {
    row[length++] = (byte) (value >>> 8);
    row[length++] = (byte) value;
  }

  private void int32(int value) {
    row[length++] = (byte) (value >>> 24);
    row[length++] = (byte) (value >>> 16);
    row[length++] = (byte) (value >>> 8);
    row[length++] = (byte) value;
  }
}
