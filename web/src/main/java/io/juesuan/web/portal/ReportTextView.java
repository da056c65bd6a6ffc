package io.juesuan.web.portal;

import io.juesuan.core.edition.Edition;
import io.juesuan.core.edition.Editions;
import io.juesuan.core.narrative.Fragment;
import io.juesuan.core.narrative.Narrative;
import io.juesuan.core.narrative.ReportText;
import io.juesuan.core.narrative.Section;
import io.juesuan.core.narrative.Sentence;
import io.juesuan.core.narrative.Wording;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.table.TableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's generated text for the report page: 第三部分 情况说明, 第四部分 重点工作, 第五部分 名词解释 and the 整体绩效自评报告
 * — the same wording and figures as the PDF, derived from the same facts.
 */
public record ReportTextView(List<Part> parts) {

  /** A part of the report with its sections. */
  public record Part(String title, List<SectionView> sections) {}

  /** A section: its heading (may be empty) and its paragraphs. */
  public record SectionView(String title, boolean subsection, List<String> paragraphs) {}

  public static ReportTextView of(FinalAccounts a, TableSet published) {
    int year = a.fiscalYear();
    Edition edition = Editions.installed().forAccounts(a);
    ReportText text = edition.writer().write(a, published);
    Wording w = edition.wording();
    String dept = a.department().name();
    String y = Integer.toString(year);
    List<Part> parts = new ArrayList<>();
    text.partTitle("explanation").ifPresent(t -> parts.add(part(t, text.explanation())));
    text.partTitle("keyWork").ifPresent(t -> parts.add(part(t, text.keyWork())));
    text.partTitle("glossary").ifPresent(t -> parts.add(part(t, text.glossary())));
    if (text.partTitle("annex").isPresent()) {
      parts.add(
          part(
              fill(w, "annex.report.title", "year", y, "department", dept),
              text.evaluationReport()));
    }
    return new ReportTextView(parts);
  }

  private static Part part(String title, Narrative n) {
    List<SectionView> sections = new ArrayList<>();
    for (Section s : n.sections()) {
      sections.add(
          new SectionView(
              s.title(),
              s.id().contains("("),
              s.sentences().stream().map(Sentence::text).toList()));
    }
    return new Part(title, sections);
  }

  private static String fill(Wording w, String key, String... pairs) {
    Map<String, Fragment> args = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      args.put(pairs[i], Fragment.of(pairs[i + 1]));
    }
    return w.fill(key, args).text();
  }
}
