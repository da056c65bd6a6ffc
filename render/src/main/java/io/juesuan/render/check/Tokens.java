package io.juesuan.render.check;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a PDF content stream or CMap, for reading text: strings (as their bytes), names,
 * arrays (as lists), numbers (read only when asked for, {@link #number}) and operators; the
 * delimiters of dictionaries and procedures come as {@link #OTHER}. Comments and white space are
 * skipped.
 */
final class Tokens {
  /** An operator ({@code Tj}, {@code beginbfchar}). */
  record Operator(String name) {}

  /** A name ({@code /F1}), without its slash. */
  record Name(String name) {}

  /** A number, by where it is in the bytes. */
  record Number(int start, int end) {}

  /** A dictionary or procedure delimiter, a stray delimiter. */
  static final Object OTHER = new Object();

  private static final Object END_ARRAY = new Object();

  private final byte[] b;
  private int i;

  Tokens(byte[] b) {
    this.b = b;
  }

  /** The next token, null at the end. */
  Object next() {
    skipSpace();
    if (i >= b.length) {
      return null;
    }
    int c = b[i] & 0xFF;
    switch (c) {
      case '(':
        return literal();
      case '<':
        if (i + 1 < b.length && b[i + 1] == '<') {
          i += 2;
          return OTHER;
        }
        return hex();
      case '>':
        i += i + 1 < b.length && b[i + 1] == '>' ? 2 : 1;
        return OTHER;
      case '[':
        i++;
        return array();
      case ']':
        i++;
        return END_ARRAY;
      case '/':
        i++;
        return new Name(regular());
      case ')', '{', '}': // a stray parenthesis, a procedure
        i++;
        return OTHER;
      default:
        int start = i;
        String word = regular();
        if (c == '+' || c == '-' || c == '.' || c >= '0' && c <= '9') {
          return new Number(start, i);
        }
        return new Operator(word);
    }
  }

  /** The value of a number token; NaN for any other token or a malformed number. */
  double number(Object token) {
    if (!(token instanceof Number n)) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(
          new String(b, n.start(), n.end() - n.start(), StandardCharsets.US_ASCII));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private List<Object> array() {
    List<Object> items = new ArrayList<>();
    Object t;
    while ((t = next()) != null && t != END_ARRAY) {
      items.add(t);
    }
    return items;
  }

  private void skipSpace() {
    while (i < b.length) {
      byte c = b[i];
      if (space(c)) {
        i++;
      } else if (c == '%') {
        while (i < b.length && b[i] != '\n' && b[i] != '\r') {
          i++;
        }
      } else {
        return;
      }
    }
  }

  private static boolean space(byte c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
  }

  private String regular() {
    int start = i;
    while (i < b.length && !space(b[i]) && !delimiter(b[i])) {
      i++;
    }
    return new String(b, start, i - start, StandardCharsets.ISO_8859_1);
  }

  private static boolean delimiter(byte c) {
    return switch (c) {
      case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%' -> true;
      default -> false;
    };
  }

  private byte[] hex() {
    i++; // <
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int high = -1;
    while (i < b.length && b[i] != '>') {
      int v = Character.digit(b[i++], 16);
      if (v < 0) {
        continue; // white space inside the string
      }
      if (high < 0) {
        high = v;
      } else {
        out.write(high << 4 | v);
        high = -1;
      }
    }
    if (high >= 0) {
      out.write(high << 4); // an odd digit count: the last digit is followed by 0
    }
    i++; // >
    return out.toByteArray();
  }

  private byte[] literal() {
    i++; // (
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int depth = 1;
    while (i < b.length) {
      int c = b[i++] & 0xFF;
      if (c == '\\' && i < b.length) {
        escape(out);
      } else if (c == '(') {
        depth++;
        out.write(c);
      } else if (c == ')') {
        if (--depth == 0) {
          break;
        }
        out.write(c);
      } else {
        out.write(c);
      }
    }
    return out.toByteArray();
  }

  private void escape(ByteArrayOutputStream out) {
    int e = b[i++] & 0xFF;
    switch (e) {
      case 'n' -> out.write('\n');
      case 'r' -> out.write('\r');
      case 't' -> out.write('\t');
      case 'b' -> out.write('\b');
      case 'f' -> out.write('\f');
      case '\r' -> {
        if (i < b.length && b[i] == '\n') {
          i++; // a line continued
        }
      }
      case '\n' -> {
        // a line continued
      }
      default -> {
        if (e >= '0' && e <= '7') {
          int v = e - '0';
          for (int k = 0; k < 2 && i < b.length && b[i] >= '0' && b[i] <= '7'; k++) {
            v = v * 8 + b[i++] - '0';
          }
          out.write(v & 0xFF);
        } else {
          out.write(e); // \( \) \\ and any other escaped byte stand for themselves
        }
      }
    }
  }
}
