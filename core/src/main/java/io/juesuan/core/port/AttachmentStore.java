package io.juesuan.core.port;

import io.juesuan.core.filing.Attachment;
import java.util.List;
import java.util.Optional;

/** Files attached to a report (a reviewer's 更正说明 with a return). */
public interface AttachmentStore {
  /** Keeps an attachment of a report; its id. */
  long add(long reportId, Attachment attachment);

  /** The attachments of a report, oldest first. */
  List<Attachment.Info> list(long reportId);

  /** One attachment of a report. */
  Optional<Attachment> get(long reportId, long attachmentId);
}
