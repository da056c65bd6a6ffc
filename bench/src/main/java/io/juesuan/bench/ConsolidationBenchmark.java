package io.juesuan.bench;

import io.juesuan.core.consolidation.Consolidation;
import io.juesuan.core.report.Department;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.UnitKind;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.usecase.CheckReport;
import io.juesuan.dataset.DatasetReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 汇总 of many synthetic department-years (the example's figures under distinct department names),
 * consolidated and checked. Goal: 10,000 department-years ≤ 10 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx2g"})
public class ConsolidationBenchmark {
  @Param({"10000"})
  public int departments;

  private List<FinalAccounts> parts;

  @Setup
  public void load() {
    FinalAccounts base = new DatasetReader().read(Path.of("examples/caidian-2023"));
    parts = new ArrayList<>(departments);
    for (int i = 0; i < departments; i++) {
      Department d = base.department();
      Department renamed =
          new Department(
              d.name() + i, d.shortName() + i, d.region(), d.kind(), d.units(), d.duties());
      parts.add(
          new FinalAccounts(
              base.fiscalYear(),
              renamed,
              base.facts(),
              base.explanations(),
              base.evaluation(),
              base.edition()));
    }
  }

  @Benchmark
  public CheckResult consolidateAndCheck() {
    FinalAccounts sum = Consolidation.of("某区汇总", UnitKind.ADMINISTRATIVE, parts);
    return new CheckReport().check(sum).result();
  }
}
