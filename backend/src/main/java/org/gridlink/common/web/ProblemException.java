package org.gridlink.common.web;

import io.micronaut.http.HttpStatus;
import java.util.List;

/**
 * Thrown by features for any error a client can cause. {@code slug} names the stable problem type;
 * {@code messageKey} selects the localised detail in {@code i18n/messages*.properties}.
 */
public class ProblemException extends RuntimeException {
  private final HttpStatus status;
  private final String slug;
  private final String messageKey;
  private final transient Object[] args;
  private final List<Problem.FieldError> errors;

  public ProblemException(HttpStatus status, String slug, String messageKey, Object... args) {
    this(status, slug, messageKey, List.of(), args);
  }

  public ProblemException(
      HttpStatus status,
      String slug,
      String messageKey,
      List<Problem.FieldError> errors,
      Object... args) {
    super(slug + ": " + messageKey, null, false, false);
    this.status = status;
    this.slug = slug;
    this.messageKey = messageKey;
    this.errors = List.copyOf(errors);
    this.args = args.clone();
  }

  public HttpStatus status() {
    return status;
  }

  public String slug() {
    return slug;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args.clone();
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }

  public static ProblemException notFound(String messageKey, Object... args) {
    return new ProblemException(HttpStatus.NOT_FOUND, "not-found", messageKey, args);
  }

  public static ProblemException badRequest(String messageKey, Object... args) {
    return new ProblemException(HttpStatus.BAD_REQUEST, "bad-request", messageKey, args);
  }

  public static ProblemException conflict(String messageKey, Object... args) {
    return new ProblemException(HttpStatus.CONFLICT, "conflict", messageKey, args);
  }
}
