package io.juesuan.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.report.FinalAccounts;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class DatasetWriterTest {
  @TempDir Path tmp;

  /** {@code examples/caidian-2023}, found from the working directory upwards. */
  public static Path example() {
    Path p = Path.of("").toAbsolutePath();
    while (!p.resolve("examples/caidian-2023").toFile().isDirectory()) {
      p = p.getParent();
    }
    return p.resolve("examples/caidian-2023");
  }

  @Test
  @DisplayName("write then read gives back the same department-year")
  void roundTripsTheExample() throws IOException {
    FinalAccounts original = new DatasetReader().read(example(), "example");
    new DatasetWriter().write(original, tmp);
    FinalAccounts back = new DatasetReader().read(tmp, "copy");
    assertThat(back).isEqualTo(original);
  }

  @Test
  @DisplayName("a department-year without any text writes files that read back")
  void roundTripsWithoutTexts() throws IOException {
    FinalAccounts original = new DatasetReader().read(example(), "example");
    FinalAccounts bare =
        new FinalAccounts(
            original.fiscalYear(),
            original.department(),
            original.facts(),
            io.juesuan.core.report.Explanations.none(),
            original.evaluation());
    new DatasetWriter().write(bare, tmp);
    assertThat(new DatasetReader().read(tmp, "copy")).isEqualTo(bare);
  }
}
