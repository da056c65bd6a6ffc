package io.juesuan.core.narrative;

import io.juesuan.core.classification.Catalog;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.table.LayoutSet;
import io.juesuan.core.table.TableSet;
import java.util.ArrayList;
import java.util.List;
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

  public NarrativeWriter(LayoutSet layouts, Catalog catalog, Wording wording) {
    this.layouts = Objects.requireNonNull(layouts, "layouts");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.wording = Objects.requireNonNull(wording, "wording");
  }

  public static NarrativeWriter forYear(int fiscalYear) {
    return new NarrativeWriter(
        LayoutSet.forYear(fiscalYear), Catalog.forYear(fiscalYear), Wording.forYear(fiscalYear));
  }

  /**
   * @param published the derived tables in 万元 ({@link TableSet#toWanYuan()})
   */
  public ReportText write(FinalAccounts accounts, TableSet published) {
    if (published.unit() != AmountUnit.WAN_YUAN) {
      throw new IllegalArgumentException("情况说明按公开表（万元）撰写");
    }
    WritingContext c = new WritingContext(accounts, published, layouts, catalog, wording);
    List<Section> explanation = new ArrayList<>();
    explanation.addAll(new OverallSections(c).write());
    explanation.addAll(new GeneralBudgetSections(c).write());
    explanation.addAll(new FundSections(c).write());
    explanation.addAll(new ThreePublicSection(c).write());
    explanation.addAll(new OtherSections(c).write());
    explanation.addAll(new PerformanceSections(c).write());
    FrontAndBackMatter matter = new FrontAndBackMatter(c);
    return new ReportText(
        matter.overview(),
        new Narrative(explanation),
        matter.keyWork(),
        matter.glossary(),
        new EvaluationReportWriter(c).write());
  }

  public Wording wording() {
    return wording;
  }
}
