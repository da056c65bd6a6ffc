package io.juesuan.core.report;

import java.util.Objects;

/** A 名词解释 entry the department adds to the standard ones. */
public record GlossaryTerm(String term, String definition) {
  public GlossaryTerm {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(definition, "definition");
  }
}
