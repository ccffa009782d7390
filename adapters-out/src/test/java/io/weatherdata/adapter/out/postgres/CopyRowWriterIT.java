package io.weatherdata.adapter.out.postgres;

import static io.weatherdata.domain.observation.Temperature.ofTenthsCelsius;
import static org.assertj.core.api.Assertions.assertThat;

import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.observation.Precipitation;
import io.weatherdata.domain.observation.Temperature;
import io.weatherdata.domain.station.StationId;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * The writer's bytes are PostgreSQL's own: the server's binary COPY of the same rows, typed as the observations
 * columns, for every value the domain allows (temperatures -90.0 to 60.0, precipitation 0.0 to 2000.0), missing
 * values, and days from 1760 to 2143 (before and after PostgreSQL's epoch, 2000-01-01).
 */
class CopyRowWriterIT {
  private static final int ROWS = Precipitation.MAX_TENTHS + 1;
  private static final int TEMPERATURES = Temperature.MAX_TENTHS - Temperature.MIN_TENTHS + 1;
  private static final LocalDate FIRST_DAY = LocalDate.of(1760, 1, 1);

  private static final String SAME_ROWS = """
      COPY (
        SELECT 'USC00110072'::varchar(11), date '1760-01-01' + 7 * i,
               CASE WHEN i %% 7 <> 0 THEN ((%1$d + i %% %3$d) / 10.0)::numeric(4,1) END,
               CASE WHEN i %% 11 <> 0 THEN ((%2$d - i %% %3$d) / 10.0)::numeric(4,1) END,
               CASE WHEN i %% 13 <> 0 THEN (i / 10.0)::numeric(5,1) END
        FROM generate_series(0, %4$d) AS i ORDER BY i
      ) TO STDOUT (FORMAT binary)
      """.formatted(Temperature.MIN_TENTHS, Temperature.MAX_TENTHS, TEMPERATURES, ROWS - 1);

  @Test
  void writesWhatPostgresWritesForEveryValueTheDomainAllows() throws Exception {
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    CopyRowWriter writer = new CopyRowWriter(written);
    for (int i = 0; i < ROWS; i++) {
      writer.write(new Observation(new StationId("USC00110072"), FIRST_DAY.plusDays(7L * i),
          i % 7 == 0 ? Optional.empty() : Optional.of(ofTenthsCelsius(Temperature.MIN_TENTHS + i % TEMPERATURES)),
          i % 11 == 0 ? Optional.empty() : Optional.of(ofTenthsCelsius(Temperature.MAX_TENTHS - i % TEMPERATURES)),
          i % 13 == 0 ? Optional.empty() : Optional.of(Precipitation.ofTenthsMillimetre(i))));
    }
    writer.end();

    assertThat(written.toByteArray()).isEqualTo(postgresCopyOf());
  }

  private static byte[] postgresCopyOf() throws Exception {
    Jdbi jdbi = TestPostgres.freshJdbi();
    return jdbi.withHandle(h -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      h.getConnection().unwrap(PGConnection.class).getCopyAPI().copyOut(SAME_ROWS, out);
      return out.toByteArray();
    });
  }
}
