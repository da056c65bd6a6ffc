package io.juesuan.core.filing;

import io.juesuan.core.port.ReportRepository;
import io.juesuan.core.report.FinalAccounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link ReportRepository} port in memory, for the use cases' unit tests (ddd-library style).
 */
public final class InMemoryReportRepository implements ReportRepository {
  private final Map<Long, ReportHeader> headers = new HashMap<>();
  private final Map<Long, FinalAccounts> facts = new HashMap<>();
  private final List<ReportEvent> events = new ArrayList<>();
  private long nextId = 1;

  @Override
  public long create(
      long departmentId,
      int versionNo,
      ReportState state,
      FinalAccounts accounts,
      FindingCounts counts,
      String actor,
      Instant now) {
    long id = nextId++;
    String name = accounts.department().name();
    headers.put(
        id,
        new ReportHeader(
            id,
            departmentId,
            accounts.fiscalYear(),
            versionNo,
            state,
            name,
            accounts.department().shortName(),
            0,
            counts,
            actor,
            now,
            now,
            Optional.empty(),
            Optional.empty()));
    facts.put(id, accounts);
    return id;
  }

  @Override
  public int replaceFacts(
      long id, int lockVersion, FinalAccounts accounts, FindingCounts counts, Instant now) {
    ReportHeader h = current(id, lockVersion);
    headers.put(id, copy(h, h.state(), counts, h.submittedAt(), h.publishedAt(), now));
    facts.put(id, accounts);
    return lockVersion + 1;
  }

  @Override
  public void changeState(long id, int lockVersion, ReportState from, ReportState to, Instant now) {
    ReportHeader h = current(id, lockVersion);
    if (h.state() != from) {
      throw new StaleReportException(id, lockVersion);
    }
    Optional<Instant> submitted = to == ReportState.SUBMITTED ? Optional.of(now) : h.submittedAt();
    Optional<Instant> published = to == ReportState.PUBLISHED ? Optional.of(now) : h.publishedAt();
    headers.put(id, copy(h, to, h.counts(), submitted, published, now));
  }

  @Override
  public FinalAccounts load(long id) {
    return Optional.ofNullable(facts.get(id)).orElseThrow();
  }

  @Override
  public Optional<ReportHeader> header(long id) {
    return Optional.ofNullable(headers.get(id));
  }

  @Override
  public List<ReportHeader> find(ReportQuery q) {
    return headers.values().stream()
        .filter(h -> q.states().isEmpty() || q.states().contains(h.state()))
        .filter(h -> q.departmentId().map(d -> d == h.departmentId()).orElse(true))
        .filter(h -> q.fiscalYear().map(y -> y == h.fiscalYear()).orElse(true))
        .filter(h -> q.text().map(t -> h.deptName().contains(t)).orElse(true))
        .sorted(
            Comparator.comparing(ReportHeader::fiscalYear)
                .reversed()
                .thenComparing(ReportHeader::deptName)
                .thenComparing(ReportHeader::versionNo, Comparator.reverseOrder()))
        .toList();
  }

  @Override
  public int nextVersion(long departmentId, int fiscalYear) {
    return headers.values().stream()
            .filter(h -> h.departmentId() == departmentId && h.fiscalYear() == fiscalYear)
            .mapToInt(ReportHeader::versionNo)
            .max()
            .orElse(0)
        + 1;
  }

  @Override
  public void append(List<ReportEvent> more) {
    for (ReportEvent e : more) {
      events.add(0, e);
    }
  }

  @Override
  public List<ReportEvent> events(long id) {
    return events.stream().filter(e -> e.reportId() == id).toList();
  }

  private ReportHeader current(long id, int lockVersion) {
    ReportHeader h = header(id).orElseThrow();
    if (h.lockVersion() != lockVersion) {
      throw new StaleReportException(id, lockVersion);
    }
    return h;
  }

  private static ReportHeader copy(
      ReportHeader h,
      ReportState state,
      FindingCounts counts,
      Optional<Instant> submitted,
      Optional<Instant> published,
      Instant now) {
    return new ReportHeader(
        h.id(),
        h.departmentId(),
        h.fiscalYear(),
        h.versionNo(),
        state,
        h.deptName(),
        h.deptShortName(),
        h.lockVersion() + 1,
        counts,
        h.createdBy(),
        h.createdAt(),
        now,
        submitted,
        published);
  }
}
