package org.gridlink.grids;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.gridlink.common.web.Messages;
import org.gridlink.common.web.Problem;
import org.gridlink.common.web.ProblemException;

/**
 * Imports a GeoJSON FeatureCollection of grids: read, validated as a whole against what is
 * registered, written in one transaction, then the index refreshed everywhere. Any problem means
 * nothing is written, and the 422 answer lists every problem with its feature index.
 */
@Singleton
class GridImports {
  static final String INVALID = "grid-import-invalid";
  private final JsonMapper json;
  private final GridRegistry registry;
  private final GridIndexRefresh refresh;
  private final GridsProperties properties;
  private final Messages messages;
  private final ReentrantLock oneAtATime = new ReentrantLock();

  GridImports(
      JsonMapper json,
      GridRegistry registry,
      GridIndexRefresh refresh,
      GridsProperties properties,
      Messages messages) {
    this.json = json;
    this.registry = registry;
    this.refresh = refresh;
    this.properties = properties;
    this.messages = messages;
  }

  ImportResult importGeoJson(byte[] body, Locale locale) {
    GeoJsonCodec.Parsed parsed = parse(body);
    return importFeatures(parsed.features(), parsed.issues(), locale);
  }

  /** Validates an upload exactly as an import would, and changes nothing. */
  ImportCheck check(byte[] body, Locale locale) {
    GeoJsonCodec.Parsed parsed = parse(body);
    List<ImportCheck.Issue> issues =
        issuesOf(parsed.features(), parsed.issues()).stream()
            .map(
                i ->
                    new ImportCheck.Issue(
                        i.featureIndex(),
                        i.kind(),
                        messages.get(locale, i.messageKey(), i.args()),
                        i.place() == null ? null : GeoJsonCodec.geometry(i.place())))
            .toList();
    return new ImportCheck(parsed.features().size(), issues);
  }

  private GeoJsonCodec.Parsed parse(byte[] body) {
    Map<String, Object> doc;
    try {
      doc = json.readValue(body, Argument.mapOf(String.class, Object.class));
    } catch (IOException | RuntimeException e) {
      throw ProblemException.badRequest("grids.import.not-json");
    }
    return GeoJsonCodec.read(doc == null ? Map.of() : doc);
  }

  /** What is wrong with the features as a whole, with what parsing found, by feature index. */
  private List<ImportIssue> issuesOf(List<GridFeature> features, List<ImportIssue> earlier) {
    List<ImportIssue> issues = new ArrayList<>(earlier);
    issues.addAll(
        new ImportValidator(properties.getToleranceSquareMetres())
            .validate(features, registry.currentFeatures()));
    issues.sort(Comparator.comparingInt(ImportIssue::featureIndex));
    return issues;
  }

  ImportResult importFeatures(
      List<GridFeature> features, List<ImportIssue> earlier, Locale locale) {
    oneAtATime.lock();
    try {
      List<ImportIssue> issues = issuesOf(features, earlier);
      if (!issues.isEmpty()) {
        List<Problem.FieldError> errors =
            issues.stream()
                .map(
                    i ->
                        new Problem.FieldError(
                            i.field(), messages.get(locale, i.messageKey(), i.args())))
                .toList();
        throw new ProblemException(
            HttpStatus.UNPROCESSABLE_ENTITY,
            INVALID,
            "grids.import.invalid",
            errors,
            issues.size());
      }
      ImportResult result = registry.apply(features);
      refresh.importApplied();
      return result;
    } finally {
      oneAtATime.unlock();
    }
  }

  /** Trusted input (the demo city): written without the whole-city validation. */
  ImportResult importTrusted(List<GridFeature> features) {
    oneAtATime.lock();
    try {
      ImportResult result = registry.apply(features);
      refresh.importApplied();
      return result;
    } finally {
      oneAtATime.unlock();
    }
  }

  Map<String, Object> export() {
    return GeoJsonCodec.write(registry.currentFeatures());
  }
}
