package io.github.coexist.powershell;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * A typed argument of a cmdlet parameter. User text is only ever a {@link Text} (a single-quoted
 * literal); enum values, booleans, numbers and variables come from typed values and are checked to
 * be plain words, so no argument can change the shape of its statement.
 *
 * <pre>{@code
 * PsValue.text("Inbound from Domino")     // 'Inbound from Domino'
 * PsValue.word("InternalLegacy")          // InternalLegacy
 * PsValue.bool(false)                     // $false
 * PsValue.list(List.of(PsValue.text("a"), PsValue.text("b")))   // 'a','b'
 * }</pre>
 */
public sealed interface PsValue {
  /** A single-quoted literal of user text; see {@link PsText}. */
  record Text(String value) implements PsValue {
    /** Refuses text {@link PsText#firstUnsafe} reports. */
    public Text {
      Objects.requireNonNull(value, "value");
      PsText.requireSafe("value", value);
    }
  }

  /**
   * A bare word from a typed value: an enum's Exchange spelling, {@code Unlimited}, {@code Latest}.
   */
  record Word(String value) implements PsValue {
    /** Refuses anything but ASCII letters and digits (a letter first). */
    public Word {
      Objects.requireNonNull(value, "value");
      if (!AsciiNames.isWord(value)) {
        throw new IllegalArgumentException("not a bare word: " + PsText.quote(value));
      }
    }
  }

  /** {@code $true} or {@code $false}. */
  record Bool(boolean value) implements PsValue {}

  /** A non-negative integer, written in decimal digits. */
  // PowerShell's name of the kind; always written qualified, PsValue.Number.
  @SuppressWarnings("JavaLangClash")
  record Number(long value) implements PsValue {
    /** Refuses negative numbers (no Exchange parameter of coexist takes one). */
    public Number {
      if (value < 0) {
        throw new IllegalArgumentException("negative number: " + value);
      }
    }
  }

  /** {@code $null}: the attribute is cleared. */
  record Null() implements PsValue {}

  /** A reference to a script variable, e.g. {@code $TranscriptPath}. */
  record Variable(String name) implements PsValue {
    /** Refuses anything but ASCII letters and digits (a letter first). */
    public Variable {
      Objects.requireNonNull(name, "name");
      if (!AsciiNames.isWord(name)) {
        throw new IllegalArgumentException("not a variable name: " + PsText.quote(name));
      }
    }
  }

  /**
   * {@code ([string]$variable[0].Guid)}: the Guid of the object a lookup found, as text. Used where
   * the object was found by something other than its name (a domain by its DomainName).
   */
  record GuidOf(String variable) implements PsValue {
    /** Checks the variable name. */
    public GuidOf {
      Objects.requireNonNull(variable, "variable");
      new Variable(variable);
    }
  }

  /** A comma-separated list; each element is a {@link Text}, never a nested list. */
  record ListValue(ImmutableList<Text> elements) implements PsValue {
    /** Refuses an empty list (an empty list is written {@code $null}). */
    public ListValue {
      if (elements.isEmpty()) {
        throw new IllegalArgumentException("an empty list is written $null");
      }
    }
  }

  /** A single-quoted literal. */
  static Text text(String value) {
    return new Text(value);
  }

  /** A bare word. */
  static Word word(String value) {
    return new Word(value);
  }

  /** A boolean. */
  static Bool bool(boolean value) {
    return new Bool(value);
  }

  /** A number. */
  static Number number(long value) {
    return new Number(value);
  }

  /** {@code $null}. */
  static Null nullValue() {
    return new Null();
  }

  /** A variable reference. */
  static Variable variable(String name) {
    return new Variable(name);
  }

  /** A list of literals. */
  static ListValue list(List<Text> elements) {
    return new ListValue(ImmutableList.copyOf(elements));
  }
}
