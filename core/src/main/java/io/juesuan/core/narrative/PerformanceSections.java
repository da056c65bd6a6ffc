package io.juesuan.core.narrative;

import io.juesuan.core.performance.Goal;
import io.juesuan.core.report.Count;
import io.juesuan.core.report.TextSlot;
import java.util.ArrayList;
import java.util.List;

/** 情况说明 十三 预算绩效: projects evaluated (count, amount, share of 项目支出) and the goals' results. */
final class PerformanceSections {
  private final WritingContext c;

  PerformanceSections(WritingContext c) {
    this.c = c;
  }

  List<Section> write() {
    List<Section> out = new ArrayList<>();
    out.add(new Section("performance", c.text("performance.title"), List.of()));
    out.add(new Section("performance.1", c.text("performance.1.title"), List.of(work())));
    List<Sentence> s = new ArrayList<>();
    s.add(
        c.sentence(
            "performance.2.text",
            "amount",
            c.cite.amount("@expenditure.table.total"),
            "result",
            c.cite.text(TextSlot.PERFORMANCE_RESULT)));
    List<Goal> goals = c.accounts.evaluation().goals();
    for (int i = 1; i <= goals.size(); i++) {
      s.add(goal(i, goals.get(i - 1)));
    }
    out.add(new Section("performance.2", c.text("performance.2.title"), s));
    return out;
  }

  private Sentence work() {
    Fragment work = c.cite.text(TextSlot.PERFORMANCE_WORK);
    if (c.cite.sign("@expenditure.project") == 0) {
      return c.sentence("performance.1.none", "year", c.year(), "work", work);
    }
    String countRef = "count:" + Count.PROJECTS_EVALUATED.key();
    if (c.accounts.evaluation().projects().isEmpty()) {
      return c.sentence(
          "performance.1.count",
          "year",
          c.year(),
          "n",
          c.cite.value(countRef).isPresent()
              ? c.cite.count(countRef, "个")
              : c.cite.pending(Count.PROJECTS_EVALUATED.label()),
          "amount",
          c.cite.amount("@expenditure.project"),
          "work",
          work);
    }
    Fragment n =
        c.cite.value(countRef).isPresent()
            ? c.cite.count(countRef, "个")
            : c.cite.count(Integer.toString(c.accounts.evaluation().projects().size()), "个");
    return c.sentence(
        "performance.1.text",
        "year",
        c.year(),
        "n",
        n,
        "amount",
        c.cite.amount("project:*:actual"),
        "share",
        c.cite.percent("share(project:*:actual;@expenditure.project)"),
        "work",
        work);
  }

  private Sentence goal(int n, Goal g) {
    String ref = "goal:" + n + ":";
    Object[] base = {
      "n", n, "title", Citations.trimStop(g.title()), "count", c.cite.count(ref + "indicators", "个")
    };
    if (c.cite.sign(ref + "judgeable") == 0) {
      return c.sentence("performance.2.goal.qualitative", base);
    }
    return c.sentence(
        "performance.2.goal",
        OtherSections.concat(
            base,
            "judgeable",
            c.cite.count(ref + "judgeable", "个"),
            "met",
            c.cite.count(ref + "met", "个"),
            "notMet",
            c.cite.count(ref + "notMet", "个")));
  }
}
