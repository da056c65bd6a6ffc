package io.juesuan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

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
    List<AuditOutcome> out = new ArrayList<>();
    run(files, out::add);
    return out;
  }

  /**
   * Audits the files in parallel and hands each outcome to {@code each} in the files' order as soon
   * as it and those before it are done; at most a few files per thread are in flight, so memory
   * stays bounded whatever the number of files.
   */
  void run(List<Path> files, Consumer<AuditOutcome> each) {
    int workers = Math.min(threads, Math.max(1, files.size()));
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    AtomicInteger done = new AtomicInteger();
    int window = workers * 2;
    try {
      Deque<Future<AuditOutcome>> inFlight = new ArrayDeque<>();
      int next = 0;
      while (next < files.size() || !inFlight.isEmpty()) {
        while (next < files.size() && inFlight.size() < window) {
          Path f = files.get(next++);
          inFlight.add(
              pool.submit(
                  () -> {
                    AuditOutcome o = AuditOutcome.of(f);
                    draw(done.incrementAndGet(), files.size(), f);
                    return o;
                  }));
        }
        each.accept(inFlight.poll().get());
      }
      synchronized (progress) {
        progress.println();
        progress.flush();
      }
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
