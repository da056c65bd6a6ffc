package io.juesuan.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.juesuan.core.money.Amount;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.ItemMeasure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {
  static final String DEPARTMENT =
      """
      fiscalYear: 2023
      amountUnit: 元
      department:
        name: 测试部门
        kind: 行政单位
      units:
        - name: 测试部门（本级）
          headOffice: true
      duties:
        - 负责测试。
      """;
  static final String ACCOUNTS =
      """
      functional:
        - code: "2013601"
          income:
            generalBudget: 1000.00
          expenditure:
            basic: 1000.00
          fiscal:
            generalBudget:
              basic: 1000.00
              initialBudget: 1200.00
      economic:
        - code: "30101"
          amount: 1000.00
      """;

  @TempDir Path dir;

  private void write(String file, String text) throws IOException {
    Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
  }

  private DatasetException readFails() {
    return catchThrowableOfType(DatasetException.class, () -> new DatasetReader().read(dir, "x"));
  }

  @Test
  void readsAValidDataset() throws IOException {
    write("department.yaml", DEPARTMENT);
    write("accounts.yaml", ACCOUNTS);
    FinalAccounts a = new DatasetReader().read(dir, "x");
    assertThat(a.fiscalYear()).isEqualTo(2023);
    assertThat(a.facts().items())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.name()).isEqualTo("行政运行");
              assertThat(i.amount(ItemMeasure.GENERAL_BUDGET_INITIAL))
                  .isEqualTo(Amount.yuan("1200.00"));
            });
    assertThat(a.department().units())
        .singleElement()
        .satisfies(u -> assertThat(u.headOffice()).isTrue());
  }

  @Test
  @DisplayName("a figure that is not a number names file, line and value")
  void reportsBadAmountWithLine() throws IOException {
    write("department.yaml", DEPARTMENT);
    write(
        "accounts.yaml",
        ACCOUNTS.replace(
            "generalBudget: 1000.00\n    expenditure", "generalBudget: 12,3a\n    expenditure"));
    assertThat(readFails().problems())
        .singleElement()
        .asString()
        .startsWith("x/accounts.yaml 第4行")
        .contains("金额 \"12,3a\" 不是数字");
  }

  @Test
  void reportsEveryProblemNotJustTheFirst() throws IOException {
    write("department.yaml", DEPARTMENT.replace("amountUnit: 元", "amountUnit: 元\ncolour: red"));
    write(
        "accounts.yaml",
        ACCOUNTS.replace("amount: 1000.00", "amount: 1000.001")
            + "balances:\n  opening: abc\n  closing: 1\n");
    DatasetException e = readFails();
    assertThat(e.problems())
        .anyMatch(p -> p.contains("department.yaml 第3行") && p.contains("未知字段 colour"));
    assertThat(e.problems()).anyMatch(p -> p.contains("最多两位小数"));
    assertThat(e.problems()).anyMatch(p -> p.contains("\"abc\" 不是数字"));
    assertThat(e.problems()).anyMatch(p -> p.contains("未知字段 balances.closing"));
  }

  @Test
  @DisplayName("problems of every file, in the order of the files, whatever thread parsed them")
  void problemsOfAllFilesInFileOrder() throws IOException {
    write("department.yaml", DEPARTMENT.replace("amountUnit: 元", "amountUnit: 元\ncolour: red"));
    write("accounts.yaml", ACCOUNTS.replace("amount: 1000.00", "amount: 1000.001"));
    write("narrative.yaml", "unknownKey: 1\n");
    write("performance.yaml", "projects: [\n");
    for (int round = 0; round < 20; round++) {
      List<String> problems = readFails().problems();
      assertThat(problems).hasSize(4);
      assertThat(problems.get(0)).startsWith("x/department.yaml").contains("colour");
      assertThat(problems.get(1)).startsWith("x/accounts.yaml").contains("最多两位小数");
      assertThat(problems.get(2)).startsWith("x/narrative.yaml").contains("未知字段 unknownKey");
      assertThat(problems.get(3)).startsWith("x/performance.yaml").contains("YAML 格式错误");
    }
  }

  @Test
  void unknownCodeNeedsAName() throws IOException {
    write("department.yaml", DEPARTMENT);
    write("accounts.yaml", ACCOUNTS.replace("\"2013601\"", "\"2019999\""));
    assertThat(readFails().problems())
        .singleElement()
        .asString()
        .contains("2019999")
        .contains("请填写 name");
    write(
        "accounts.yaml",
        ACCOUNTS.replace("code: \"2013601\"", "code: \"2019999\"\n    name: 某项支出"));
    assertThat(new DatasetReader().read(dir, "x").facts().items().get(0).name()).isEqualTo("某项支出");
  }

  @Test
  void syntaxErrorsAndMissingFilesAreNamed() throws IOException {
    assertThat(readFails().problems()).anyMatch(p -> p.equals("x/department.yaml: 缺少此文件"));
    write("department.yaml", DEPARTMENT);
    write("accounts.yaml", "functional:\n  - code: \"2013601\"\n   income: [\n");
    assertThat(readFails().problems())
        .singleElement()
        .asString()
        .startsWith("x/accounts.yaml 第")
        .contains("YAML 格式错误");
  }

  @Test
  void duplicateCodesAreRefused() throws IOException {
    write("department.yaml", DEPARTMENT);
    write("accounts.yaml", ACCOUNTS + "  - code: \"30101\"\n    amount: 1.00\n");
    assertThat(readFails().problems()).singleElement().asString().contains("30101 重复");
  }
}
