package io.juesuan.bench;

import io.juesuan.core.audit.PublishedReport;
import io.juesuan.core.audit.ReportAuditor;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.importer.ReportImporter;
import io.juesuan.importer.TextImporter;
import io.juesuan.testkit.SamplePdfs;
import io.juesuan.testkit.SeedReportText;
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
 * How long importing and auditing a published report takes: the seed's text (60 KB) and a real
 * 30-page PDF. Goal: a report is audited in well under a second, so a folder of a district's
 * reports (`./juesuan audit dir/`) or the web audit page answers at once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class AuditBenchmark {
  private String seed;
  private byte[] pdf;

  @Setup
  public void load() {
    seed = SeedReportText.text();
    pdf = SamplePdfs.putuoPlanning2024();
  }

  @Benchmark
  public CheckResult importAndAuditSeedText() {
    PublishedReport r = TextImporter.read("seed.txt", seed);
    return new ReportAuditor().audit(r);
  }

  @Benchmark
  public CheckResult importAndAuditPdf() {
    PublishedReport r = new ReportImporter().read("sample.pdf", pdf);
    return new ReportAuditor().audit(r);
  }
}
