package io.juesuan.bench;

import io.juesuan.core.JuesuanException;
import io.juesuan.core.audit.PublishedReport;
import io.juesuan.core.audit.ReportAuditor;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.rules.Severity;
import io.juesuan.importer.ReportImporter;
import io.juesuan.testkit.SamplePdfs;
import io.juesuan.testkit.SeedReportText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fuzz harness for import + audit (not part of the build's tests): mutates the real sample PDFs and
 * the seed's text (byte flips, truncation, splices, deleted blocks, random text edits) and runs
 * each input with a time bound. An input that throws anything but a Chinese "cannot read" ({@link
 * JuesuanException}) is a crash; one that passes the bound is a hang; both are kept in the output
 * folder to become regression tests. Prints one table: inputs, crashes, hangs, p50/p99 time, max
 * RSS, and findings per damaged input.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar io.juesuan.bench.Fuzz [inputs] [seconds
 * budget] [out dir]} (defaults 10000, no budget, target/fuzz).
 */
public final class Fuzz {
  private static final Duration BOUND = Duration.ofSeconds(30);

  private Fuzz() {}

  public static void main(String[] args) throws Exception {
    io.juesuan.importer.pdf.PdfDiagnostics.install();
    int inputs = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    long budgetMs = args.length > 1 ? Long.parseLong(args[1]) * 1000 : Long.MAX_VALUE;
    Path out = Path.of(args.length > 2 ? args[2] : "bench/target/fuzz");
    Files.createDirectories(out);
    List<byte[]> pdfs = List.of(SamplePdfs.putuoPlanning2024(), SamplePdfs.shanghaiTemplate2024());
    byte[] text = SeedReportText.text().getBytes(StandardCharsets.UTF_8);
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    ExecutorService watch = Executors.newCachedThreadPool();
    long start = System.currentTimeMillis();
    List<Long> times = Collections.synchronizedList(new ArrayList<>());
    List<Integer> errors = Collections.synchronizedList(new ArrayList<>());
    int[] counts = new int[4]; // run, crashes, hangs, unreadable
    List<Future<?>> running = new ArrayList<>();
    for (int i = 0; i < inputs; i++) {
      if (System.currentTimeMillis() - start > budgetMs) {
        break;
      }
      Random r = new Random(i);
      boolean pdf = i % 3 != 0;
      byte[] base = pdf ? pdfs.get(r.nextInt(pdfs.size())) : text;
      String kind = pdf ? "pdf" : "txt";
      byte[] input = mutate(base, r, pdf);
      int index = i;
      running.add(
          pool.submit(
              () -> {
                long t0 = System.nanoTime();
                Future<CheckResult> f = watch.submit(() -> run(kind, input));
                try {
                  CheckResult result = f.get(BOUND.toMillis() * 2, TimeUnit.MILLISECONDS);
                  errors.add((int) result.count(Severity.ERROR));
                } catch (TimeoutException e) {
                  f.cancel(true);
                  synchronized (counts) {
                    counts[2]++;
                  }
                  keep(out, "hang", index, kind, input, e);
                } catch (java.util.concurrent.ExecutionException e) {
                  if (e.getCause() instanceof JuesuanException) {
                    synchronized (counts) {
                      counts[3]++;
                    }
                  } else {
                    synchronized (counts) {
                      counts[1]++;
                    }
                    keep(out, "crash", index, kind, input, e.getCause());
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                times.add((System.nanoTime() - t0) / 1_000_000);
                synchronized (counts) {
                  counts[0]++;
                }
                return null;
              }));
      if (running.size() >= threads * 4) {
        running.remove(0).get();
      }
    }
    for (Future<?> f : running) {
      f.get();
    }
    pool.shutdown();
    watch.shutdownNow();
    long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
    int[] errs = errors.stream().mapToInt(Integer::intValue).sorted().toArray();
    System.out.println("| measure | value |");
    System.out.println("| --- | --- |");
    System.out.println("| inputs run | " + counts[0] + " |");
    System.out.println("| crashes | " + counts[1] + " |");
    System.out.println("| hangs (> " + BOUND.toSeconds() * 2 + " s) | " + counts[2] + " |");
    System.out.println("| unreadable (clear message) | " + counts[3] + " |");
    System.out.println("| p50 time | " + pct(sorted, 50) + " ms |");
    System.out.println("| p99 time | " + pct(sorted, 99) + " ms |");
    System.out.println(
        "| max time | " + (sorted.length == 0 ? 0 : sorted[sorted.length - 1]) + " ms |");
    System.out.println("| max RSS | " + maxRssMb() + " MB |");
    System.out.println(
        "| errors per audited input (p50 / p99 / max) | "
            + pctI(errs, 50)
            + " / "
            + pctI(errs, 99)
            + " / "
            + (errs.length == 0 ? 0 : errs[errs.length - 1])
            + " |");
    System.out.println(
        "| wall time | "
            + (System.currentTimeMillis() - start) / 1000
            + " s, "
            + threads
            + " threads |");
    System.exit(counts[1] + counts[2] > 0 ? 1 : 0);
  }

  private static CheckResult run(String kind, byte[] input) {
    PublishedReport r = new ReportImporter(BOUND).read("fuzz." + kind, input);
    return new ReportAuditor().audit(r);
  }

  /** One to three mutations of the kinds a damaged download or a careless edit produces. */
  static byte[] mutate(byte[] base, Random r, boolean binary) {
    byte[] b = base.clone();
    int n = 1 + r.nextInt(3);
    for (int k = 0; k < n; k++) {
      int op = r.nextInt(binary ? 4 : 5);
      b =
          switch (op) {
            case 0 -> flip(b, r);
            case 1 -> Arrays.copyOf(b, Math.max(1, r.nextInt(b.length)));
            case 2 -> splice(b, r);
            case 3 -> delete(b, r);
            default -> textEdit(b, r);
          };
    }
    return b;
  }

  private static byte[] flip(byte[] b, Random r) {
    int flips = 1 + r.nextInt(200);
    for (int i = 0; i < flips; i++) {
      b[r.nextInt(b.length)] = (byte) r.nextInt(256);
    }
    return b;
  }

  private static byte[] splice(byte[] b, Random r) {
    int len = 1 + r.nextInt(Math.max(1, b.length / 20));
    int from = r.nextInt(Math.max(1, b.length - len));
    int to = r.nextInt(b.length);
    byte[] out = new byte[b.length + len];
    System.arraycopy(b, 0, out, 0, to);
    System.arraycopy(b, from, out, to, Math.min(len, b.length - from));
    System.arraycopy(b, to, out, to + len, b.length - to);
    return out;
  }

  private static byte[] delete(byte[] b, Random r) {
    int len = 1 + r.nextInt(Math.max(1, b.length / 20));
    int at = r.nextInt(Math.max(1, b.length - len));
    byte[] out = new byte[b.length - len];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(b, at + len, out, at, b.length - at - len);
    return out;
  }

  /** Random edits of a report's text: digits changed, lines dropped or doubled, words swapped. */
  private static byte[] textEdit(byte[] b, Random r) {
    String s = new String(b, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(Arrays.asList(s.split("\n", -1)));
    int edits = 1 + r.nextInt(20);
    for (int i = 0; i < edits && !lines.isEmpty(); i++) {
      int at = r.nextInt(lines.size());
      String line = lines.get(at);
      switch (r.nextInt(4)) {
        case 0 -> lines.remove(at);
        case 1 -> lines.add(at, line);
        case 2 -> lines.set(at, line.replaceAll("\\d", Integer.toString(r.nextInt(10))));
        default -> lines.set(at, new StringBuilder(line).reverse().toString());
      }
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  private static void keep(
      Path out, String what, int index, String kind, byte[] input, Throwable t) {
    try {
      Files.write(out.resolve(what + "-" + index + "." + kind), input);
      Files.writeString(out.resolve(what + "-" + index + ".txt"), String.valueOf(t));
    } catch (IOException e) {
      System.err.println("无法保存 " + what + "-" + index + "：" + e.getMessage());
    }
  }

  private static long pct(long[] sorted, int p) {
    return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
  }

  private static int pctI(int[] sorted, int p) {
    return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
  }

  /** The process's peak resident memory (Linux), in MB. */
  static long maxRssMb() {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (l.startsWith("VmHWM:")) {
          return Long.parseLong(l.replaceAll("\\D", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
