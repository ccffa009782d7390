package io.weatherdata.adapter.in.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes a page as RFC 4180 CSV: a header line, one line per item, empty for null; streamed as it goes. */
@Produces(FormatParameter.CSV)
public final class CsvPageWriter implements MessageBodyWriter<PageJson<?>> {
  @Override
  public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return PageJson.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(PageJson<?> page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
      MultivaluedMap<String, Object> headers, OutputStream entityStream) throws IOException {
    headers.putSingle("Content-Type", FormatParameter.CSV + "; charset=utf-8; header=present");
    Writer out = new BufferedWriter(new OutputStreamWriter(entityStream, StandardCharsets.UTF_8));
    line(out, List.copyOf(page.csvHeader()));
    for (CsvRow row : page.data()) {
      line(out, row.csvValues());
    }
    out.flush();
  }

  static void line(Writer out, List<?> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(values.get(i)));
    }
    out.write("\r\n");
  }

  private static String field(Object value) {
    if (value == null) {
      return "";
    }
    String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    return text.matches("[^\",\r\n]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
