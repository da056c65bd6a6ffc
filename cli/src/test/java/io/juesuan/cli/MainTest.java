package io.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

class MainTest {
  @Test
  void aRunNamingOneCommandBuildsOnlyThatOne() {
    for (Class<?> command : Main.COMMANDS) {
      String name = command.getAnnotation(Command.class).name();
      if (!name.equals("help")) {
        assertThat(Main.named(name)).containsExactly(command);
      }
    }
    assertThat(Main.named("--help")).isEmpty();
    assertThat(Main.named("help")).isEmpty();
    assertThat(Main.named("validat")).isEmpty();
  }

  @Test
  void theHelpStillListsEveryCommandInItsOrder() {
    String usage = CliRun.of("--help").out();
    int at = -1;
    for (Class<?> command : Main.COMMANDS) {
      String name = command.getAnnotation(Command.class).name();
      int next = usage.indexOf("\n  " + name + " ");
      assertThat(next).as(name).isGreaterThan(at);
      at = next;
    }
    assertThat(CliRun.of("help", "render").out()).contains("Usage: juesuan render");
    CliRun typo = CliRun.of("validat");
    assertThat(typo.exit()).isEqualTo(ExitCodes.UNREADABLE);
    assertThat(typo.err()).contains("validate");
  }
}
