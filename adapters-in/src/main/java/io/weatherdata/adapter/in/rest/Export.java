package io.weatherdata.adapter.in.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.weatherdata.domain.station.StationId;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * A whole listing in one response, for clients that cannot follow pages ({@code pandas.read_csv(url)}): CSV
 * (the default) or NDJSON (one JSON object per line), the same columns as the paged listing, streamed from the
 * store as it is read, so memory stays flat whatever the size. Errors in the parameters are 400s before anything
 * is sent; a failure mid-stream can only cut the response short.
 */
final class Export {
  static final String NDJSON = "application/x-ndjson";
  static final String DISPOSITION = "Content-Disposition";
  private static final int BUFFER_CHARS = 1 << 16;
  private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

  private Export() {}

  /** The {@code format} of an export; read by {@link FormatParameter} before matching. */
  public static final class Format {
    @QueryParam(QueryParameters.FORMAT)
    @Parameter(description = "csv (the default) or ndjson; overrides the Accept header",
        schema = @Schema(type = "string", allowableValues = {"csv", "ndjson"}, defaultValue = "csv"))
    public String format;
  }

  /**
   * Writes every item {@code rows} produces, in the representation the request asked for, as a file named after
   * the listing (and the station when the filter names one).
   */
  static <T> Response respond(HttpHeaders request, String listing, List<StationId> stations, Listing.Shape<T> shape,
      Consumer<Consumer<T>> rows) {
    String fileName = listing + (stations.size() == 1 ? "-" + stations.get(0).value() : "");
    boolean ndjson = wantsNdjson(request);
    StreamingOutput body = output -> {
      Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), BUFFER_CHARS);
      if (!ndjson) {
        CsvPageWriter.line(out, CsvRow.header(shape.type()));
      }
      try {
        rows.accept(item -> write(out, shape.from().apply(item), ndjson));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      out.flush();
    };
    return Response.ok(body, ndjson ? NDJSON + "; charset=utf-8" : FormatParameter.CSV
        + "; charset=utf-8; header=present")
        .header(DISPOSITION, "attachment; filename=\"" + fileName + (ndjson ? ".ndjson" : ".csv") + "\"")
        .build();
  }

  private static void write(Writer out, CsvRow row, boolean ndjson) {
    try {
      if (ndjson) {
        out.write(JSON.writeValueAsString(row));
        out.write('\n');
      } else {
        CsvPageWriter.line(out, row.csvValues());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** NDJSON when the most preferred acceptable type names it; CSV for text/csv, a wildcard or nothing. */
  private static boolean wantsNdjson(HttpHeaders request) {
    for (MediaType type : request.getAcceptableMediaTypes()) {
      if (type.isWildcardType() || type.isCompatible(MediaType.valueOf(FormatParameter.CSV))) {
        return false;
      }
      if (type.isCompatible(MediaType.valueOf(NDJSON))) {
        return true;
      }
    }
    return false;
  }
}
