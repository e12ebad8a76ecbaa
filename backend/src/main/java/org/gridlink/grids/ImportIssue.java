package org.gridlink.grids;

import io.micronaut.core.annotation.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * One problem found while validating an import: the feature, a message key and its arguments, and
 * where it is in WGS-84 when that can be drawn on a map (an overlap, a gap, a broken vertex).
 */
record ImportIssue(int featureIndex, String messageKey, @Nullable Geometry place, Object... args) {
  ImportIssue(int featureIndex, String messageKey, Object... args) {
    this(featureIndex, messageKey, null, args);
  }

  String field() {
    return featureIndex < 0 ? "features" : "features[" + featureIndex + "]";
  }

  /** The message key without its prefix: overlap, hole, invalid-polygon, duplicate-code, ... */
  String kind() {
    return messageKey.substring(messageKey.lastIndexOf('.') + 1);
  }
}
