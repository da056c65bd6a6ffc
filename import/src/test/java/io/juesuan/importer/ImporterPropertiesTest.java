package io.juesuan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.audit.PublishedReport;
import io.juesuan.core.audit.ReportAuditor;
import io.juesuan.testkit.SamplePdfs;
import io.juesuan.testkit.SeedReportText;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Random, truncated and corrupted inputs never crash and never hang: each ends, within a time
 * bound, in a report (partial, with findings) that the auditor can audit, or in an {@link
 * ImportException} with a Chinese message.
 */
class ImporterPropertiesTest {
  private static final Duration BOUND = Duration.ofSeconds(15);
  private static final String SEED = SeedReportText.text();
  private static final byte[] PDF = SamplePdfs.putuoPlanning2024();
  private final ReportImporter importer = new ReportImporter(BOUND);

  @Property(tries = 40)
  void randomTextEndsInAReportOrAClearError(@ForAll("reportishText") String text) {
    endsCleanly(text.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 25)
  void truncatedSeedTextIsAuditedAsFarAsItGoes(@ForAll @IntRange(min = 0, max = 58_000) int cut) {
    endsCleanly(SEED.substring(0, Math.min(cut, SEED.length())).getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 20)
  void shuffledAndDamagedSeedLinesNeverCrash(@ForAll long seed) {
    List<String> lines = new ArrayList<>(Arrays.asList(SEED.split("\n")));
    Random r = new Random(seed);
    for (int i = 0; i < 40; i++) {
      int a = r.nextInt(lines.size());
      switch (r.nextInt(4)) {
        case 0 -> lines.remove(a);
        case 1 -> lines.set(a, lines.get(a).replaceAll("\\d", Integer.toString(r.nextInt(10))));
        case 2 -> lines.add(a, lines.get(r.nextInt(lines.size())));
        default -> Collections.swap(lines, a, r.nextInt(lines.size()));
      }
    }
    endsCleanly(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 8)
  void corruptedPdfBytesNeverCrash(@ForAll long seed) {
    byte[] b = PDF.clone();
    Random r = new Random(seed);
    for (int i = 0; i < 30; i++) {
      b[200 + r.nextInt(b.length - 200)] = (byte) r.nextInt(256);
    }
    endsCleanly(b);
  }

  @Property(tries = 6)
  void truncatedPdfNeverCrashes(@ForAll @IntRange(min = 10, max = 727_000) int length) {
    endsCleanly(Arrays.copyOf(PDF, Math.min(length, PDF.length)));
  }

  private void endsCleanly(byte[] input) {
    long start = System.nanoTime();
    try {
      PublishedReport report = importer.read("fuzz", input);
      assertThat(new ReportAuditor().audit(report).rulesRun()).isGreaterThanOrEqualTo(0);
    } catch (ImportException e) {
      assertThat(e.getMessage()).matches(".*[\\u4e00-\\u9fa5].*");
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND.plusSeconds(5));
  }

  @Provide
  Arbitrary<String> reportishText() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "公开01表",
            "收入支出决算总表",
            "2023年度收入决算表",
            "合计",
            "201",
            "2013601",
            "行政运行",
            "990.75",
            "0.50",
            "28 .0 9",
            "栏次",
            "1",
            "2",
            "3",
            "注：",
            "说明：本部门当年无",
            "一、",
            "（类）",
            "(款)",
            "万元",
            "占",
            "%",
            "增加",
            "\n",
            " ",
            "第三部分",
            "一、收入支出决算总体情况说明",
            "年初预算为",
            "完成年初预算的",
            "支出决算为",
            "－",
            "1,093.15",
            "财政拨款“三公”经费支出决算表");
    Arbitrary<String> noise =
        Arbitraries.strings().withCharRange('\u0000', '\u9fff').ofMaxLength(12);
    return Arbitraries.oneOf(pieces, pieces, pieces, noise)
        .list()
        .ofMaxSize(400)
        .map(l -> String.join("", l));
  }
}
