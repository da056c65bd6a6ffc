package io.juesuan.core.narrative;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * All generated text of a disclosure document: 部门概况, 情况说明 (一–十三), 重点工作, 名词解释 and the 整体绩效自评报告.
 * Every figure in it carries a binding.
 */
public record ReportText(
    Narrative overview,
    Narrative explanation,
    Narrative keyWork,
    Narrative glossary,
    Narrative evaluationReport) {
  public ReportText {
    Objects.requireNonNull(overview, "overview");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(keyWork, "keyWork");
    Objects.requireNonNull(glossary, "glossary");
    Objects.requireNonNull(evaluationReport, "evaluationReport");
  }

  public List<Narrative> parts() {
    return List.of(overview, explanation, keyWork, glossary, evaluationReport);
  }

  /** Every sentence of every part, in document order. */
  public List<Sentence> sentences() {
    return parts().stream().flatMap(p -> p.sentences().stream()).toList();
  }

  /** Every cited figure, in document order. */
  public Stream<CitedFigure> figures() {
    return sentences().stream().flatMap(s -> s.figures().stream());
  }
}
