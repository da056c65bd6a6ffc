package io.juesuan.testkit;

import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.table.TableSet;
import io.juesuan.dataset.CellsCsv;
import io.juesuan.dataset.DatasetReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sample reports shared by every module's tests: the seed (a real published 2023 report of
 * 中国共产党武汉市蔡甸区委员会办公室, its text and a hand transcription of its printed tables) and the example
 * department reconstructed from it ({@code examples/caidian-2023}).
 */
public final class SampleReports {
  private static final String SEED = "/io/juesuan/testkit/seed/";

  private SampleReports() {}

  /** The seed report's text as extracted from its PDF (line breaks as the extraction left them). */
  public static String seedText() {
    return resource(SEED + "caidian-2023.txt");
  }

  /** Every non-blank cell printed in the seed's tables 01–06, as printed (SPEC §8 CSV). */
  public static String seedPrintedCellsCsv() {
    return resource(SEED + "caidian-2023-printed-cells.csv");
  }

  /** The seed's printed tables 01–06 as a table set in 万元. */
  public static TableSet seedPrintedTables() {
    return CellsCsv.read(
        seedPrintedCellsCsv(),
        "caidian-2023-printed-cells.csv",
        io.juesuan.core.edition.Editions.installed().get("hubei-2023"));
  }

  /** The example department-year (leaf facts in 元) read from {@code examples/caidian-2023}. */
  public static FinalAccounts caidian2023() {
    return new DatasetReader().read(exampleDir(), "examples/caidian-2023");
  }

  /** {@code examples/caidian-2023} of this checkout, found from the working directory upwards. */
  public static Path exampleDir() {
    return repositoryRoot().resolve("examples/caidian-2023");
  }

  /** The repository root: the nearest directory upwards that holds {@code examples/}. */
  public static Path repositoryRoot() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null) {
      if (Files.isDirectory(p.resolve("examples/caidian-2023"))) {
        return p;
      }
      p = p.getParent();
    }
    throw new IllegalStateException("找不到 examples/caidian-2023：请在仓库内运行测试");
  }

  static String resource(String name) {
    try (InputStream in = SampleReports.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("缺少测试资源 " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
