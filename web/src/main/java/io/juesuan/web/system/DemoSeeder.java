package io.juesuan.web.system;

import io.juesuan.core.filing.Role;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.dataset.DatasetReader;
import io.juesuan.persistence.JdbcAccountRepository;
import io.juesuan.web.report.ReportService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First start: registers the example department (examples/caidian-2023) with its report published,
 * and one demo account per role. Every start prints the demo accounts and the address.
 */
@Component
class DemoSeeder implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

  record DemoAccount(String username, String password, String displayName, Role role) {}

  static final List<DemoAccount> ACCOUNTS =
      List.of(
          new DemoAccount("tianbao", "tianbao-2023", "区委办公室填报人", Role.FILER),
          new DemoAccount("shenhe", "shenhe-2023", "区财政局审核人", Role.REVIEWER),
          new DemoAccount("admin", "admin-2023", "系统管理员", Role.ADMIN));

  private final JdbcAccountRepository accounts;
  private final ReportService reports;
  private final PasswordEncoder encoder;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final Environment env;
  private final String dataset;
  private final boolean demo;

  DemoSeeder(
      JdbcAccountRepository accounts,
      ReportService reports,
      PasswordEncoder encoder,
      TransactionTemplate tx,
      Clock clock,
      Environment env,
      @Value("${juesuan.seed.dataset}") String dataset,
      @Value("${juesuan.seed.demo-accounts}") boolean demo) {
    this.accounts = accounts;
    this.reports = reports;
    this.encoder = encoder;
    this.tx = tx;
    this.clock = clock;
    this.env = env;
    this.dataset = dataset;
    this.demo = demo;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (accounts.users().isEmpty()) {
      tx.executeWithoutResult(s -> seed());
    }
    String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
    StringBuilder out = new StringBuilder("\n决算公开平台已启动: http://localhost:" + port + "/\n");
    if (demo) {
      out.append("演示账户（用户名 / 密码 / 角色）:\n");
      for (DemoAccount a : ACCOUNTS) {
        if (accounts.user(a.username()).isPresent()) {
          out.append(
              String.format(
                  "  %-8s / %-13s / %s（%s）%n",
                  a.username(), a.password(), a.role().label(), a.displayName()));
        }
      }
    }
    System.out.println(out);
  }

  private void seed() {
    Optional<Path> dir = locate(dataset);
    long deptId;
    if (dir.isPresent()) {
      FinalAccounts a = new DatasetReader().read(dir.get(), dataset);
      deptId =
          accounts.createDepartment(
              a.department().name(),
              a.department().shortName(),
              a.department().region(),
              a.department().kind(),
              clock.instant());
      reports.storePublished(deptId, a, "system", "导入示例数据 " + dataset + " 并公开");
      log.info("已导入示例部门 {} {} 年度决算并公开", a.department().name(), a.fiscalYear());
    } else {
      log.warn("未找到示例数据目录 {}（当前目录 {}），仅创建演示账户", dataset, Path.of("").toAbsolutePath());
      deptId =
          accounts.createDepartment(
              "中国共产党武汉市蔡甸区委员会办公室",
              "区委办公室",
              "湖北省武汉市蔡甸区",
              io.juesuan.core.report.UnitKind.ADMINISTRATIVE,
              clock.instant());
    }
    accounts.openYear(2023, true);
    accounts.openYear(2024, true);
    if (demo) {
      for (DemoAccount a : ACCOUNTS) {
        accounts.createUser(
            a.username(),
            encoder.encode(a.password()),
            a.displayName(),
            a.role(),
            a.role() == Role.FILER ? Optional.of(deptId) : Optional.empty(),
            clock.instant());
      }
    }
  }

  /**
   * The dataset directory relative to the working directory, or to the repository root for tests.
   */
  static Optional<Path> locate(String dataset) {
    for (String base :
        new String[] {"", System.getenv().getOrDefault("JUESUAN_REPO_ROOT", ""), ".."}) {
      Path p = (base.isEmpty() ? Path.of(dataset) : Path.of(base).resolve(dataset)).normalize();
      if (Files.isRegularFile(p.resolve("department.yaml"))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
