package io.juesuan.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * 决算公开平台. {@code ./juesuan serve [--port 8080] [--db jdbc:postgresql://…]}; without --db the URL
 * comes from JUESUAN_DB_URL, else an embedded H2 file under ./data.
 */
@SpringBootApplication
public class JuesuanWebApplication {

  public static void main(String[] args) {
    String[] spring = springArgs(args, System.getenv("JUESUAN_DB_URL"));
    EmbeddedDatabaseInUse.check(spring)
        .ifPresent(
            message -> {
              System.err.println(message);
              System.exit(2);
            });
    SpringApplication.run(JuesuanWebApplication.class, spring);
  }

  /** Turns the launcher's options into Spring properties; other arguments pass through. */
  static String[] springArgs(String[] args, String envDbUrl) {
    List<String> out = new ArrayList<>();
    boolean dbGiven = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String value = null;
      String name = a;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      }
      switch (name) {
        case "--help", "-h" -> {
          System.out.println(
              "用法: ./juesuan serve [--port 8080] [--db jdbc:postgresql://主机/库 --db-user 用户 --db-password 密码]");
          System.out.println("      未给 --db 时使用环境变量 JUESUAN_DB_URL，再无则使用 ./data 下的内嵌 H2 数据库。");
          System.exit(0);
        }
        case "--port", "--db", "--db-user", "--db-password" -> {
          if (value == null) {
            if (i + 1 >= args.length) {
              System.err.println("参数 " + name + " 缺少取值");
              System.exit(2);
            }
            value = args[++i];
          }
          out.add(
              switch (name) {
                case "--port" -> "--server.port=" + value;
                case "--db" -> "--spring.datasource.url=" + value;
                case "--db-user" -> "--spring.datasource.username=" + value;
                default -> "--spring.datasource.password=" + value;
              });
          dbGiven |= name.equals("--db");
        }
        default -> out.add(a);
      }
    }
    if (!dbGiven && envDbUrl != null && !envDbUrl.isBlank()) {
      out.add("--spring.datasource.url=" + envDbUrl);
    }
    return out.toArray(new String[0]);
  }
}
