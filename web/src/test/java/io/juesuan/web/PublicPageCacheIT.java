package io.juesuan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.juesuan.persistence.JdbcAccountRepository;
import io.juesuan.web.account.CurrentUser;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11: the portal's pages are rendered once for every anonymous reader and served from memory,
 * pre-compressed; signed-in users always get their own page, and nothing of theirs is cached.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties =
        "spring.datasource.url=jdbc:h2:mem:pagecache;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class PublicPageCacheIT {
  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired JdbcAccountRepository accounts;
  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<byte[]> fetch(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept-Encoding", "gzip")
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  static String text(HttpResponse<byte[]> r) throws Exception {
    boolean gz = r.headers().firstValue("Content-Encoding").orElse("").equals("gzip");
    byte[] body = r.body();
    if (gz) {
      body = new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
    }
    return new String(body, StandardCharsets.UTF_8);
  }

  @Test
  void anonymousReadersShareOnePageSignedInUsersGetTheirOwn() throws Exception {
    HttpResponse<byte[]> first = fetch("/");
    HttpResponse<byte[]> second = fetch("/");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(second.headers().firstValue("Content-Encoding")).contains("gzip");
    assertThat(second.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(text(second)).isEqualTo(text(first)).contains("工作人员登录");

    CurrentUser tianbao = new CurrentUser(accounts.user("tianbao").orElseThrow(), false);
    String signedIn =
        mvc.perform(get("/").with(user(tianbao)))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(signedIn).contains("退出").doesNotContain("工作人员登录");
    assertThat(text(fetch("/"))).contains("工作人员登录").doesNotContain("退出");
    assertThat(fetch("/reports/999999").statusCode()).isEqualTo(404);
  }
}
