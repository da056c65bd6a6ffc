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
    out.add(new Section("十三", c.text("s13.title"), List.of()));
    out.add(new Section("十三(一)", c.text("s13.1.title"), List.of(work())));
    List<Sentence> s = new ArrayList<>();
    s.add(
        c.sentence(
            "s13.2.text",
            "amount",
            c.cite.amount("03.合计.1"),
            "result",
            c.cite.text(TextSlot.PERFORMANCE_RESULT)));
    List<Goal> goals = c.accounts.evaluation().goals();
    for (int i = 1; i <= goals.size(); i++) {
      s.add(goal(i, goals.get(i - 1)));
    }
    out.add(new Section("十三(二)", c.text("s13.2.title"), s));
    return out;
  }

  private Sentence work() {
    Fragment work = c.cite.text(TextSlot.PERFORMANCE_WORK);
    if (c.accounts.evaluation().projects().isEmpty() || c.cite.sign("03.合计.3") == 0) {
      return c.sentence("s13.1.none", "year", c.year(), "work", work);
    }
    String countRef = "count:" + Count.PROJECTS_EVALUATED.key();
    Fragment n =
        c.cite.value(countRef).isPresent()
            ? c.cite.count(countRef, "个")
            : c.cite.count(Integer.toString(c.accounts.evaluation().projects().size()), "个");
    return c.sentence(
        "s13.1.text",
        "year",
        c.year(),
        "n",
        n,
        "amount",
        c.cite.amount("project:*:actual"),
        "share",
        c.cite.percent("share(project:*:actual;03.合计.3)"),
        "work",
        work);
  }

  private Sentence goal(int n, Goal g) {
    String ref = "goal:" + n + ":";
    Object[] base = {
      "n", n, "title", Citations.trimStop(g.title()), "count", c.cite.count(ref + "indicators", "个")
    };
    if (c.cite.sign(ref + "judgeable") == 0) {
      return c.sentence("s13.2.goal.qualitative", base);
    }
    return c.sentence(
        "s13.2.goal",
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
