package io.juesuan.web.document;

import io.juesuan.core.port.StoredDocument;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The most recently served frozen documents, in memory, up to a total size: a publication-day crowd
 * downloads the same few files, which then cost neither a database read nor a render. Safe because
 * a frozen document never changes.
 */
final class DocumentCache {
  private final long maxBytes;
  private final LinkedHashMap<String, StoredDocument> entries =
      new LinkedHashMap<>(16, 0.75f, true);
  private long bytes;

  DocumentCache(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  synchronized Optional<StoredDocument> get(long reportId, String format) {
    return Optional.ofNullable(entries.get(reportId + "/" + format));
  }

  synchronized void put(long reportId, StoredDocument d) {
    if (d.bytes().length > maxBytes / 4) {
      return;
    }
    StoredDocument old = entries.put(reportId + "/" + d.format(), d);
    bytes += d.bytes().length - (old == null ? 0 : old.bytes().length);
    Iterator<Map.Entry<String, StoredDocument>> it = entries.entrySet().iterator();
    while (bytes > maxBytes && it.hasNext()) {
      bytes -= it.next().getValue().bytes().length;
      it.remove();
    }
  }
}
