package io.juesuan.core.narrative;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * All generated text of a disclosure document: 部门概况, 情况说明 (一–十三), 重点工作, 名词解释 and the 整体绩效自评报告.
 * Every figure in it carries a binding. {@code leftOut} names what the data did not have and the
 * text was written without ({@link Unstated#LEAVE_OUT}; empty otherwise).
 */
public record ReportText(
    Narrative overview,
    Narrative explanation,
    Narrative keyWork,
    Narrative glossary,
    Narrative evaluationReport,
    List<PartTitle> partTitles,
    List<String> leftOut) {

  /** A part of the document and its printed title ("第三部分 …情况说明"). */
  public record PartTitle(String key, String title) {
    public PartTitle {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(title, "title");
    }
  }

  public ReportText {
    Objects.requireNonNull(overview, "overview");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(keyWork, "keyWork");
    Objects.requireNonNull(glossary, "glossary");
    Objects.requireNonNull(evaluationReport, "evaluationReport");
    partTitles = List.copyOf(partTitles);
    leftOut = List.copyOf(leftOut);
  }

  /**
   * The printed title of a part ("explanation" → "第三部分 …情况说明"); empty when the edition has no such
   * part.
   */
  public java.util.Optional<String> partTitle(String key) {
    return partTitles.stream().filter(p -> p.key().equals(key)).map(PartTitle::title).findFirst();
  }

  /** The parts the edition prints (an edition without 附件 has no 自评报告), in document order. */
  public List<Narrative> parts() {
    List<Narrative> out = new java.util.ArrayList<>();
    for (PartTitle p : partTitles) {
      switch (p.key()) {
        case "overview" -> out.add(overview);
        case "explanation" -> out.add(explanation);
        case "keyWork" -> out.add(keyWork);
        case "glossary" -> out.add(glossary);
        case "annex" -> out.add(evaluationReport);
        default -> {}
      }
    }
    return out;
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
