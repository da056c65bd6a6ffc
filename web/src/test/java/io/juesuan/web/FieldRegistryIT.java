package io.juesuan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.juesuan.core.filing.Role;
import io.juesuan.core.report.Department;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.TextFields;
import io.juesuan.core.report.UnitKind;
import io.juesuan.dataset.DatasetException;
import io.juesuan.dataset.DatasetReader;
import io.juesuan.dataset.DatasetWriter;
import io.juesuan.dataset.xlsx.XlsxDatasetReader;
import io.juesuan.persistence.JdbcAccountRepository;
import io.juesuan.persistence.JdbcReportRepository;
import io.juesuan.web.account.CurrentUser;
import io.juesuan.web.report.ReportService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 10: a text field registered in one place — here a test-only registry file, {@code
 * META-INF/juesuan/extra-texts.tsv} on the test class path — is read from and written to the
 * dataset's YAML, appears in the filing form, the API's facts, the trail and the XLSX workbook, and
 * survives the workbook's round trip; no Java names it.
 */
@SpringBootTest(
    properties =
        "spring.datasource.url=jdbc:h2:mem:fieldregistry;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class FieldRegistryIT {
  static final String KEY = "notes.staffing";
  static final String LABEL = "人员编制及实有人数情况";

  @Autowired ReportService reports;
  @Autowired JdbcReportRepository repository;
  @Autowired JdbcAccountRepository accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired MockMvc mvc;

  @Test
  void aFieldRegisteredInOnePlaceAppearsInYamlWorkbookFormApiAndTrail(@TempDir Path tmp)
      throws Exception {
    assertThat(TextFields.installed().byKey(KEY)).isPresent();

    // YAML: the registry places it under notes: in narrative.yaml; the reader knows it from there.
    Path dir = Files.createDirectories(tmp.resolve("dataset"));
    try (var files = Files.list(TestData.exampleDir())) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.writeString(
        dir.resolve("narrative.yaml"),
        TestData.file("narrative.yaml") + "notes:\n  staffing: 编制12人，实有11人\n",
        StandardCharsets.UTF_8);
    FinalAccounts read = new DatasetReader().read(dir);
    assertThat(read.explanations().text(KEY)).contains("编制12人，实有11人");
    assertThat(new DatasetWriter().write(read).get("narrative.yaml"))
        .contains("notes:\n  staffing: ");

    Files.writeString(
        dir.resolve("narrative.yaml"),
        TestData.file("narrative.yaml") + "notes:\n  other: 未登记\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new DatasetReader().read(dir))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("未知字段 notes.other");

    // Stored, then shown in the form and the API.
    String name = "字段部门" + System.nanoTime();
    long dept = accounts.createDepartment(name, "字段", "", UnitKind.ADMINISTRATIVE, Instant.now());
    String login = "r" + System.nanoTime();
    accounts.createUser(
        login, encoder.encode("secret-123456"), "填报", Role.FILER, Optional.of(dept), Instant.now());
    CurrentUser filer = new CurrentUser(accounts.user(login).orElseThrow(), false);
    long id = reports.create(filer, 2023);
    reports.upload(
        filer,
        id,
        0,
        read.withDepartment(
            new Department(
                name,
                "字段",
                "",
                UnitKind.ADMINISTRATIVE,
                read.department().units(),
                read.department().duties())));
    assertThat(repository.load(id).explanations().text(KEY)).contains("编制12人，实有11人");

    String form =
        mvc.perform(get("/filing/reports/" + id).with(user(filer)))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(form).contains("name=\"text." + KEY + "\"").contains(LABEL).contains("编制12人，实有11人");

    String facts =
        mvc.perform(get("/api/v1/reports/" + id + "/facts").with(user(filer)))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(facts).contains("\"text." + KEY + "\":\"编制12人，实有11人\"");

    // Edited in the form: the trail names it by its label, old → new.
    int lock = repository.header(id).orElseThrow().lockVersion();
    mvc.perform(
        post("/filing/reports/" + id + "/fields")
            .param("lockVersion", String.valueOf(lock))
            .param("section", "texts")
            .param("text." + KEY, "编制12人，实有12人")
            .with(csrf())
            .with(user(filer)));
    assertThat(repository.load(id).explanations().text(KEY)).contains("编制12人，实有12人");
    assertThat(repository.events(id))
        .anyMatch(
            e ->
                e.fieldKey().equals(Optional.of("text." + KEY))
                    && e.fieldLabel().equals(Optional.of(LABEL))
                    && e.oldValue().equals(Optional.of("编制12人，实有11人"))
                    && e.newValue().equals(Optional.of("编制12人，实有12人")));

    // The workbook lists it with its label and reads it back.
    byte[] xlsx =
        mvc.perform(get("/filing/reports/" + id + "/dataset.xlsx").with(user(filer)))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    FinalAccounts back = new XlsxDatasetReader().read(new ByteArrayInputStream(xlsx), "数据.xlsx");
    assertThat(back.explanations().text(KEY)).contains("编制12人，实有12人");
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      boolean listed = false;
      for (var sheet : wb) {
        for (var row : sheet) {
          if (row.getCell(0) != null && row.getCell(0).toString().equals(KEY)) {
            listed = row.getCell(1).toString().equals(LABEL);
          }
        }
      }
      assertThat(listed).isTrue();
    }
  }
}
