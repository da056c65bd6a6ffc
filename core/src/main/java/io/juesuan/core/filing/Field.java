package io.juesuan.core.filing;

import io.juesuan.core.report.FinalAccounts;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One single-valued field of a department-year, once: its key ("fact.balances.priorTotal"), Chinese
 * name, kind (how a form edits it and how its text is parsed), the form group it belongs to,
 * whether a report cannot do without it, how to read it from the model and how to set it ({@code
 * with…}). {@link Fields} holds them all; sheets, edits, forms and the trail ask there.
 *
 * @param <T> the model's type of the value
 */
public final class Field<T> {
  /** How a value is typed and parsed. */
  public enum Kind {
    AMOUNT("amount"),
    COUNT("count"),
    TEXT("text"),
    LINE("line");

    private final String form;

    Kind(String form) {
      this.form = form;
    }

    /** The input the filing form shows for this kind. */
    public String form() {
      return form;
    }
  }

  /** Text → value for one kind; a problem message (Chinese) when the text is not one. */
  @FunctionalInterface
  interface Parser<T> {
    Parsed<T> parse(String text, FinalAccounts accounts);
  }

  /** The outcome of parsing: a value, or what is wrong with the text. */
  record Parsed<T>(Optional<T> value, Optional<String> problem) {
    static <T> Parsed<T> of(T value) {
      return new Parsed<>(Optional.of(value), Optional.empty());
    }

    static <T> Parsed<T> wrong(String problem) {
      return new Parsed<>(Optional.empty(), Optional.of(problem));
    }
  }

  private final String key;
  private final String label;
  private final Kind kind;
  private final String unit;
  private final String group;
  private final boolean required;
  private final Function<FinalAccounts, Optional<T>> getter;
  private final Function<T, String> printer;
  private final Parser<T> parser;
  private final BiFunction<FinalAccounts, Optional<T>, FinalAccounts> wither;

  Field(
      String key,
      String label,
      Kind kind,
      String unit,
      String group,
      boolean required,
      Function<FinalAccounts, Optional<T>> getter,
      Function<T, String> printer,
      Parser<T> parser,
      BiFunction<FinalAccounts, Optional<T>, FinalAccounts> wither) {
    this.key = key;
    this.label = label;
    this.kind = kind;
    this.unit = unit;
    this.group = group;
    this.required = required;
    this.getter = getter;
    this.printer = printer;
    this.parser = parser;
    this.wither = wither;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  public Kind kind() {
    return kind;
  }

  /**
   * The unit a value is given in: a count's measure word ("个", "辆"), empty for texts; amounts are
   * in the report's unit ({@link FinalAccounts#unit()}), so theirs is empty too.
   */
  public String unit() {
    return unit;
  }

  /** The id of the form group ({@link Fields#groups()}) the field is edited in. */
  public String group() {
    return group;
  }

  /** Whether it may not be blank. */
  public boolean required() {
    return required;
  }

  /** Whether a filer may change it (the department's name and kind come from the directory). */
  public boolean editable() {
    return wither != null;
  }

  /** The field's value as the sheet, the forms and the API show it. */
  public Optional<String> value(FinalAccounts accounts) {
    return getter.apply(accounts).map(printer);
  }

  /**
   * The accounts with this field set from what a filer typed (blank clears an optional field); what
   * is wrong goes to {@code problems} and the accounts are returned unchanged.
   */
  public FinalAccounts set(FinalAccounts accounts, String text, List<String> problems) {
    if (!editable()) {
      problems.add("「" + label + "」不可在此修改");
      return accounts;
    }
    String t = text == null ? "" : text.trim();
    if (t.isEmpty()) {
      if (required) {
        problems.add("「" + label + "」不能为空");
        return accounts;
      }
      return wither.apply(accounts, Optional.empty());
    }
    Parsed<T> parsed = parser.parse(t, accounts);
    if (parsed.problem().isPresent()) {
      problems.add("「" + label + "」：" + parsed.problem().get());
      return accounts;
    }
    return wither.apply(accounts, parsed.value());
  }

  @Override
  public String toString() {
    return key;
  }
}
