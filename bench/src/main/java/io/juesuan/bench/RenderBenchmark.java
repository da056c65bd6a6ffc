package io.juesuan.bench;

import io.juesuan.core.port.DocumentFormat;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.dataset.DatasetReader;
import io.juesuan.render.DisclosureDocument;
import io.juesuan.render.DisclosureRenderer;
import java.nio.file.Path;
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
 * How long writing the example's disclosure document takes in each format, from the assembled
 * document (warm: fonts and chart images are prepared by the first document). Goals: PDF ≤ 250 ms
 * (with its read-back self-check), DOCX and XLSX ≤ 100 ms, HTML ≤ 10 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class RenderBenchmark {
  @Param({"PDF", "DOCX", "XLSX", "HTML"})
  public DocumentFormat format;

  private DisclosureRenderer renderer;
  private DisclosureDocument document;

  @Setup
  public void load() {
    FinalAccounts accounts = new DatasetReader().read(Path.of("examples/caidian-2023"));
    renderer = new DisclosureRenderer();
    document = renderer.assemble(accounts);
  }

  @Benchmark
  public byte[] render() {
    return renderer.render(document, format);
  }
}
