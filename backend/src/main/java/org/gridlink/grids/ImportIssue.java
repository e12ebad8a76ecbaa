package org.gridlink.grids;

/** One problem found while validating an import: the feature, a message key and its arguments. */
record ImportIssue(int featureIndex, String messageKey, Object... args) {
  String field() {
    return featureIndex < 0 ? "features" : "features[" + featureIndex + "]";
  }
}
