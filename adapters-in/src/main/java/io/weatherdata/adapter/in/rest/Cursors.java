package io.weatherdata.adapter.in.rest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque, tamper-evident page cursors: the position after which the next page starts, bound to the listing and
 * its filters, signed with HMAC-SHA256. A forged, altered or foreign cursor (other filters, other listing, other
 * key) is rejected as an invalid {@code cursor} parameter, never served as a wrong page.
 */
public final class Cursors {
  private static final int TAG_BYTES = 16;
  private static final char SEPARATOR = '\u001f';
  private final SecretKeySpec key;

  public Cursors(byte[] secret) {
    if (secret.length < 16) {
      throw new IllegalArgumentException("cursor secret must be at least 16 bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
  }

  /**
   * What a cursor belongs to: a listing and its normalised filters. Written out only when a cursor is read or made,
   * not for the pages that have neither (the filter's text was 3% of a cold page's CPU).
   */
  record Scope(String listing, Object filter) {
    String text() {
      return listing + "|" + filter;
    }
  }

  /** {@code position} is the last item's key. */
  String encode(Scope scope, List<String> position) {
    byte[] payload = String.join(String.valueOf(SEPARATOR), position).getBytes(StandardCharsets.UTF_8);
    byte[] tag = tag(scope.text(), payload);
    byte[] token = Arrays.copyOf(payload, payload.length + TAG_BYTES);
    System.arraycopy(tag, 0, token, payload.length, TAG_BYTES);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
  }

  /** The position a cursor encodes, parsed; any failure is an invalid cursor. */
  <K> Optional<K> position(Scope scope, Optional<String> cursor, int parts, Function<List<String>, K> parse) {
    return cursor.map(c -> {
      List<String> position = decode(scope.text(), c, parts);
      try {
        return parse.apply(position);
      } catch (RuntimeException e) {
        throw invalid();
      }
    });
  }

  List<String> decode(String scope, String cursor, int parts) {
    byte[] token;
    try {
      token = Base64.getUrlDecoder().decode(cursor);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    if (token.length <= TAG_BYTES) {
      throw invalid();
    }
    byte[] payload = Arrays.copyOf(token, token.length - TAG_BYTES);
    byte[] tag = Arrays.copyOfRange(token, payload.length, token.length);
    if (!MessageDigest.isEqual(tag, tag(scope, payload))) {
      throw invalid();
    }
    List<String> position = List.of(new String(payload, StandardCharsets.UTF_8).split(String.valueOf(SEPARATOR), -1));
    if (position.size() != parts) {
      throw invalid();
    }
    return position;
  }

  private byte[] tag(String scope, byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(scope.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return Arrays.copyOf(mac.doFinal(payload), TAG_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static InvalidParameterException invalid() {
    return new InvalidParameterException(QueryParameters.CURSOR,
        "not a cursor of this listing with these filters (take next_cursor from the previous page, unchanged)");
  }
}
