package io.juesuan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.juesuan.core.filing.ReportQuery;
import io.juesuan.core.filing.Role;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.UnitKind;
import io.juesuan.persistence.JdbcAccountRepository;
import io.juesuan.persistence.JdbcReportRepository;
import io.juesuan.testkit.SeedReportText;
import io.juesuan.web.account.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 12: a filer starts a department-year from last year's published report, or from an uploaded
 * published report (this year's figures, or last year's carried over).
 */
@SpringBootTest(
    properties =
        "spring.datasource.url=jdbc:h2:mem:starts;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class StartingPointsIT {
  @Autowired JdbcReportRepository repository;
  @Autowired JdbcAccountRepository accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired MockMvc mvc;

  CurrentUser filer(String prefix) {
    long dept =
        accounts.createDepartment(
            prefix + System.nanoTime(), prefix, "", UnitKind.ADMINISTRATIVE, Instant.now());
    String login = "s" + System.nanoTime();
    accounts.createUser(
        login, encoder.encode("secret-123456"), "填报", Role.FILER, Optional.of(dept), Instant.now());
    return new CurrentUser(accounts.user(login).orElseThrow(), false);
  }

  long reportOf(CurrentUser filer, int year) {
    return repository
        .find(
            ReportQuery.all()
                .department(filer.departmentId().orElseThrow())
                .year(Optional.of(year)))
        .get(0)
        .id();
  }

  @Test
  void fromLastYearsPublishedReport() throws Exception {
    CurrentUser tianbao = new CurrentUser(accounts.user("tianbao").orElseThrow(), false);
    FinalAccounts last = repository.load(reportOf(tianbao, 2023));
    MvcResult r =
        mvc.perform(
                post("/filing/reports/from-previous")
                    .param("year", "2024")
                    .with(csrf())
                    .with(user(tianbao)))
            .andReturn();
    long id = reportOf(tianbao, 2024);
    assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/filing/reports/" + id);
    FinalAccounts started = repository.load(id);
    assertThat(started.fiscalYear()).isEqualTo(2024);
    assertThat(started.department().units()).isEqualTo(last.department().units());
    assertThat(started.department().duties()).isEqualTo(last.department().duties());
    assertThat(started.facts().fact(Fact.PRIOR_TOTAL)).isPresent();
    assertThat(started.facts().items()).allSatisfy(i -> assertThat(i.amounts()).isEmpty());
    assertThat(repository.events(id))
        .anyMatch(e -> e.note().map(n -> n.contains("基于已公开的 2023 年度报告")).orElse(false));

    // nothing published for 2029: said in Chinese, nothing created
    MvcResult none =
        mvc.perform(
                post("/filing/reports/from-previous")
                    .param("year", "2030")
                    .with(csrf())
                    .with(user(tianbao)))
            .andReturn();
    assertThat(none.getFlashMap().get("problems").toString()).contains("没有已公开的 2029 年度报告");
  }

  @Test
  void fromAnUploadedPublishedReport() throws Exception {
    CurrentUser filer = filer("上传部门");
    MockMultipartFile seed =
        new MockMultipartFile(
            "file",
            "决算公开.txt",
            "text/plain",
            SeedReportText.text().getBytes(StandardCharsets.UTF_8));
    mvc.perform(
        multipart("/filing/reports/from-file")
            .file(seed)
            .param("year", "2023")
            .with(csrf())
            .with(user(filer)));
    long thisYear = reportOf(filer, 2023);
    FinalAccounts read = repository.load(thisYear);
    assertThat(read.department().name()).startsWith("上传部门");
    assertThat(read.facts().items()).isNotEmpty();
    assertThat(read.facts().items().get(0).amounts()).isNotEmpty();
    assertThat(repository.events(thisYear))
        .anyMatch(e -> e.note().map(n -> n.contains("取自上传的“决算公开.txt”")).orElse(false));

    mvc.perform(
        multipart("/filing/reports/from-file")
            .file(seed)
            .param("year", "2024")
            .with(csrf())
            .with(user(filer)));
    FinalAccounts next = repository.load(reportOf(filer, 2024));
    assertThat(next.facts().fact(Fact.PRIOR_TOTAL)).isPresent();

    MvcResult wrongYear =
        mvc.perform(
                multipart("/filing/reports/from-file")
                    .file(seed)
                    .param("year", "2026")
                    .with(csrf())
                    .with(user(filer)))
            .andReturn();
    assertThat(wrongYear.getFlashMap().get("problems").toString())
        .contains("是 2023 年度的报告，只能用于新建 2023 或 2024 年度");
  }
}
