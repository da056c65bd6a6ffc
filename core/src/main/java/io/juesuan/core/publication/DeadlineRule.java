package io.juesuan.core.publication;

import io.juesuan.core.JuesuanException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Properties;

/**
 * 公开时限 — a department-year must be published within {@code days} days of its {@code basis} (批复).
 * The rule is data: {@code deadline.properties} beside this class.
 */
public record DeadlineRule(int days, String basis, String text) {
  private static final String RESOURCE = "deadline.properties";

  public DeadlineRule {
    if (days < 0) {
      throw new IllegalArgumentException("公开时限天数不能为负: " + days);
    }
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(text, "text");
  }

  /** The rule in the resource {@code io/juesuan/core/publication/deadline.properties}. */
  public static DeadlineRule standard() {
    try (InputStream in = DeadlineRule.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new JuesuanException("缺少公开时限资源: " + RESOURCE);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      String days = p.getProperty("days", "").trim();
      if (!days.matches("\\d{1,3}")) {
        throw new JuesuanException(RESOURCE + ": days 应为天数，实为 “" + days + "”");
      }
      return new DeadlineRule(
          Integer.parseInt(days), p.getProperty("basis", "批复"), p.getProperty("text", ""));
    } catch (IOException e) {
      throw new JuesuanException("无法读取公开时限资源: " + RESOURCE, e);
    }
  }

  /** The last day on which publication is on time. */
  public LocalDate deadline(LocalDate approved) {
    return approved.plusDays(days);
  }
}
