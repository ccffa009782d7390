package io.weatherdata.adapter.in.rest;

import static io.weatherdata.adapter.in.rest.RestFixtures.CSV;
import static io.weatherdata.adapter.in.rest.RestFixtures.FIRST;
import static io.weatherdata.adapter.in.rest.RestFixtures.JANUARY;
import static io.weatherdata.adapter.in.rest.RestFixtures.SECOND;
import static io.weatherdata.adapter.in.rest.RestFixtures.OTHER_CURSOR_SECRET;
import static io.weatherdata.adapter.in.rest.RestFixtures.api;
import static io.weatherdata.adapter.in.rest.RestFixtures.cursors;
import static io.weatherdata.adapter.in.rest.RestFixtures.get;
import static io.weatherdata.adapter.in.rest.RestFixtures.invalidParameter;
import static io.weatherdata.adapter.in.rest.RestFixtures.lastPage;
import static io.weatherdata.adapter.in.rest.RestFixtures.nextCursor;
import static io.weatherdata.adapter.in.rest.RestFixtures.observation;
import static io.weatherdata.adapter.in.rest.RestFixtures.okJson;
import static io.weatherdata.adapter.in.rest.RestFixtures.pageWithMore;
import static io.weatherdata.adapter.in.rest.RestFixtures.problem;
import static io.weatherdata.adapter.in.rest.RestFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.weatherdata.application.query.port.in.ExportObservationsUseCase;
import io.weatherdata.application.query.port.in.ExportYearlyStatsUseCase;
import io.weatherdata.application.query.port.in.FindObservationsUseCase;
import io.weatherdata.application.query.port.in.ExportStationsUseCase;
import io.weatherdata.application.query.port.in.FindStationsUseCase;
import io.weatherdata.application.query.port.in.FindYearlyStatsUseCase;
import io.weatherdata.application.query.port.in.GetStoredDataVersionUseCase;
import io.weatherdata.application.query.port.in.ListIngestionRunsUseCase;
import io.weatherdata.application.query.model.ObservationQuery;
import io.weatherdata.domain.observation.Observation;
import io.weatherdata.domain.observation.ObservationKey;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

/** What holds for the whole API: errors as problem+json, HTTP caching, cursors bound to their listing and key. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ApiConventionsTest {
  private static final FindObservationsUseCase observations = mock(FindObservationsUseCase.class);
  private static final FindYearlyStatsUseCase stats = mock(FindYearlyStatsUseCase.class);
  private static final FindStationsUseCase stations = mock(FindStationsUseCase.class);
  private static final ListIngestionRunsUseCase runs = mock(ListIngestionRunsUseCase.class);
  private static final GetStoredDataVersionUseCase dataVersion = mock(GetStoredDataVersionUseCase.class);
  static final ResourceExtension API = api(dataVersion,
      new ObservationsResource(observations, mock(ExportObservationsUseCase.class), cursors()),
      new YearlyStatsResource(stats, mock(ExportYearlyStatsUseCase.class), cursors()),
      new StationsResource(stations, mock(ExportStationsUseCase.class), cursors()), new IngestionsResource(runs));
  /** The same listing in a deployment with another cursor secret. */
  static final ResourceExtension API_WITH_OTHER_SECRET = api(dataVersion,
      new ObservationsResource(observations, mock(ExportObservationsUseCase.class),
          new Cursors(OTHER_CURSOR_SECRET)));


  @BeforeEach
  void dataVersion() {
    when(dataVersion.current()).thenReturn("v1");
  }

  @AfterEach
  void resetMocks() {
    reset(observations, stats, stations, runs, dataVersion);
  }

  // --- errors --------------------------------------------------------------------------------------------------

  @Test
  void unknownPathIs404Problem() {
    JsonNode body = problem(get(API, "/api/nothing-here"), 404);

    assertThat(body.path("instance").asText()).isEqualTo("/api/nothing-here");
  }

  @Test
  void postIs405ProblemSayingWhatIsAllowed() {
    Response response = request(API, "/api/weather").post(Entity.json("{}"));

    problem(response, 405);
    assertThat(response.getHeaderString(HttpHeaders.ALLOW)).as("Allow (RFC 9110: a 405 must have it)")
        .contains("GET").doesNotContain("POST");
    verifyNoInteractions(observations);
  }

  @Test
  void unexpectedFailureIs500ProblemWithAnErrorIdButNotTheCause() {
    when(observations.find(any())).thenThrow(new RuntimeException("db password=secret"));

    Response response = get(API, JANUARY);
    String body = response.readEntity(String.class);

    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(response.getMediaType().isCompatible(RestFixtures.PROBLEM)).isTrue();
    assertThat(response.getHeaderString(HttpHeaders.ETAG)).isNull();
    assertThat(body).doesNotContain("secret").doesNotContain("password").doesNotContain("RuntimeException")
        .doesNotContain("at io.").doesNotContain("Exception");
    assertThat(body).containsPattern("error id [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(body).contains("\"status\":500");
  }

  @Test
  void failureToReadTheDataVersionIs500ProblemToo() {
    when(dataVersion.current()).thenThrow(new IllegalStateException("jdbc:postgresql://db-host/weather secret"));

    Response response = get(API, JANUARY);

    JsonNode body = problem(response, 500);
    assertThat(body.toString()).doesNotContain("secret").doesNotContain("db-host");
    verifyNoInteractions(observations);
  }

  @Test
  void errorsAreProblemJsonEvenWhenCsvIsAsked() {
    invalidParameter(request(API, "/api/weather?page_size=0").accept(CSV).get(), "page_size");
    invalidParameter(get(API, "/api/weather?page_size=0&format=csv"), "page_size");

    verifyNoInteractions(observations);
  }

  // --- caching -------------------------------------------------------------------------------------------------

  @Test
  void okResponseCarriesETagAndCacheControl() {
    when(observations.find(any())).thenReturn(lastPage(1, FIRST));

    Response response = get(API, JANUARY);

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getHeaderString(HttpHeaders.ETAG)).matches("\"[0-9a-f]+\"");
    assertThat(response.getHeaderString(HttpHeaders.CACHE_CONTROL)).isEqualTo("public, max-age=300");
  }

  /** The ETag of a 200 for {@code pathAndQuery}; the call it cost is then forgotten. */
  private String etagOf(String pathAndQuery, MediaType accept) {
    when(observations.find(any())).thenReturn(lastPage(1, FIRST));
    Response response = request(API, pathAndQuery).accept(accept).get();
    assertThat(response.getStatus()).isEqualTo(200);
    String etag = response.getHeaderString(HttpHeaders.ETAG);
    assertThat(etag).isNotNull();
    clearInvocations(observations);
    return etag;
  }

  @Test
  void ifNoneMatchStarDoesNotShortCutValidationOrLookup() {
    invalidParameter(request(API, "/api/weather?page_size=0").header(HttpHeaders.IF_NONE_MATCH, "*")
        .get(), "page_size");
    when(stations.find(any())).thenReturn(java.util.Optional.empty());

    problem(request(API, "/api/stations/USC00000000").header(HttpHeaders.IF_NONE_MATCH, "*").get(), 404);
  }

  @Test
  void ingestionRunsAreNotCachedWhileARunMayBeProgressing() {
    when(runs.latest(20)).thenReturn(java.util.List.of());

    Response response = get(API, "/api/ingestions");

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getHeaderString(HttpHeaders.ETAG)).isNull();
    assertThat(response.getHeaderString(HttpHeaders.CACHE_CONTROL)).isNull();
  }

  @Test
  void pagingParametersAreUnknownWhereNothingIsPaged() {
    invalidParameter(get(API, "/api/ingestions?page_size=10"), "page_size");
    invalidParameter(get(API, "/api/stations/USC00110072?cursor=abc"), "cursor");

    verifyNoInteractions(runs, stations);
  }

  @Test
  void anEmptyValueIsAnErrorNotAnAbsentFilter() {
    invalidParameter(get(API, "/api/weather?date="), "date");
    invalidParameter(get(API, "/api/weather?page_size="), "page_size");

    verifyNoInteractions(observations);
  }

  @Test
  void matchingIfNoneMatchIs304WithoutQuerying() {
    String etag = etagOf(JANUARY, MediaType.APPLICATION_JSON_TYPE);

    Response response = request(API, JANUARY).accept(MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.IF_NONE_MATCH, etag).get();

    assertThat(response.getStatus()).isEqualTo(304);
    assertThat(response.getHeaderString(HttpHeaders.ETAG)).isEqualTo(etag);
    assertThat(response.getHeaderString(HttpHeaders.CACHE_CONTROL)).isEqualTo("public, max-age=300");
    verifyNoInteractions(observations);
  }

  @ParameterizedTest
  @ValueSource(strings = {"weak", "in a list", "as Jetty's gzip handler rewrites it"})
  void otherFormsOfTheETagMatchToo(String form) {
    String etag = etagOf(JANUARY, MediaType.APPLICATION_JSON_TYPE);
    String ifNoneMatch = switch (form) {
      case "weak" -> "W/" + etag;
      case "in a list" -> "\"0000\", " + etag;
      default -> etag.substring(0, etag.length() - 1) + "--gzip\"";
    };

    Response response = request(API, JANUARY).accept(MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.IF_NONE_MATCH, ifNoneMatch).get();

    assertThat(response.getStatus()).isEqualTo(304);
    verifyNoInteractions(observations);
  }

  @Test
  void otherETagIsServedInFull() {
    String etag = etagOf(JANUARY, MediaType.APPLICATION_JSON_TYPE);
    when(observations.find(any())).thenReturn(lastPage(1, FIRST));

    Response response = request(API, JANUARY).accept(MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.IF_NONE_MATCH, "\"" + "0".repeat(etag.length() - 2) + "\"").get();

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getHeaderString(HttpHeaders.ETAG)).isEqualTo(etag);
    verify(observations).find(any());
  }

  @Test
  void newDataVersionInvalidatesTheOldETag() {
    String etag = etagOf(JANUARY, MediaType.APPLICATION_JSON_TYPE);
    when(dataVersion.current()).thenReturn("v2");
    when(observations.find(any())).thenReturn(lastPage(1, FIRST));

    Response response = request(API, JANUARY).accept(MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.IF_NONE_MATCH, etag).get();

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getHeaderString(HttpHeaders.ETAG)).isNotNull().isNotEqualTo(etag);
    verify(observations).find(any());
  }

  @Test
  void otherUriHasAnotherETag() {
    assertThat(etagOf(JANUARY, MediaType.APPLICATION_JSON_TYPE))
        .isNotEqualTo(etagOf(JANUARY.replace("1985-01-31", "1985-01-30"), MediaType.APPLICATION_JSON_TYPE));
  }

  @Test
  void jsonAndCsvOfTheSameUriHaveDifferentETags() {
    String json = etagOf(JANUARY, MediaType.APPLICATION_JSON_TYPE);
    String csv = etagOf(JANUARY, CSV);

    assertThat(csv).isNotEqualTo(json);
    Response csvWithJsonTag = request(API, JANUARY).accept(CSV).header(HttpHeaders.IF_NONE_MATCH, json).get();
    assertThat(csvWithJsonTag.getStatus()).isEqualTo(200);
    assertThat(csvWithJsonTag.getMediaType().isCompatible(CSV)).isTrue();
  }

  @Test
  void sameUriAndRepresentationAndDataVersionHaveTheSameETag() {
    assertThat(etagOf(JANUARY, CSV)).isEqualTo(etagOf(JANUARY, CSV));
  }

  @Test
  void badRequestCarriesNoETagAndIsNotStored() {
    Response response = get(API, "/api/weather?page_size=0");

    invalidParameter(response, "page_size");
    assertThat(response.getHeaderString(HttpHeaders.ETAG)).isNull();
    assertThat(response.getHeaderString(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
  }

  @Test
  void notFoundStationCarriesNoETag() {
    when(stations.find(any())).thenReturn(Optional.empty());

    Response response = get(API, "/api/stations/USC00000000");

    problem(response, 404);
    assertThat(response.getHeaderString(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
  }

  // --- cursors across listings and keys ------------------------------------------------------------------------

  private String observationsCursor(ResourceExtension api) {
    when(observations.find(any())).thenReturn(pageWithMore(3, FIRST, SECOND));
    String cursor = nextCursor(okJson(get(api, JANUARY)));
    clearInvocations(observations);
    return cursor;
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/weather/stats?station_id=USC00110072", "/api/weather/stats", "/api/stations"})
  void cursorOfOneListingIsRejectedByAnother(String otherListing) {
    String cursor = observationsCursor(API);

    invalidParameter(get(API, otherListing + (otherListing.contains("?") ? "&" : "?") + "cursor=" + cursor), "cursor");

    verifyNoInteractions(stats, stations);
  }

  @Test
  void cursorIsAcceptedByTheDeploymentThatIssuedIt() {
    String cursor = observationsCursor(API_WITH_OTHER_SECRET);
    when(observations.find(any())).thenReturn(lastPage(3));

    assertThat(get(API_WITH_OTHER_SECRET, JANUARY + "&cursor=" + cursor).getStatus()).isEqualTo(200);

    ArgumentCaptor<ObservationQuery> query = ArgumentCaptor.forClass(ObservationQuery.class);
    verify(observations).find(query.capture());
    assertThat(query.getValue().page().after()).contains(ObservationKey.of(SECOND));
  }

  @Test
  void cursorSignedWithAnotherSecretIsRejected() {
    String cursor = observationsCursor(API_WITH_OTHER_SECRET);

    invalidParameter(get(API, JANUARY + "&cursor=" + cursor), "cursor");

    verifyNoInteractions(observations);
  }
}
