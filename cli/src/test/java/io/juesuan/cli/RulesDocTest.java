package io.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.testkit.SampleReports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RulesDocTest {
  @Test
  @DisplayName("docs/rules.md is generated from the rule catalog and up to date")
  void rulesDocIsCurrent() throws IOException {
    String doc =
        Files.readString(
            SampleReports.repositoryRoot().resolve("docs/rules.md"), StandardCharsets.UTF_8);
    assertThat(doc)
        .as("docs/rules.md is stale: run ./juesuan rules --edition national-2023 > docs/rules.md")
        .isEqualTo(
            RulesCommand.markdown(
                io.juesuan.core.edition.Editions.installed().get("national-2023")));
  }
}
