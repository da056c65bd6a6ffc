package io.juesuan.core.report;

import java.util.Objects;

/**
 * A free-text field only a person can write, as {@link TextFields} registers it: its key ("
 * reasons.totalChange"), Chinese name, and where a dataset's YAML holds it (file and dotted path:
 * {@code narrative.yaml} {@code reasons.totalChange}).
 */
public record TextField(String key, String label, String yamlFile, String yamlPath) {
  public TextField {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(yamlFile, "yamlFile");
    Objects.requireNonNull(yamlPath, "yamlPath");
  }

  /** The first segment of the YAML path: the top-level entry of the file that holds this field. */
  public String yamlTop() {
    int dot = yamlPath.indexOf('.');
    return dot < 0 ? yamlPath : yamlPath.substring(0, dot);
  }

  /** The YAML path below {@link #yamlTop()} (empty when the field is a top-level entry). */
  public String yamlRest() {
    int dot = yamlPath.indexOf('.');
    return dot < 0 ? "" : yamlPath.substring(dot + 1);
  }
}
