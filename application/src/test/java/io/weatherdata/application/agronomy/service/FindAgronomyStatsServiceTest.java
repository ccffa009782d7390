package io.weatherdata.application.agronomy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.weatherdata.application.agronomy.model.AgronomyFilter;
import io.weatherdata.application.agronomy.model.AgronomyListing;
import io.weatherdata.application.agronomy.model.AgronomyQuery;
import io.weatherdata.application.query.port.out.StoredDataVersionPort;
import io.weatherdata.application.query.service.StoredDataVersion;
import io.weatherdata.application.agronomy.port.out.LoadAgronomyPort;
import io.weatherdata.domain.paging.PageRequest;
import io.weatherdata.domain.paging.Slice;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindAgronomyStatsServiceTest {
  private final LoadAgronomyPort store = mock(LoadAgronomyPort.class);
  private final StoredDataVersionPort versions = mock(StoredDataVersionPort.class);
  private final FindAgronomyStatsService service = new FindAgronomyStatsService(store,
      new StoredDataVersion(versions, Clock.systemUTC(), Duration.ofHours(1)));
  private final AgronomyFilter all = new AgronomyFilter(List.of(), List.of(), Optional.empty(), Optional.empty(),
      Optional.empty());

  @Test
  void eachListingHasItsOwnTotalCountedOncePerVersion() {
    when(versions.current()).thenReturn("v1");
    when(store.monthly(any())).thenReturn(new Slice<>(List.of(), true)); // more pages follow: a count is needed
    when(store.seasons(any())).thenReturn(new Slice<>(List.of(), true));
    when(store.count(AgronomyListing.MONTHLY, all)).thenReturn(720L);
    when(store.count(AgronomyListing.SEASONS, all)).thenReturn(60L);

    assertThat(service.monthly(new AgronomyQuery<>(all, PageRequest.first(10))).total()).isEqualTo(720);
    assertThat(service.seasons(new AgronomyQuery<>(all, PageRequest.first(10))).total()).isEqualTo(60);
    assertThat(service.monthly(new AgronomyQuery<>(all, PageRequest.first(5))).total()).isEqualTo(720);

    verify(store, times(1)).count(AgronomyListing.MONTHLY, all);
    verify(store, times(2)).monthly(any());
  }
}
