package io.juesuan.persistence;

import io.juesuan.core.JuesuanException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Named SQL statements read from a .sql resource: each statement follows a line {@code -- name: x}
 * and ends at the next such line. Keeps SQL out of Java strings.
 */
final class SqlStatements {
  private final Map<String, String> statements;

  private SqlStatements(Map<String, String> statements) {
    this.statements = Map.copyOf(statements);
  }

  static SqlStatements load(String resource) {
    try (InputStream in = SqlStatements.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new JuesuanException("缺少SQL资源: " + resource);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> map = new LinkedHashMap<>();
      String name = null;
      StringBuilder body = new StringBuilder();
      for (String line : text.split("\n", -1)) {
        String trimmed = line.trim();
        if (trimmed.startsWith("-- name:")) {
          if (name != null) {
            map.put(name, body.toString().trim());
          }
          name = trimmed.substring("-- name:".length()).trim();
          body.setLength(0);
        } else if (!trimmed.startsWith("--")) {
          body.append(line).append('\n');
        }
      }
      if (name != null) {
        map.put(name, body.toString().trim());
      }
      return new SqlStatements(map);
    } catch (IOException e) {
      throw new JuesuanException("无法读取SQL资源: " + resource, e);
    }
  }

  String get(String name) {
    return Objects.requireNonNull(statements.get(name), () -> "未定义的SQL语句: " + name);
  }
}
