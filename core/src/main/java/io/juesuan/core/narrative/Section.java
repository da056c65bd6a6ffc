package io.juesuan.core.narrative;

import java.util.List;
import java.util.Objects;

/**
 * A section of the report's text: {@code id} is the section's number as printed ("一", "五(三)",
 * "部门概况") and {@code title} its heading. Empty sentences (a wording that writes nothing when a fact
 * is unstated) are not kept.
 */
public record Section(String id, String title, List<Sentence> sentences) {
  public Section {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    sentences = written(sentences);
  }

  /** The sentences that have text; a list already without empty ones is kept as it is. */
  private static List<Sentence> written(List<Sentence> sentences) {
    for (Sentence s : sentences) {
      if (s.text().isEmpty()) {
        return sentences.stream().filter(t -> !t.text().isEmpty()).toList();
      }
    }
    return List.copyOf(sentences);
  }

  /** The section's text, sentences joined. */
  public String text() {
    StringBuilder b = new StringBuilder();
    sentences.forEach(s -> b.append(s.text()));
    return b.toString();
  }
}
