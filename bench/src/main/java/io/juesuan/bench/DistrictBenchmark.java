package io.juesuan.bench;

import io.juesuan.core.consolidation.DrillDown;
import io.juesuan.core.publication.DeadlineRule;
import io.juesuan.core.publication.Filing;
import io.juesuan.core.publication.Scoreboard;
import io.juesuan.core.publication.Stage;
import io.juesuan.core.report.Department;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.UnitKind;
import io.juesuan.core.table.CellRef;
import io.juesuan.core.usecase.ConsolidateReports;
import io.juesuan.dataset.DatasetReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A district of 150 departments: the 汇总 of 150 department-years (add up, eliminate, derive, check,
 * and the drill-down's tables of every part), and the scoreboard of 150 departments (deadlines,
 * sorting, progress). Goals: the 汇总 in ≤ 1 s, the scoreboard model in a few ms (the page must
 * render in ≤ 100 ms warm).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class DistrictBenchmark {
  private static final int DEPARTMENTS = 150;
  private List<FinalAccounts> parts;
  private List<Filing> filings;
  private List<io.juesuan.core.table.TableSet> partTables;

  @Setup
  public void load() {
    FinalAccounts example = new DatasetReader().read(Path.of("examples/caidian-2023"));
    parts = new ArrayList<>();
    partTables = new ArrayList<>();
    filings = new ArrayList<>();
    LocalDate approved = LocalDate.of(2024, 8, 5);
    Stage[] stages = Stage.values();
    for (int i = 0; i < DEPARTMENTS; i++) {
      Department d = example.department();
      String name = d.name() + i;
      parts.add(
          new FinalAccounts(
              example.fiscalYear(),
              new Department(name, d.shortName() + i, d.region(), d.kind(), d.units(), d.duties()),
              example.facts(),
              example.explanations(),
              example.evaluation(),
              example.edition()));
      partTables.add(
          io.juesuan.core.edition.Editions.installed()
              .forAccounts(example)
              .deriver()
              .derive(parts.get(i)));
      Stage s = stages[i % stages.length];
      filings.add(
          new Filing(
              i,
              name,
              s,
              Optional.of((long) i),
              1 + i % 3,
              Optional.of(approved.plusDays(i % 30)),
              Optional.empty(),
              s == Stage.PUBLISHED ? Optional.of(approved.plusDays(i % 40)) : Optional.empty(),
              Optional.of(approved),
              i % 4,
              i % 2,
              i % 5));
    }
  }

  /** What the web app does: the parts' tables are kept (published versions are frozen). */
  @Benchmark
  public DrillDown.Source consolidate150() {
    ConsolidateReports.Consolidated c =
        new ConsolidateReports().run("某区部门决算汇总", UnitKind.OTHER, parts);
    return DrillDown.of(c.checked().tables(), parts, partTables).source(CellRef.of("01", "1", 1));
  }

  /** Cold: every part's tables derived too. */
  @Benchmark
  public DrillDown.Source consolidate150DerivingParts() {
    ConsolidateReports.Consolidated c =
        new ConsolidateReports().run("某区部门决算汇总", UnitKind.OTHER, parts);
    return DrillDown.of(c.checked().tables(), parts).source(CellRef.of("01", "1", 1));
  }

  @Benchmark
  public List<Scoreboard.Progress> scoreboard150() {
    Scoreboard s =
        Scoreboard.of(2024, filings, DeadlineRule.standard(), LocalDate.of(2024, 10, 1))
            .sorted(Scoreboard.SortKey.DAYS, true);
    return s.progress();
  }
}
