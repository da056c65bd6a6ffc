package io.juesuan.core.rules;

/** Base of the rule kinds: carries the catalog line. */
abstract class SpecRule implements Rule {
  protected final RuleSpec spec;

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
  public String toString() {
    return spec.id() + " " + spec.expression();
  }
}
