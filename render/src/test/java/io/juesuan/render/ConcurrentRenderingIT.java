package io.juesuan.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.port.DocumentFormat;
import io.juesuan.render.check.PdfText;
import io.juesuan.testkit.SampleDatasets;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Documents rendered at the same time (the web application) share the parsed fonts and the HTML
 * font subsets: each gets the same PDF text and the same HTML as a document rendered alone.
 */
class ConcurrentRenderingIT {
  @Test
  void documentsRenderedAtOnceAreTheSameAsOneRenderedAlone() throws Exception {
    DisclosureRenderer renderer = new DisclosureRenderer();
    DisclosureDocument doc = renderer.assemble(SampleDatasets.caidian2023());
    String text = PdfText.of(renderer.render(doc, DocumentFormat.PDF));
    byte[] html = renderer.render(doc, DocumentFormat.HTML);
    int threads = 3;
    CountDownLatch start = new CountDownLatch(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<byte[]>> pdfs = new ArrayList<>();
      List<Future<byte[]>> pages = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        pdfs.add(
            pool.submit(
                () -> {
                  start.countDown();
                  start.await();
                  return renderer.render(doc, DocumentFormat.PDF);
                }));
      }
      for (int i = 0; i < threads; i++) {
        pages.add(pool.submit(() -> renderer.render(doc, DocumentFormat.HTML)));
      }
      for (Future<byte[]> pdf : pdfs) {
        assertThat(PdfText.of(pdf.get())).isEqualTo(text);
      }
      for (Future<byte[]> page : pages) {
        assertThat(new String(page.get(), StandardCharsets.UTF_8))
            .isEqualTo(new String(html, StandardCharsets.UTF_8));
      }
    } finally {
      pool.shutdown();
    }
  }
}
