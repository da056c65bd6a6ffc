package io.juesuan.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Juesuan 决算 command line: validate, tables, and the commands of later modules. */
@Command(
    name = "juesuan",
    mixinStandardHelpOptions = true,
    version = "Juesuan 0.1.0",
    description = {
      "Juesuan 部门决算：核对决算数据、生成公开表、审核已公开的报告。",
      "Juesuan: check a department's final accounts, derive the nine disclosure tables, audit published reports."
    },
    footer = {
      "",
      "网站 / web app:  ./juesuan serve [--port 8080] [--db jdbc:postgresql://… --db-user … --db-password …]",
      "  启动决算公开平台（填报、审核、公开、比较、报告核查），默认使用 ./data 下的内嵌数据库。"
    })
public final class Main implements Runnable {
  /**
   * The commands, in the order the help lists them. Building picocli's model of all of them reads
   * every option's annotations (~0.1 s of a cold start), so a run that names one command builds
   * only that one; the help, {@code help} and anything else build them all.
   */
  static final List<Class<?>> COMMANDS =
      List.of(
          ValidateCommand.class,
          TablesCommand.class,
          ExtractCommand.class,
          AuditCommand.class,
          RenderCommand.class,
          RulesCommand.class,
          EditionsCommand.class,
          TemplateCommand.class,
          ConsolidateCommand.class,
          ImportCommand.class,
          CorrectCommand.class,
          NewYearCommand.class,
          CommandLine.HelpCommand.class);

  static {
    quietLibraryLogging();
    // No option is of a java.time or java.sql type: picocli need not look up (by reflection, in a
    // cold start) the converters it has for them.
    System.setProperty("picocli.converters.excludes", "java\\.sql\\..*,java\\.time\\..*");
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(
        execute(
            args,
            new PrintWriter(System.out, true, StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** POI logs through Log4j's API; without a provider it prints a warning users should not see. */
  static void quietLibraryLogging() {
    System.setProperty(
        "log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
  }

  /**
   * Runs the CLI with the given streams; returns the exit status (0 ok, 1 findings with errors, 2
   * unreadable input).
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    List<Class<?>> named = args.length > 0 ? named(args[0]) : List.of();
    for (Class<?> command : named.isEmpty() ? COMMANDS : named) {
      cl.addSubcommand(command);
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setParameterExceptionHandler(new InvalidArguments(err));
    return cl.execute(args);
  }

  /**
   * Invalid arguments: the message and the command's usage. A class, not a lambda: the lambda's
   * interface is in picocli's Java 5 class format, which the class-data archive does not keep, so a
   * lambda would be spun at every start.
   */
  private static final class InvalidArguments implements CommandLine.IParameterExceptionHandler {
    private final PrintWriter err;

    InvalidArguments(PrintWriter err) {
      this.err = err;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
      err.println("参数错误 / invalid arguments: " + ex.getMessage());
      ex.getCommandLine().usage(err);
      return ExitCodes.UNREADABLE;
    }
  }

  /** The command the word names (by its name or an alias), none for an option or anything else. */
  static List<Class<?>> named(String word) {
    for (Class<?> command : COMMANDS) {
      Command c = command.getAnnotation(Command.class);
      if (command != CommandLine.HelpCommand.class
          && (c.name().equals(word) || List.of(c.aliases()).contains(word))) {
        return List.of(command);
      }
    }
    return List.of();
  }
}
