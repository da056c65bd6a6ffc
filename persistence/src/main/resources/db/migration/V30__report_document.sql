-- Frozen documents of a published version (PDF, DOCX, XLSX, HTML, cells CSV), produced once at
-- approval and served from here on every download (port io.juesuan.core.port.DocumentStore).
create table report_document (
  report_id bigint not null references report (id) on delete cascade,
  format varchar(10) not null,
  media_type varchar(120) not null,
  sha256 varchar(64) not null,
  byte_count int not null,
  body bytea not null,
  produced_at timestamp not null,
  primary key (report_id, format)
);
