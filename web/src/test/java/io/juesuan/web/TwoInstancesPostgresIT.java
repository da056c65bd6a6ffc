package io.juesuan.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two app instances on one PostgreSQL, as behind a load balancer: the filing → review → publish
 * flow with requests alternating between them — a session opened on one is valid on the other,
 * login throttling counted on one holds on the other, a save on one makes the other's stale version
 * refused, and the documents produced at approval on one are served, identical, by the other.
 */
class TwoInstancesPostgresIT {
  static EmbeddedPostgres postgres;
  static ConfigurableApplicationContext one;
  static ConfigurableApplicationContext two;
  static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    one = instance();
    two = instance();
  }

  static ConfigurableApplicationContext instance() {
    return new SpringApplicationBuilder(JuesuanWebApplication.class)
        .run(
            "--server.port=0",
            "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=postgres",
            "--spring.jmx.enabled=false");
  }

  @AfterAll
  static void stop() throws Exception {
    for (ConfigurableApplicationContext c : new ConfigurableApplicationContext[] {one, two}) {
      if (c != null) {
        c.close();
      }
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  static String base(ConfigurableApplicationContext c) {
    return "http://localhost:" + ((WebServerApplicationContext) c).getWebServer().getPort();
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> json(
      ConfigurableApplicationContext c, String method, String path, String auth, String body)
      throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(base(c) + path))
            .header("Authorization", auth)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  static int field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
    assertThat(m.find()).as(name + " in " + json).isTrue();
    return Integer.parseInt(m.group(1));
  }

  @Test
  void filingReviewAndPublicationAlternatingBetweenTwoInstances() throws Exception {
    String filer = basic("tianbao", "tianbao-2023");
    String reviewer = basic("shenhe", "shenhe-2023");

    HttpResponse<String> created =
        json(one, "POST", "/api/v1/reports", filer, "{\"fiscalYear\":2024}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    int id = field(created.body(), "id");

    byte[] zip =
        TestData.zip(
            Map.of(
                "department.yaml",
                TestData.file("department.yaml").replace("fiscalYear: 2023", "fiscalYear: 2024"),
                "accounts.yaml",
                TestData.file("accounts.yaml"),
                "narrative.yaml",
                TestData.file("narrative.yaml"),
                "performance.yaml",
                TestData.file("performance.yaml")));
    String boundary = "----juesuan" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"data.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(zip);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> uploaded =
        send(
            HttpRequest.newBuilder(
                    URI.create(base(two) + "/api/v1/reports/" + id + "/dataset?lockVersion=0"))
                .header("Authorization", filer)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
    int lock = field(uploaded.body(), "lockVersion");

    // a save on one instance makes the other's copy stale
    HttpResponse<String> saved =
        json(
            one,
            "PATCH",
            "/api/v1/reports/" + id + "/facts",
            filer,
            "{\"lockVersion\":" + lock + ",\"changes\":{\"duty.1\":\"负责文电处理（两实例）\"}}");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    HttpResponse<String> stale =
        json(
            two,
            "PATCH",
            "/api/v1/reports/" + id + "/facts",
            filer,
            "{\"lockVersion\":" + lock + ",\"changes\":{\"duty.1\":\"另一人的修改\"}}");
    assertThat(stale.statusCode()).isEqualTo(409);
    lock = field(saved.body(), "lockVersion");

    HttpResponse<String> submitted =
        json(
            two,
            "POST",
            "/api/v1/reports/" + id + "/submit",
            filer,
            "{\"lockVersion\":" + lock + "}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    HttpResponse<String> approved =
        json(
            one,
            "POST",
            "/api/v1/reports/" + id + "/approve",
            reviewer,
            "{\"lockVersion\":" + field(submitted.body(), "lockVersion") + "}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(approved.body()).contains("PUBLISHED");

    // the documents produced at approval on one are served by the other, identical
    HttpResponse<byte[]> pdfOne =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base(one) + "/reports/" + id + "/download/pdf"))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<byte[]> pdfTwo =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base(two) + "/reports/" + id + "/download/pdf"))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdfOne.statusCode()).isEqualTo(200);
    assertThat(pdfTwo.body()).isEqualTo(pdfOne.body());
    assertThat(pdfTwo.headers().firstValue("ETag")).isEqualTo(pdfOne.headers().firstValue("ETag"));
  }

  @Test
  void aSessionOpenedOnOneInstanceIsValidOnTheOther() throws Exception {
    HttpResponse<String> loginPage = send(HttpRequest.newBuilder(URI.create(base(one) + "/login")));
    String cookie = sessionCookie(loginPage);
    Matcher csrf =
        Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage.body());
    assertThat(csrf.find()).isTrue();
    HttpResponse<String> login =
        send(
            HttpRequest.newBuilder(URI.create(base(one) + "/login"))
                .header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=shenhe&password=shenhe-2023&_csrf=" + csrf.group(1))));
    assertThat(login.headers().firstValue("Location").orElseThrow()).contains("/account/home");
    String session =
        login.headers().allValues("Set-Cookie").isEmpty() ? cookie : sessionCookie(login);
    HttpResponse<String> review =
        send(HttpRequest.newBuilder(URI.create(base(two) + "/review")).header("Cookie", session));
    assertThat(review.statusCode()).isEqualTo(200);
    assertThat(review.body()).contains("退出");
  }

  @Test
  void loginThrottlingCountedOnOneInstanceHoldsOnTheOther() throws Exception {
    String ghost = basic("nobody-" + System.nanoTime(), "wrong");
    for (int i = 0; i < 5; i++) {
      assertThat(json(i % 2 == 0 ? one : two, "POST", "/api/v1/reports", ghost, "{}").statusCode())
          .isEqualTo(401);
    }
    assertThat(json(two, "POST", "/api/v1/reports", ghost, "{}").statusCode()).isEqualTo(429);
    assertThat(json(one, "POST", "/api/v1/reports", ghost, "{}").statusCode()).isEqualTo(429);
  }

  static String sessionCookie(HttpResponse<?> r) {
    return r.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("SESSION="))
        .map(c -> c.split(";", 2)[0])
        .findFirst()
        .orElseThrow(() -> new AssertionError("no SESSION cookie: " + r.headers().map()));
  }
}
