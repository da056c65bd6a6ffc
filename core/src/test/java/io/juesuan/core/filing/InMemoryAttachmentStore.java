package io.juesuan.core.filing;

import io.juesuan.core.port.AttachmentStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link AttachmentStore} in a list, for use-case tests. */
final class InMemoryAttachmentStore implements AttachmentStore {
  private record Row(long id, long reportId, Attachment attachment) {}

  private final List<Row> rows = new ArrayList<>();

  @Override
  public synchronized long add(long reportId, Attachment attachment) {
    long id = rows.size() + 1;
    rows.add(new Row(id, reportId, attachment));
    return id;
  }

  @Override
  public synchronized List<Attachment.Info> list(long reportId) {
    return rows.stream()
        .filter(r -> r.reportId() == reportId)
        .map(
            r ->
                new Attachment.Info(
                    r.id(),
                    r.attachment().fileName(),
                    r.attachment().mediaType(),
                    r.attachment().bytes().length,
                    r.attachment().addedBy(),
                    r.attachment().addedAt()))
        .toList();
  }

  @Override
  public synchronized Optional<Attachment> get(long reportId, long attachmentId) {
    return rows.stream()
        .filter(r -> r.reportId() == reportId && r.id() == attachmentId)
        .map(Row::attachment)
        .findFirst();
  }
}
