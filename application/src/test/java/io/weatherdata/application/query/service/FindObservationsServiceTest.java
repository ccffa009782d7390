package io.weatherdata.application.query.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.when;

import io.weatherdata.application.query.model.ObservationFilter;
import io.weatherdata.application.query.model.ObservationQuery;
import io.weatherdata.application.query.port.out.StoredDataVersionPort;
import io.weatherdata.application.query.port.out.LoadObservationsPort;
import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.observation.ObservationKey;
import io.weatherdata.domain.paging.Page;
import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.paging.Slice;
import io.weatherdata.domain.station.StationId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class FindObservationsServiceTest {
  private static final ObservationQuery FIRST_PAGE = query(Optional.empty());
  private static final ObservationQuery DEEP_PAGE =
      query(Optional.of(new ObservationKey(StationId.of("USC00110072"), LocalDate.of(1990, 1, 1))));

  @Mock private LoadObservationsPort observations;
  @Mock private StoredDataVersionPort version;
  private FindObservationsService service;

  @BeforeEach
  void setUp() {
    service = new FindObservationsService(observations, new StoredDataVersion(version,
        Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), Duration.ZERO));
    lenient().when(observations.page(any())).thenReturn(new Slice<>(List.of(), true));
    lenient().when(observations.count(any())).thenReturn(1_729_957L);
  }

  @Test
  void aListingsTotalIsCountedOncePerDataVersionWhateverThePage() {
    when(version.current()).thenReturn("v1");

    Page<?> first = service.find(FIRST_PAGE);
    Page<?> deep = service.find(DEEP_PAGE);

    assertThat(first.total()).isEqualTo(1_729_957L);
    assertThat(deep.total()).isEqualTo(1_729_957L);
    assertThat(deep.hasMore()).isTrue();
    verify(observations, times(1)).count(any());
  }

  @Test
  void newDataMeansANewCount() {
    when(version.current()).thenReturn("v1", "v2");

    service.find(FIRST_PAGE);
    service.find(FIRST_PAGE);

    verify(observations, times(2)).count(any());
  }

  @Test
  void aFirstPageHoldingTheWholeListingIsItsOwnTotalWithoutACount() {
    when(version.current()).thenReturn("v1");
    Observation day = new Observation(StationId.of("USC00110072"), LocalDate.of(1990, 1, 1), Optional.empty(),
        Optional.empty(), Optional.empty());
    when(observations.page(any())).thenReturn(new Slice<>(List.of(day, day), false));

    assertThat(service.find(FIRST_PAGE).total()).isEqualTo(2);
    verify(observations, never()).count(any());

    assertThat(service.find(DEEP_PAGE).total()).as("the last of several pages is not the whole listing")
        .isEqualTo(2); // counted once per version and filter: the first page's total stands
  }

  private static ObservationQuery query(Optional<ObservationKey> after) {
    return new ObservationQuery(new ObservationFilter(List.of(), List.of(), Optional.empty(), Optional.empty()),
        new PageRequest<>(100, after));
  }
}
