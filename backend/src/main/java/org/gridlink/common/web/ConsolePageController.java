package org.gridlink.common.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;

/**
 * The staff console's entry page. Static resources inside the jar do not resolve a folder to its
 * index.html (the folder entry answers 200 with no body), so {@code /console/} is answered here and
 * {@code /console} is redirected to it; everything else under /console/ stays static.
 */
@Hidden
@Controller("/console")
@Secured(SecurityRule.IS_ANONYMOUS)
class ConsolePageController {
  private static final String INDEX = "classpath:public/console/index.html";
  private final Optional<byte[]> index;

  ConsolePageController(ResourceResolver resources) {
    this.index = resources.getResourceAsStream(INDEX).map(ConsolePageController::readAll);
  }

  /** Micronaut matches /console and /console/ alike; relative asset paths need the slash. */
  @Get
  HttpResponse<?> page(HttpRequest<?> request) {
    if (!request.getPath().endsWith("/")) {
      return HttpResponse.permanentRedirect(URI.create("/console/"));
    }
    return index
        .<HttpResponse<?>>map(html -> HttpResponse.ok(html).contentType(MediaType.TEXT_HTML_TYPE))
        .orElseThrow(() -> ProblemException.notFound("problem.not-found.detail"));
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
