package io.juesuan.core.narrative;

import io.juesuan.core.classification.Catalog;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.table.Figures;
import io.juesuan.core.table.LayoutSet;
import io.juesuan.core.table.TableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 情况说明 generator: writes the text of a department-year from its published tables (万元) and facts
 * with the year's {@link Wording}. Each figure is computed from its binding with {@link
 * FigureResolver}, the same way the self-check recomputes it, so the text cannot disagree with the
 * tables; missing human text becomes 【待填写：…】.
 */
public final class NarrativeWriter {
  private final LayoutSet layouts;
  private final Catalog catalog;
  private final Wording wording;
  private final Figures figures;
  private final NarrativeOutline outline;

  public NarrativeWriter(
      LayoutSet layouts,
      Catalog catalog,
      Wording wording,
      Figures figures,
      NarrativeOutline outline) {
    this.layouts = Objects.requireNonNull(layouts, "layouts");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.wording = Objects.requireNonNull(wording, "wording");
    this.figures = Objects.requireNonNull(figures, "figures");
    this.outline = Objects.requireNonNull(outline, "outline");
  }

  /**
   * @param published the derived tables in 万元 ({@link TableSet#toWanYuan()})
   */
  public ReportText write(FinalAccounts accounts, TableSet published) {
    return write(accounts, published, Unstated.ASK);
  }

  /**
   * @param published the derived tables in 万元 ({@link TableSet#toWanYuan()})
   * @param unstated what to do with a figure or text the data does not have
   */
  public ReportText write(FinalAccounts accounts, TableSet published, Unstated unstated) {
    return write(
        new WritingContext(
            accounts, published, layouts, catalog, wording, figures, unstated, false));
  }

  /**
   * A text the filer has still to supply: what the written 情况说明 shows as 【待填写：label】, with the
   * numbered title of the section and the sentence where it first stands.
   */
  public record PendingText(String label, String section, String sentence) {}

  /**
   * Every distinct 【待填写：…】 of the text {@link #write(FinalAccounts, TableSet)} writes, in the order
   * of the text, at its first sentence — found without writing out the sentences that hold none
   * (the check asks for this on every edit).
   *
   * @param published the derived tables in 万元 ({@link TableSet#toWanYuan()})
   */
  public List<PendingText> pendingTexts(FinalAccounts accounts, TableSet published) {
    WritingContext c =
        new WritingContext(
            accounts, published, layouts, catalog, wording, figures, Unstated.ASK, true);
    ReportText text = write(c);
    // the placeholder's text around its label, found once when the wording was read
    String[] marker = {wording.pendingMarker(), wording.pendingMarkerEnd()};
    Map<String, PendingText> seen = new LinkedHashMap<>();
    for (var part : text.parts()) {
      for (Section section : part.sections()) {
        for (Sentence s : section.sentences()) {
          if (!s.text().contains(marker[0])) {
            continue;
          }
          String sentence = c.written(s.text());
          int from = 0;
          for (int at = sentence.indexOf(marker[0]);
              at >= 0;
              at = sentence.indexOf(marker[0], from)) {
            int end = sentence.indexOf(marker[1], at + marker[0].length());
            if (end < 0) {
              break;
            }
            String label = sentence.substring(at + marker[0].length(), end);
            from = end + marker[1].length();
            seen.computeIfAbsent(
                label, l -> new PendingText(l, c.written(section.title()), sentence));
          }
        }
      }
    }
    return List.copyOf(seen.values());
  }

  private ReportText write(WritingContext c) {
    FinalAccounts accounts = c.accounts;
    TableSet published = c.tables;
    if (published.unit() != AmountUnit.WAN_YUAN) {
      throw new IllegalArgumentException("情况说明按公开表（万元）撰写");
    }
    List<Section> explanation = new ArrayList<>();
    explanation.addAll(new OverallSections(c).write());
    explanation.addAll(new GeneralBudgetSections(c).write());
    explanation.addAll(new FundSections(c).write());
    explanation.addAll(new ThreePublicSection(c).write());
    explanation.addAll(new OtherSections(c).write());
    explanation.addAll(new PerformanceSections(c).write());
    FrontAndBackMatter matter = new FrontAndBackMatter(c);
    Narrative overview = matter.overview();
    Narrative keyWork = matter.keyWork();
    Narrative glossary = matter.glossary();
    Narrative evaluation = new EvaluationReportWriter(c).write();
    return new ReportText(
        overview,
        new Narrative(outline.number(explanation, wording)),
        keyWork,
        glossary,
        evaluation,
        partTitles(accounts),
        c.leftOut());
  }

  /** Each part's printed title, "第三部分 某部门2023年度部门决算情况说明", in the edition's order. */
  private List<ReportText.PartTitle> partTitles(FinalAccounts accounts) {
    List<ReportText.PartTitle> out = new ArrayList<>();
    for (NarrativeOutline.Part p : outline.parts()) {
      String template = wording.templates().getOrDefault(p.titleKey(), "");
      Map<String, Fragment> args = new HashMap<>();
      if (template.contains("{department}")) {
        args.put("department", Fragment.of(accounts.department().name()));
      }
      if (template.contains("{year}")) {
        args.put("year", Fragment.of(Integer.toString(accounts.fiscalYear())));
      }
      out.add(
          new ReportText.PartTitle(
              p.key(), outline.partNumber(p.key()) + wording.fill(p.titleKey(), args).text()));
    }
    return out;
  }

  public Wording wording() {
    return wording;
  }

  public NarrativeOutline outline() {
    return outline;
  }

  public Figures figures() {
    return figures;
  }

  public LayoutSet layouts() {
    return layouts;
  }
}
