package io.juesuan.core.publication;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * 公开进度 — every department of a fiscal year with its stage, dates, days since 批复, deadline and
 * timeliness ({@link DeadlineRule}), findings and versions; sortable and filterable, with counts
 * and the progress over time (how many had submitted and published by each date).
 */
public final class Scoreboard {
  /** A department's line: the filing and what the deadline rule makes of it on {@code today}. */
  public record Row(
      Filing filing,
      Optional<LocalDate> deadline,
      Optional<Long> daysSinceApproval,
      Optional<Long> daysLate,
      Timeliness timeliness) {
    public boolean late() {
      return timeliness.late();
    }
  }

  /** Cumulative counts on one date. */
  public record Progress(LocalDate date, int submitted, int published) {}

  /** The sort keys the scoreboard offers. */
  public enum SortKey {
    DEPARTMENT,
    STAGE,
    SUBMITTED,
    PUBLISHED,
    APPROVED,
    DAYS,
    DEADLINE,
    ERRORS,
    WARNINGS,
    VERSIONS,
    TIMELINESS;

    /** The key named {@code text} (case-insensitive), or DEPARTMENT. */
    public static SortKey parse(String text) {
      try {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return DEPARTMENT;
      }
    }
  }

  private final int year;
  private final DeadlineRule rule;
  private final LocalDate today;
  private final List<Row> rows;

  private Scoreboard(int year, DeadlineRule rule, LocalDate today, List<Row> rows) {
    this.year = year;
    this.rule = rule;
    this.today = today;
    this.rows = List.copyOf(rows);
  }

  public static Scoreboard of(int year, List<Filing> filings, DeadlineRule rule, LocalDate today) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(today, "today");
    List<Row> rows = new ArrayList<>();
    for (Filing f : filings) {
      rows.add(row(f, rule, today));
    }
    rows.sort(Comparator.comparing(r -> r.filing().department()));
    return new Scoreboard(year, rule, today, rows);
  }

  private static Row row(Filing f, DeadlineRule rule, LocalDate today) {
    if (f.approved().isEmpty()) {
      return new Row(
          f, Optional.empty(), Optional.empty(), Optional.empty(), Timeliness.NO_APPROVAL);
    }
    LocalDate approved = f.approved().get();
    LocalDate deadline = rule.deadline(approved);
    LocalDate until = f.published().orElse(today);
    long since = ChronoUnit.DAYS.between(approved, until);
    long late = ChronoUnit.DAYS.between(deadline, until);
    Timeliness t;
    if (f.published().isPresent()) {
      t = late > 0 ? Timeliness.LATE : Timeliness.ON_TIME;
    } else {
      t = late > 0 ? Timeliness.OVERDUE : Timeliness.PENDING;
    }
    return new Row(f, Optional.of(deadline), Optional.of(since), Optional.of(Math.max(0, late)), t);
  }

  public int year() {
    return year;
  }

  public DeadlineRule rule() {
    return rule;
  }

  public LocalDate today() {
    return today;
  }

  public List<Row> rows() {
    return rows;
  }

  /** The rows in a stage and/or timeliness whose department contains {@code text}. */
  public Scoreboard filter(
      Optional<Stage> stage, Optional<Timeliness> timeliness, Optional<String> text) {
    List<Row> kept = new ArrayList<>();
    for (Row r : rows) {
      if (stage.isPresent() && r.filing().stage() != stage.get()) {
        continue;
      }
      if (timeliness.isPresent() && r.timeliness() != timeliness.get()) {
        continue;
      }
      if (text.isPresent()
          && !text.get().isBlank()
          && !r.filing().department().contains(text.get().trim())) {
        continue;
      }
      kept.add(r);
    }
    return new Scoreboard(year, rule, today, kept);
  }

  /** The rows sorted by {@code key}; missing dates and numbers last either way. */
  public Scoreboard sorted(SortKey key, boolean descending) {
    Comparator<Row> c =
        switch (key) {
          case DEPARTMENT -> text(r -> r.filing().department());
          case STAGE -> Comparator.comparing(r -> r.filing().stage());
          case SUBMITTED -> optional(r -> r.filing().submitted(), descending);
          case PUBLISHED -> optional(r -> r.filing().published(), descending);
          case APPROVED -> optional(r -> r.filing().approved(), descending);
          case DAYS -> optional(Row::daysSinceApproval, descending);
          case DEADLINE -> optional(Row::deadline, descending);
          case ERRORS -> Comparator.comparingInt(r -> r.filing().errors());
          case WARNINGS -> Comparator.comparingInt(r -> r.filing().warnings());
          case VERSIONS -> Comparator.comparingInt(r -> r.filing().versions());
          case TIMELINESS -> Comparator.comparing(Row::timeliness);
        };
    if (descending) {
      c = c.reversed();
    }
    List<Row> out = new ArrayList<>(rows);
    out.sort(c.thenComparing(text(r -> r.filing().department())));
    return new Scoreboard(year, rule, today, out);
  }

  private static Comparator<Row> text(java.util.function.Function<Row, String> f) {
    return Comparator.comparing(f);
  }

  /** Present values in order; absent ones last (also when the comparator is reversed). */
  private static <T extends Comparable<? super T>> Comparator<Row> optional(
      java.util.function.Function<Row, Optional<T>> f, boolean descending) {
    Comparator<Optional<T>> c =
        (a, b) -> {
          if (a.isPresent() && b.isPresent()) {
            return a.get().compareTo(b.get());
          }
          if (a.isEmpty() && b.isEmpty()) {
            return 0;
          }
          int emptyLast = a.isEmpty() ? 1 : -1;
          return descending ? -emptyLast : emptyLast;
        };
    return Comparator.comparing(f, c);
  }

  /** How many departments are in each stage. */
  public Map<Stage, Integer> byStage() {
    Map<Stage, Integer> m = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      m.put(s, 0);
    }
    rows.forEach(r -> m.merge(r.filing().stage(), 1, Integer::sum));
    return m;
  }

  /** How many departments are in each timeliness. */
  public Map<Timeliness, Integer> byTimeliness() {
    Map<Timeliness, Integer> m = new EnumMap<>(Timeliness.class);
    for (Timeliness t : Timeliness.values()) {
      m.put(t, 0);
    }
    rows.forEach(r -> m.merge(r.timeliness(), 1, Integer::sum));
    return m;
  }

  /**
   * On each date something was submitted or published: how many departments had submitted (or were
   * already published) and how many had published by then.
   */
  public List<Progress> progress() {
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (Row r : rows) {
      r.filing().submitted().ifPresent(dates::add);
      r.filing().published().ifPresent(dates::add);
    }
    List<Progress> out = new ArrayList<>();
    for (LocalDate d : dates) {
      int submitted = 0;
      int published = 0;
      for (Row r : rows) {
        Filing f = r.filing();
        boolean pub = f.published().filter(p -> !p.isAfter(d)).isPresent();
        if (pub || f.submitted().filter(s -> !s.isAfter(d)).isPresent()) {
          submitted++;
        }
        if (pub) {
          published++;
        }
      }
      out.add(new Progress(d, submitted, published));
    }
    return out;
  }
}
