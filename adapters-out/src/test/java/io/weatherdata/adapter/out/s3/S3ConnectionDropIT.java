package io.weatherdata.adapter.out.s3;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import io.weatherdata.adapter.out.postgres.PostgresIngestionLock;
import io.weatherdata.adapter.out.postgres.PostgresIngestionRunLog;
import io.weatherdata.adapter.out.postgres.PostgresObservationStore;
import io.weatherdata.adapter.out.postgres.TestPostgres;
import io.weatherdata.application.ingestion.port.in.IngestCommand;
import io.weatherdata.application.ingestion.port.in.IngestionFailedException;
import io.weatherdata.application.ingestion.port.in.IngestionListener;
import io.weatherdata.application.ingestion.model.IngestionReport;
import io.weatherdata.application.ingestion.service.IngestObservationsService;
import io.weatherdata.application.ingestion.service.IngestSettings;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3 endpoint that drops the connection in the middle of an object's body (WireMock answering the S3 REST
 * API; the real SDK client): that object's file is not stored or marked done, and a rerun loads it.
 */
class S3ConnectionDropIT {
  private static final String GOOD = "19850101\t-22\t-128\t94\n19850102\t-122\t-217\t0\n";
  private WireMockServer s3;
  private Jdbi jdbi;
  private IngestObservationsService ingestion;

  @BeforeEach
  void start() {
    s3 = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    s3.start();
    s3.stubFor(get(urlPathEqualTo("/raw")).withQueryParam("list-type", equalTo("2"))
        .willReturn(aResponse().withHeader("Content-Type", "application/xml").withBody(listing(
            "USC00000001.txt", "USC00000002.txt"))));
    serve("USC00000001.txt", GOOD);
    s3.stubFor(get(urlPathEqualTo("/raw/wx/USC00000002.txt"))
        .willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
    S3Client client = S3Client.builder().endpointOverride(URI.create(s3.baseUrl())).forcePathStyle(true)
        .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("foo", "bar"))).build();
    jdbi = TestPostgres.freshJdbi();
    ingestion = new IngestObservationsService(new S3ObservationSource(client, "raw", "wx/"),
        new PostgresObservationStore(jdbi), new PostgresIngestionLock(jdbi), new PostgresIngestionRunLog(jdbi),
        report -> { },
        new IngestSettings(100), Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    s3.stop();
  }

  @Test
  void anObjectCutOffMidBodyIsNotMarkedDoneAndTheRerunLoadsIt() {
    assertThatThrownBy(() -> ingestion.ingest(IngestCommand.allFiles(IngestionListener.NONE)))
        .isInstanceOf(IngestionFailedException.class);

    assertThat(strings("SELECT status FROM ingestion_runs")).containsExactly("FAILED");
    assertThat(strings("SELECT error FROM ingestion_runs")).singleElement().asString()
        .contains("reading USC00000002.txt");
    assertThat(strings("SELECT file_name FROM source_files")).containsExactly("USC00000001.txt");
    assertThat(strings("SELECT DISTINCT station_id FROM observations")).containsExactly("USC00000001");

    serve("USC00000002.txt", GOOD);
    IngestionReport rerun = ingestion.ingest(IngestCommand.allFiles(IngestionListener.NONE));

    assertThat(rerun.filesSkipped()).isEqualTo(1);
    assertThat(rerun.filesLoaded()).isEqualTo(1);
    assertThat(strings("SELECT DISTINCT station_id FROM observations ORDER BY 1"))
        .containsExactly("USC00000001", "USC00000002");
  }

  private void serve(String name, String body) {
    s3.stubFor(get(urlPathEqualTo("/raw/wx/" + name)).willReturn(aResponse()
        .withHeader("Content-Type", "text/plain").withHeader("ETag", "\"" + name.hashCode() + "\"").withBody(body)));
  }

  private static String listing(String... names) {
    StringBuilder xml = new StringBuilder("""
        <?xml version="1.0" encoding="UTF-8"?>
        <ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
          <Name>raw</Name><Prefix>wx%2F</Prefix><Delimiter>%2F</Delimiter><EncodingType>url</EncodingType>
          <KeyCount>""" + names.length + "</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>\n");
    for (String name : names) {
      xml.append("  <Contents><Key>wx%2F").append(name).append(
          "</Key><LastModified>2026-01-01T00:00:00.000Z</LastModified>")
          .append("<ETag>&quot;").append(name.hashCode()).append("&quot;</ETag><Size>").append(GOOD.length())
          .append("</Size><StorageClass>STANDARD</StorageClass></Contents>\n");
    }
    return xml.append("</ListBucketResult>\n").toString();
  }

  private List<String> strings(String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
  }
}
