package io.juesuan.core.classification;

import java.util.Objects;

/** One code of a classification catalog with its official name and where the pair was read. */
public record CatalogEntry(String code, String name, ClassificationLevel level, String source) {
  public CatalogEntry {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(source, "source");
  }
}
