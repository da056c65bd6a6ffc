package io.juesuan.core.narrative;

import java.util.List;
import java.util.Objects;

/** A sentence of the narrative with the figures it cites, in order of appearance. */
public record Sentence(String text, List<CitedFigure> figures) {
  public Sentence {
    Objects.requireNonNull(text, "text");
    figures = List.copyOf(figures);
  }
}
