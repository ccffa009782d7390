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
  private static final byte[] TRAILER = {(byte) 0xff, (byte) 0xff};
  private static final short FIELDS = 5;
  private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
  private static final short NUMERIC_POSITIVE = 0x0000;
  private static final short NUMERIC_NEGATIVE = 0x4000;
  private static final short TENTHS_SCALE = 1;
  private static final int NUMERIC_BASE = 10_000;

  private final OutputStream out;
  private final byte[] row = new byte[128];
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
    out.write(TRAILER);
  }

  private void temperature(Optional<Temperature> value) {
    if (value.isPresent()) {
      tenths(value.get().tenthsCelsius());
    } else {
      int32(-1);
    }
  }

  /**
   * A numeric of scale 1 as PostgreSQL stores it: base-10000 digits without leading or trailing zeros, so the
   * whole part (below 10,000 for every domain value) is one digit of weight 0 and the tenth one digit of 1000ths;
   * zero has no digits.
   */
  private void tenths(int value) {
    if (value <= -NUMERIC_BASE * 10 || value >= NUMERIC_BASE * 10) {
      throw new IllegalArgumentException("tenths beyond one base-10000 digit: " + value);
    }
    int magnitude = Math.abs(value);
    int whole = magnitude / 10;
    int tenth = magnitude % 10;
    int count = (whole > 0 ? 1 : 0) + (tenth > 0 ? 1 : 0);
    int32(8 + 2 * count);
    int16((short) count);
    int16((short) (whole == 0 && tenth > 0 ? -1 : 0));
    int16(value < 0 ? NUMERIC_NEGATIVE : NUMERIC_POSITIVE);
    int16(TENTHS_SCALE);
    if (whole > 0) {
      int16((short) whole);
    }
    if (tenth > 0) {
      int16((short) (tenth * 1000));
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
