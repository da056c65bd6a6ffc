package io.juesuan.cli;

import io.juesuan.core.JuesuanException;
import io.juesuan.dataset.DatasetException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/** Turns failures into one clear Chinese message and exit status 2; no stack traces for users. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
    var err = cl.getErr();
    if (ex instanceof DatasetException d) {
      err.println("无法读取输入（" + d.problems().size() + " 处问题）：");
      d.problems().forEach(p -> err.println("  " + p));
    } else if (ex instanceof JuesuanException
        || ex instanceof IOException
        || ex instanceof UncheckedIOException) {
      err.println("无法读取输入：" + ex.getMessage());
    } else {
      err.println("内部错误（请报告此问题）：" + ex);
      if (System.getenv("JUESUAN_DEBUG") != null) {
        ex.printStackTrace(err);
      }
    }
    err.flush();
    return ExitCodes.UNREADABLE;
  }
}
