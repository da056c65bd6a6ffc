package io.juesuan.core.narrative;

import java.util.List;
import java.util.Optional;

/** The text of a report (情况说明 and the other parts) as sections of sentences with cited figures. */
public record Narrative(List<Section> sections) {
  public Narrative {
    sections = List.copyOf(sections);
  }

  public Optional<Section> section(String id) {
    return sections.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** Every sentence, in order. */
  public List<Sentence> sentences() {
    return sections.stream().flatMap(s -> s.sentences().stream()).toList();
  }
}
