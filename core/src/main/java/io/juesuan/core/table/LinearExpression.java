package io.juesuan.core.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sum of signed terms, "a+b-c", as written in layout and rule resources. What a term means (a
 * cell, a row, a leaf-fact measure) is up to the reader; this only splits and keeps signs.
 */
public record LinearExpression(List<Term> terms) {

  /** One term with its sign (+1 or -1). */
  public record Term(int sign, String text) {
    public Term {
      Objects.requireNonNull(text, "text");
      if (sign != 1 && sign != -1) {
        throw new IllegalArgumentException("sign");
      }
    }
  }

  public LinearExpression {
    terms = List.copyOf(terms);
    if (terms.isEmpty()) {
      throw new IllegalArgumentException("表达式为空");
    }
  }

  /** Parses "a + b − c" (ASCII or full-width plus/minus; "−" U+2212 too). */
  public static LinearExpression parse(String text) {
    String t = text.replace('＋', '+').replace('－', '-').replace('−', '-').replaceAll("\\s+", "");
    List<Term> terms = new ArrayList<>();
    int sign = 1;
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '+' || c == '-') {
        if (cur.length() > 0) {
          terms.add(new Term(sign, cur.toString()));
          cur.setLength(0);
        } else if (!terms.isEmpty() || i > 0) {
          throw new IllegalArgumentException("表达式有连续运算符: " + text);
        }
        sign = c == '+' ? 1 : -1;
      } else {
        cur.append(c);
      }
    }
    if (cur.length() == 0) {
      throw new IllegalArgumentException("表达式以运算符结尾: " + text);
    }
    terms.add(new Term(sign, cur.toString()));
    return new LinearExpression(terms);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (Term term : terms) {
      if (b.length() > 0 || term.sign() < 0) {
        b.append(term.sign() < 0 ? " - " : " + ");
      }
      b.append(term.text());
    }
    return b.toString();
  }
}
