package io.juesuan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Audits the files of a directory in parallel, drawing a progress bar on stderr. */
final class AuditBatch {
  private static final int WIDTH = 30;
  private final int threads;
  private final PrintWriter progress;

  AuditBatch(int threads, PrintWriter progress) {
    this.threads = Math.max(1, threads);
    this.progress = progress;
  }

  List<AuditOutcome> run(List<Path> files) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()));
    AtomicInteger done = new AtomicInteger();
    try {
      List<Future<AuditOutcome>> futures = new ArrayList<>();
      for (Path f : files) {
        futures.add(
            pool.submit(
                () -> {
                  AuditOutcome o = AuditOutcome.of(f);
                  draw(done.incrementAndGet(), files.size(), f);
                  return o;
                }));
      }
      List<AuditOutcome> out = new ArrayList<>();
      for (Future<AuditOutcome> fu : futures) {
        out.add(fu.get());
      }
      synchronized (progress) {
        progress.println();
        progress.flush();
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("审核被中断", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("审核失败：" + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private void draw(int done, int total, Path file) {
    int filled = done * WIDTH / total;
    String bar = "#".repeat(filled) + " ".repeat(WIDTH - filled);
    synchronized (progress) {
      progress.print("\r审核进度 [" + bar + "] " + done + "/" + total + "  " + file.getFileName());
      progress.flush();
    }
  }
}
