package io.juesuan.core.usecase;

import io.juesuan.core.filing.Actor;
import io.juesuan.core.filing.ReportEvent;
import io.juesuan.core.filing.ReportHeader;
import io.juesuan.core.filing.ReportState;
import io.juesuan.core.port.ReportRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A state change as the use cases make it: allowed by {@link ReportState#canMoveTo}, in the trail.
 */
final class Transitions {
  private final ReportRepository reports;
  private final Clock clock;

  Transitions(ReportRepository reports, Clock clock) {
    this.reports = reports;
    this.clock = clock;
  }

  void move(
      Actor actor, ReportHeader header, int lockVersion, ReportState to, Optional<String> note) {
    if (!header.state().canMoveTo(to)) {
      throw new IllegalStateException(header.state() + " → " + to + " is not a transition");
    }
    Instant now = clock.instant();
    reports.changeState(header.id(), lockVersion, header.state(), to, now);
    reports.append(
        List.of(ReportEvent.state(header.id(), now, actor.username(), header.state(), to, note)));
  }
}
