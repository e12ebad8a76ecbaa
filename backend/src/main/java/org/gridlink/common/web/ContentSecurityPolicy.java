package org.gridlink.common.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;

/**
 * The content security policy of our pages. Images are our own, except the map tiles: the host of
 * the configured Leaflet tile template ({@code gridlink.web.map-tile-url}, the same value the maps
 * use) is allowed for images, with a {@code {s}} subdomain label turned into a CSP wildcard.
 */
@ConfigurationProperties("gridlink.web")
public class ContentSecurityPolicy {
  private static final String BASE =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data: blob:%s; font-src 'self' data:; connect-src 'self'; "
          + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Nullable private String mapTileUrl;

  public @Nullable String getMapTileUrl() {
    return mapTileUrl;
  }

  public void setMapTileUrl(@Nullable String mapTileUrl) {
    this.mapTileUrl = mapTileUrl;
  }

  String pages() {
    String tiles = tileSource(mapTileUrl);
    return BASE.formatted(tiles == null ? "" : " " + tiles);
  }

  String swaggerUi() {
    return pages().replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
  }

  /** {@code https://webrd0{s}.example.com/tile?x={x}} gives {@code https://*.example.com}. */
  static @Nullable String tileSource(@Nullable String template) {
    if (template == null || template.isBlank()) {
      return null;
    }
    int schemeEnd = template.indexOf("://");
    if (schemeEnd <= 0) {
      return null;
    }
    String scheme = template.substring(0, schemeEnd);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      return null;
    }
    String rest = template.substring(schemeEnd + 3);
    int end = rest.length();
    for (char stop : new char[] {'/', '?', '#'}) {
      int i = rest.indexOf(stop);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    String host = rest.substring(0, end);
    int firstDot = host.indexOf('.');
    if (firstDot > 0 && host.substring(0, firstDot).contains("{")) {
      host = "*" + host.substring(firstDot);
    }
    if (host.contains("{") || host.contains("}") || host.contains(" ") || host.contains(";")) {
      return null;
    }
    try {
      URI.create(scheme + "://" + host.replace("*", "x"));
    } catch (IllegalArgumentException e) {
      return null;
    }
    return scheme + "://" + host;
  }
}
