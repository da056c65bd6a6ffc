package io.juesuan.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.edition.Edition;
import io.juesuan.core.edition.Editions;
import io.juesuan.core.port.DocumentFormat;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.table.RowNo;
import io.juesuan.core.table.TableId;
import io.juesuan.core.usecase.CheckReport;
import io.juesuan.dataset.DatasetReader;
import io.juesuan.testkit.SampleReports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding an edition touches no Java: a throw-away edition folder — a copy of the 2023 format with
 * one renamed row label and one extra 项 code — is found, and a department-year is derived, checked
 * and rendered with it.
 */
class EditionFolderIT {
  private static final List<String> FILES =
      List.of(
          "tables",
          "rules",
          "wording",
          "figures",
          "outline",
          "catalog/function-classification.csv",
          "catalog/economic-classification.csv",
          "audit/claims.txt",
          "audit/sections.txt",
          "audit/residue.txt",
          "import.layout");

  @TempDir Path tmp;

  @Test
  @DisplayName("一个新版本只是一个文件夹：改一个行名、加一个项级科目，即可推导、审核、渲染")
  void aThrowAwayEditionFolderIsUsedToDeriveCheckAndRender() throws IOException {
    Edition source = Editions.installed().get("national-2023");
    Path folder = tmp.resolve("editions/test-2023");
    for (String f : FILES) {
      Path p = folder.resolve(f);
      Files.createDirectories(p.getParent());
      Files.write(p, source.required(f), StandardCharsets.UTF_8);
    }
    Files.writeString(
        folder.resolve("edition.properties"),
        "id=test-2023\nname=测试省 2023年度\nregion=测试省\nyear=2023\n",
        StandardCharsets.UTF_8);
    Path tables = folder.resolve("tables");
    Files.writeString(
        tables,
        Files.readString(tables, StandardCharsets.UTF_8)
            .replace("\t1\t一、一般公共预算财政拨款收入\t", "\t1\t一、一般公共预算拨款收入（测试版）\t"),
        StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("catalog/function-classification.csv"),
        "2019999,测试版新增项目,项,测试\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);

    Path dataset = tmp.resolve("dataset");
    Files.createDirectories(dataset);
    Path example = SampleReports.exampleDir();
    for (String f : List.of("department.yaml", "narrative.yaml", "performance.yaml")) {
      Files.copy(example.resolve(f), dataset.resolve(f));
    }
    Files.writeString(
        dataset.resolve("department.yaml"),
        Files.readString(dataset.resolve("department.yaml"), StandardCharsets.UTF_8)
            .replace("region: 湖北省武汉市蔡甸区", "region: 测试省某区"),
        StandardCharsets.UTF_8);
    Files.writeString(
        dataset.resolve("accounts.yaml"),
        Files.readString(example.resolve("accounts.yaml"), StandardCharsets.UTF_8)
            .replace(
                "functional:\n",
                "functional:\n  - code: \"2019999\"\n    income:\n      other: 100.00\n"
                    + "    expenditure:\n      project: 100.00\n"),
        StandardCharsets.UTF_8);

    Editions editions = Editions.load(List.of(tmp.resolve("editions")));
    Edition test = editions.get("test-2023");
    var accounts = new DatasetReader(editions).read(dataset, "dataset");
    assertThat(editions.forAccounts(accounts)).isSameAs(test);

    var checked = new CheckReport(editions).check(accounts);
    assertThat(checked.edition()).isSameAs(test);
    assertThat(checked.tables().table(TableId.of("01")).orElseThrow().row(RowNo.of(1)))
        .hasValueSatisfying(r -> assertThat(r.label()).isEqualTo("一、一般公共预算拨款收入（测试版）"));
    assertThat(checked.tables().table(TableId.of("03")).orElseThrow().row(RowNo.of("2019999")))
        .hasValueSatisfying(r -> assertThat(r.label()).isEqualTo("测试版新增项目"));
    CheckResult result = checked.result();
    assertThat(result.findings())
        .as("the code is known to the edition's catalog")
        .noneMatch(f -> f.message().contains("2019999") && f.message().contains("不在"));
    assertThat(result.hasErrors()).isFalse();

    byte[] pdf = new DisclosureRenderer(editions).render(accounts, DocumentFormat.PDF);
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(doc);
    }
    assertThat(text).contains("一般公共预算拨款收入（测试版）", "测试版新增项目");
  }
}
