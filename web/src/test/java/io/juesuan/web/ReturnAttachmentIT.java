package io.juesuan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import io.juesuan.core.filing.ReportState;
import io.juesuan.core.filing.Role;
import io.juesuan.core.report.Department;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.UnitKind;
import io.juesuan.dataset.DatasetReader;
import io.juesuan.persistence.JdbcAccountRepository;
import io.juesuan.persistence.JdbcReportRepository;
import io.juesuan.testkit.SeedReportText;
import io.juesuan.web.account.CurrentUser;
import io.juesuan.web.report.ReportService;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 12: the reviewer audits the department's draft on the audit page, downloads its 更正说明 and
 * attaches it to the return; the filer downloads it; nobody else can.
 */
@SpringBootTest(
    properties =
        "spring.datasource.url=jdbc:h2:mem:attachments;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class ReturnAttachmentIT {
  @Autowired ReportService reports;
  @Autowired JdbcReportRepository repository;
  @Autowired JdbcAccountRepository accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired MockMvc mvc;

  CurrentUser filer(String name) {
    long dept = accounts.createDepartment(name, "附件", "", UnitKind.ADMINISTRATIVE, Instant.now());
    String login = "a" + System.nanoTime();
    accounts.createUser(
        login, encoder.encode("secret-123456"), "填报", Role.FILER, Optional.of(dept), Instant.now());
    return new CurrentUser(accounts.user(login).orElseThrow(), false);
  }

  @Test
  void theCorrectionNoteTravelsWithTheReturnToItsFilerOnly() throws Exception {
    String name = "附件部门" + System.nanoTime();
    CurrentUser filer = filer(name);
    CurrentUser stranger = filer("别的部门" + System.nanoTime());
    CurrentUser reviewer = new CurrentUser(accounts.user("shenhe").orElseThrow(), false);
    FinalAccounts example = new DatasetReader().read(TestData.exampleDir());
    long id = reports.create(filer, 2023);
    reports.upload(
        filer,
        id,
        0,
        example.withDepartment(
            new Department(
                name,
                "附件",
                "",
                UnitKind.ADMINISTRATIVE,
                example.department().units(),
                example.department().duties())));
    reports.submit(filer, id, repository.header(id).orElseThrow().lockVersion());

    // the reviewer audits the department's draft and takes the 更正说明 from the audit page
    MvcResult audited =
        mvc.perform(
                multipart("/audit")
                    .file(
                        new MockMultipartFile(
                            "file",
                            "草稿.txt",
                            "text/plain",
                            SeedReportText.text().getBytes(StandardCharsets.UTF_8)))
                    .with(csrf())
                    .with(user(reviewer)))
            .andReturn();
    String token = (String) audited.getModelAndView().getModel().get("token");
    byte[] note =
        mvc.perform(get("/audit/" + token + "/note.html"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(new String(note, StandardCharsets.UTF_8)).contains("更正说明");

    int lock = repository.header(id).orElseThrow().lockVersion();
    MvcResult refused =
        mvc.perform(
                multipart("/review/reports/" + id + "/return")
                    .file(
                        new MockMultipartFile(
                            "attachment", "更正说明.exe", "application/octet-stream", note))
                    .param("lockVersion", String.valueOf(lock))
                    .param("note", "请按更正说明修改")
                    .with(csrf())
                    .with(user(reviewer)))
            .andReturn();
    assertThat(refused.getFlashMap().get("problems").toString()).contains("不是 HTML、DOCX 或 PDF");
    assertThat(repository.header(id).orElseThrow().state()).isEqualTo(ReportState.SUBMITTED);

    mvc.perform(
        multipart("/review/reports/" + id + "/return")
            .file(new MockMultipartFile("attachment", "更正说明.html", "text/html", note))
            .param("lockVersion", String.valueOf(lock))
            .param("note", "请按更正说明修改")
            .with(csrf())
            .with(user(reviewer)));
    assertThat(repository.header(id).orElseThrow().state()).isEqualTo(ReportState.RETURNED);

    String page =
        mvc.perform(get("/filing/reports/" + id).with(user(filer)))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("审核附件").contains("更正说明.html");
    String reviewPage =
        mvc.perform(get("/review/reports/" + id).with(user(reviewer)))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(reviewPage).contains("审核附件").contains("更正说明.html");
    long attachment = reports.attachments(filer, id).get(0).id();
    MockHttpServletResponse download =
        mvc.perform(get("/reports/" + id + "/attachments/" + attachment).with(user(filer)))
            .andReturn()
            .getResponse();
    assertThat(download.getStatus()).isEqualTo(200);
    assertThat(download.getContentAsByteArray()).isEqualTo(note);
    assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
    assertThat(download.getHeader("Content-Security-Policy")).isEqualTo("sandbox");

    assertThat(
            mvc.perform(get("/reports/" + id + "/attachments/" + attachment).with(user(stranger)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(
            mvc.perform(get("/reports/" + id + "/attachments/" + attachment))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(302);
  }
}
