package io.juesuan.web.document;

import io.juesuan.core.JuesuanException;
import io.juesuan.core.port.DocumentFormat;
import io.juesuan.core.port.DocumentRenderer;
import io.juesuan.core.port.DocumentStore;
import io.juesuan.core.port.StoredDocument;
import io.juesuan.core.report.FinalAccounts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The documents of a published version — PDF, DOCX, XLSX, HTML and the cells CSV — produced once
 * (at approval) and kept in the {@link DocumentStore}: a published version is frozen, so a download
 * never renders again. Versions published before the store existed are produced at their first
 * download, once per instance at a time. Recently served documents are also kept in memory.
 */
@Service
public class FrozenDocuments {
  /** Every format a published version is kept in: the four documents and the cells CSV. */
  public static final List<String> FORMATS = List.of("pdf", "docx", "xlsx", "html", "csv");

  private static final Logger LOG = LoggerFactory.getLogger(FrozenDocuments.class);
  private final DocumentStore store;
  private final ObjectProvider<DocumentRenderer> renderer;
  private final Clock clock;
  private final DocumentCache cache = new DocumentCache(96L * 1024 * 1024);
  private final ConcurrentHashMap<Long, Object> producing = new ConcurrentHashMap<>();

  FrozenDocuments(DocumentStore store, ObjectProvider<DocumentRenderer> renderer, Clock clock) {
    this.store = store;
    this.renderer = renderer;
    this.clock = clock;
  }

  /**
   * Produces and stores every document of a version now; throws {@link
   * DocumentsNotProducedException} naming each format that cannot be produced and why.
   */
  public void produce(long reportId, FinalAccounts accounts) {
    store.putAll(reportId, render(accounts));
  }

  /** The frozen document of a published version, produced first if it never was. */
  public StoredDocument get(long reportId, String format, Supplier<FinalAccounts> accounts) {
    Optional<StoredDocument> cached = cache.get(reportId, format);
    if (cached.isPresent()) {
      return cached.get();
    }
    StoredDocument d =
        store
            .get(reportId, format)
            .orElseGet(
                () -> {
                  synchronized (producing.computeIfAbsent(reportId, k -> new Object())) {
                    return store
                        .get(reportId, format)
                        .orElseGet(
                            () -> {
                              produce(reportId, accounts.get());
                              return store.get(reportId, format).orElseThrow();
                            });
                  }
                });
    cache.put(reportId, d);
    return d;
  }

  List<StoredDocument> render(FinalAccounts accounts) {
    DocumentRenderer r = renderer.getIfAvailable();
    if (r == null) {
      throw new DocumentsNotProducedException(List.of("文档生成组件（juesuan-render）未安装"));
    }
    List<StoredDocument> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (DocumentFormat f : DocumentFormat.values()) {
      try {
        out.add(document(f.extension(), f.mediaType(), r.render(accounts, f)));
      } catch (JuesuanException e) {
        problems.add(f.name() + " " + e.getMessage());
      } catch (RuntimeException e) {
        LOG.error("生成 {} 失败", f, e);
        problems.add(f.name() + " 生成失败（内部错误，详见服务器日志）");
      }
    }
    try {
      out.add(
          document(
              "csv",
              "text/csv; charset=UTF-8",
              DocumentService.cellsCsv(accounts).getBytes(StandardCharsets.UTF_8)));
    } catch (RuntimeException e) {
      LOG.error("生成单元格 CSV 失败", e);
      problems.add("CSV 生成失败（内部错误，详见服务器日志）");
    }
    if (!problems.isEmpty()) {
      throw new DocumentsNotProducedException(problems);
    }
    return out;
  }

  private StoredDocument document(String format, String mediaType, byte[] bytes) {
    return new StoredDocument(format, mediaType, bytes, sha256(bytes), clock.instant());
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
