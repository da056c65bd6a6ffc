package io.juesuan.core.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 公开进度: deadlines from the 批复 date, timeliness, sorting, filtering, progress. */
class ScoreboardTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 9, 30);
  private final DeadlineRule rule = DeadlineRule.standard();

  private static Filing filing(
      String name, Stage stage, LocalDate submitted, LocalDate published, LocalDate approved) {
    return new Filing(
        name.hashCode(),
        name,
        stage,
        Optional.of(1L),
        1,
        Optional.ofNullable(submitted),
        Optional.empty(),
        Optional.ofNullable(published),
        Optional.ofNullable(approved),
        stage == Stage.PUBLISHED ? 0 : 2,
        0,
        1);
  }

  private final List<Filing> filings =
      List.of(
          filing("甲局", Stage.PUBLISHED, d(8, 1), d(8, 10), d(8, 5)),
          filing("乙局", Stage.PUBLISHED, d(8, 1), d(9, 1), d(8, 5)),
          filing("丙局", Stage.SUBMITTED, d(9, 20), null, d(8, 5)),
          filing("丁局", Stage.DRAFT, null, null, d(9, 27)),
          filing("戊局", Stage.DRAFT, null, null, null));

  private static LocalDate d(int month, int day) {
    return LocalDate.of(2025, month, day);
  }

  @Test
  @DisplayName("the rule is data: 20 days after 批复")
  void ruleFromResource() {
    assertThat(rule.days()).isEqualTo(20);
    assertThat(rule.basis()).isEqualTo("批复");
    assertThat(rule.deadline(d(8, 5))).isEqualTo(d(8, 25));
  }

  @Test
  @DisplayName("published by the deadline, after it, not yet, overdue, no 批复 date")
  void timeliness() {
    Scoreboard s = Scoreboard.of(2024, filings, rule, TODAY);
    assertThat(s.rows())
        .extracting(r -> r.filing().department(), Scoreboard.Row::timeliness)
        .contains(
            org.assertj.core.groups.Tuple.tuple("甲局", Timeliness.ON_TIME),
            org.assertj.core.groups.Tuple.tuple("乙局", Timeliness.LATE),
            org.assertj.core.groups.Tuple.tuple("丙局", Timeliness.OVERDUE),
            org.assertj.core.groups.Tuple.tuple("丁局", Timeliness.PENDING),
            org.assertj.core.groups.Tuple.tuple("戊局", Timeliness.NO_APPROVAL));
    Scoreboard.Row late = row(s, "乙局");
    assertThat(late.daysSinceApproval()).contains(27L);
    assertThat(late.daysLate()).contains(7L);
    assertThat(row(s, "丙局").daysSinceApproval()).contains(56L);
    assertThat(row(s, "丁局").deadline()).contains(d(10, 17));
    assertThat(s.byTimeliness().get(Timeliness.OVERDUE)).isEqualTo(1);
  }

  @Test
  @DisplayName("sorted by days since 批复, missing last both ways; filtered by stage and text")
  void sortAndFilter() {
    Scoreboard s = Scoreboard.of(2024, filings, rule, TODAY);
    assertThat(s.sorted(Scoreboard.SortKey.DAYS, true).rows())
        .extracting(r -> r.filing().department())
        .containsExactly("丙局", "乙局", "甲局", "丁局", "戊局");
    assertThat(s.sorted(Scoreboard.SortKey.DAYS, false).rows())
        .extracting(r -> r.filing().department())
        .containsExactly("丁局", "甲局", "乙局", "丙局", "戊局");
    assertThat(s.filter(Optional.of(Stage.DRAFT), Optional.empty(), Optional.empty()).rows())
        .hasSize(2);
    assertThat(s.filter(Optional.empty(), Optional.empty(), Optional.of("丙")).rows())
        .singleElement()
        .satisfies(r -> assertThat(r.late()).isTrue());
  }

  @Test
  @DisplayName("progress: cumulative submitted and published by date")
  void progress() {
    List<Scoreboard.Progress> p = Scoreboard.of(2024, filings, rule, TODAY).progress();
    assertThat(p)
        .containsExactly(
            new Scoreboard.Progress(d(8, 1), 2, 0),
            new Scoreboard.Progress(d(8, 10), 2, 1),
            new Scoreboard.Progress(d(9, 1), 2, 2),
            new Scoreboard.Progress(d(9, 20), 3, 2));
  }

  private static Scoreboard.Row row(Scoreboard s, String name) {
    return s.rows().stream()
        .filter(r -> r.filing().department().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
