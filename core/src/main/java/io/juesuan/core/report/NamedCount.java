package io.juesuan.core.report;

import java.util.Objects;

/** A labelled count, e.g. 车辆 by use: "应急保障用车" 2 台. */
public record NamedCount(String label, int count, String measureWord) {
  public NamedCount {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(measureWord, "measureWord");
  }
}
