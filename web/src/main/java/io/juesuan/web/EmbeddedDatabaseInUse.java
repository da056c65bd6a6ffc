package io.juesuan.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * Before starting: an embedded H2 file database is opened by one process only. A second instance on
 * the same files is told so in one Chinese line (and exits), instead of a page of stack trace.
 */
final class EmbeddedDatabaseInUse {
  /** H2's "Database may be already in use" (ErrorCode.DATABASE_ALREADY_OPEN_1). */
  static final int DATABASE_ALREADY_OPEN = 90020;

  private EmbeddedDatabaseInUse() {}

  static Optional<String> check(String[] springArgs) {
    Properties defaults = defaults();
    String url = arg(springArgs, "spring.datasource.url", defaults);
    if (!url.startsWith("jdbc:h2:file:") && !url.startsWith("jdbc:h2:./")) {
      return Optional.empty();
    }
    try (Connection c =
        DriverManager.getConnection(
            url,
            arg(springArgs, "spring.datasource.username", defaults),
            arg(springArgs, "spring.datasource.password", defaults))) {
      return Optional.empty();
    } catch (SQLException e) {
      if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
        return Optional.of(message(url));
      }
      return Optional.empty(); // any other problem is reported by the application's own start-up
    }
  }

  static String message(String url) {
    String file = url.substring("jdbc:h2:".length()).replaceFirst("^file:", "").split(";")[0];
    return "无法启动：内嵌数据库 "
        + file
        + " 正被另一个 Juesuan 实例使用（H2 文件数据库只能由一个进程打开）。"
        + "请先停止该实例，或用 --port 与 --db 另选端口和数据库（例如 --db jdbc:h2:file:./data2/juesuan），"
        + "多个实例请共用 PostgreSQL（--db jdbc:postgresql://主机/库，见 docs/deploy.md）。";
  }

  private static String arg(String[] args, String name, Properties defaults) {
    String prefix = "--" + name + "=";
    String value = defaults.getProperty(name, "");
    for (String a : args) {
      if (a.startsWith(prefix)) {
        value = a.substring(prefix.length());
      }
    }
    return value;
  }

  private static Properties defaults() {
    Properties p = new Properties();
    try (InputStream in =
        EmbeddedDatabaseInUse.class.getResourceAsStream("/application.properties")) {
      if (in != null) {
        p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
