package io.juesuan.core.rules;

import io.juesuan.core.table.TableId;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** Base of the rule kinds: carries the catalog line. */
abstract class SpecRule implements Rule {
  protected final RuleSpec spec;

  /** The tables the expression names, found once (the audit asks for every rule of a report). */
  private volatile Set<TableId> tables;

  SpecRule(RuleSpec spec) {
    this.spec = spec;
  }

  @Override
  public RuleId id() {
    return spec.id();
  }

  @Override
  public Severity severity() {
    return spec.severity();
  }

  @Override
  public String description() {
    return spec.description();
  }

  @Override
  public String kind() {
    return spec.kind();
  }

  @Override
  public String expression() {
    return spec.expression();
  }

  @Override
  public Set<TableId> tables() {
    Set<TableId> t = tables;
    if (t == null) {
      t = Collections.unmodifiableSet(new TreeSet<>(Rule.super.tables()));
      tables = t;
    }
    return t;
  }

  @Override
  public String toString() {
    return spec.id() + " " + spec.expression();
  }
}
