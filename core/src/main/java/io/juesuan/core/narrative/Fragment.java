package io.juesuan.core.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A piece of generated text with the figures it cites, in order; pieces join into a {@link
 * Sentence}.
 */
public record Fragment(String text, List<CitedFigure> figures) {
  public Fragment {
    Objects.requireNonNull(text, "text");
    figures = List.copyOf(figures);
  }

  public static Fragment of(String text) {
    return new Fragment(text, List.of());
  }

  public static Fragment empty() {
    return of("");
  }

  public static Fragment figure(CitedFigure figure) {
    return new Fragment(figure.text(), List.of(figure));
  }

  public boolean isEmpty() {
    return text.isEmpty();
  }

  public Fragment plus(Fragment other) {
    if (other.figures.isEmpty()) {
      return new Fragment(text + other.text, figures);
    }
    if (figures.isEmpty()) {
      return new Fragment(text + other.text, other.figures);
    }
    List<CitedFigure> f = new ArrayList<>(figures);
    f.addAll(other.figures);
    return new Fragment(text + other.text, f);
  }

  /** The non-empty parts joined with {@code separator}. */
  public static Fragment join(String separator, List<Fragment> parts) {
    StringBuilder text = new StringBuilder();
    List<CitedFigure> figures = new ArrayList<>();
    for (Fragment p : parts) {
      if (p.isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append(separator);
      }
      text.append(p.text);
      figures.addAll(p.figures);
    }
    return new Fragment(text.toString(), figures);
  }

  public Sentence sentence() {
    return new Sentence(text, figures);
  }
}
