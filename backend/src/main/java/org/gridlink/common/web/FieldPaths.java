package org.gridlink.common.web;

/** Reduces framework argument paths ("login.request.username", "request[0].x") to field names. */
final class FieldPaths {
  private FieldPaths() {}

  /**
   * Validation paths look like {@code method.parameter.field.sub}; a conversion error names just
   * the argument. Keep everything after the method and the parameter.
   */
  static String simplify(String path) {
    if (path == null || path.isBlank()) {
      return "body";
    }
    String[] parts = path.split("\\.");
    if (parts.length <= 2) {
      return parts[parts.length - 1];
    }
    return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
  }
}
