package io.github.coexist.core.text;

import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * The one definition of the characters that make user text unsafe or misleading once it reaches a
 * script, a file or a console: each category is named, documented with why it matters and where the
 * fact comes from, and each layer's policy is a named composition of categories, in the style of
 * Guava's {@code CharMatcher} but over code points (a category such as {@link #format()} holds
 * supplementary characters).
 *
 * <pre>{@code
 * UnsafeText.invisible().indexIn("Contoso" + (char) 0x200B)  // 7: zero width space
 * UnsafeText.notesIniConsoleValue().matches('"')           // true
 * UnsafeText.powerShellSingleQuotes().matches(0x2019)     // true: ’
 * }</pre>
 *
 * <p>A string is walked with {@link String#codePointAt}: a well-formed surrogate pair is one
 * supplementary code point, and an unpaired surrogate is seen as its own code point and so matched
 * by {@link #loneSurrogates()}.
 *
 * <p>The policies ({@link #invisible()}, {@link #notesIniConsoleValue()}, {@link
 * #escapedInMessages()}) are what validation, the emitters, the CLI and the readers share: whatever
 * validation accepts every layer accepts, and the reverse (each module's {@code
 * TextPolicyAgreementTest}).
 */
public final class UnsafeText {
  private final String name;
  private final IntPredicate test;
  // Membership of U+0000..U+007F, precomputed: nearly every character of a plan is ASCII.
  private final long asciiLow;
  private final long asciiHigh;

  private UnsafeText(String name, IntPredicate test) {
    this.name = name;
    this.test = test;
    long low = 0;
    long high = 0;
    for (int c = 0; c < 64; c++) {
      if (test.test(c)) {
        low |= 1L << c;
      }
      if (test.test(c + 64)) {
        high |= 1L << c;
      }
    }
    this.asciiLow = low;
    this.asciiHigh = high;
  }

  // ---------------------------------------------------------------------------------------------
  // Categories
  // ---------------------------------------------------------------------------------------------

  private static final UnsafeText CONTROLS =
      new UnsafeText(
          "controls", cp -> cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)); // general category Cc

  /**
   * C0 and C1 control characters and DEL, U+0000–U+001F and U+007F–U+009F (Unicode general category
   * Cc), TAB, CR, LF and NEL (U+0085) included. A line break ends a statement, a notes.ini line or
   * a console command, so text carrying one injects a second one; NUL ends a C string early (Domino
   * reads notes.ini values as C strings); the others are invisible in every admin tool. Source:
   * Unicode Standard, section 23.1 "Control Codes",
   * https://www.unicode.org/versions/latest/ch23.pdf.
   */
  public static UnsafeText controls() {
    return CONTROLS;
  }

  private static final UnsafeText LINE_BREAKS =
      new UnsafeText(
          "line breaks",
          cp -> cp == '\n' || cp == 0x0B || cp == 0x0C || cp == '\r' || cp == 0x85 || isZlZp(cp));

  /**
   * The characters that end a line for some reader: LF, VT, FF, CR, NEL (U+0085), LINE SEPARATOR
   * (U+2028) and PARAGRAPH SEPARATOR (U+2029), Unicode's mandatory breaks. PowerShell's tokenizer
   * and many editors end a line at more of them than {@code \n}, so a value holding one is two
   * lines to one tool and one line to another. Source: UAX #14 "Unicode Line Breaking Algorithm",
   * classes BK, CR, LF and NL, https://www.unicode.org/reports/tr14/.
   */
  public static UnsafeText lineBreaks() {
    return LINE_BREAKS;
  }

  private static final UnsafeText LINE_SEPARATORS =
      new UnsafeText("line separators", UnsafeText::isZlZp);

  /**
   * U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR (general categories Zl and Zp): not
   * controls, so a check for controls alone misses them, and line breaks to Windows PowerShell 5.1
   * and JavaScript. Source: https://www.unicode.org/reports/tr14/ (class BK).
   */
  public static UnsafeText lineSeparators() {
    return LINE_SEPARATORS;
  }

  private static final UnsafeText FORMAT =
      new UnsafeText("format characters", cp -> Character.getType(cp) == Character.FORMAT);

  /**
   * Unicode format characters (general category Cf): bidi controls, zero width space, joiners, word
   * joiner, soft hyphen U+00AD, byte order mark U+FEFF, tag characters U+E0001–U+E007F. They
   * display as nothing or reorder what is displayed, so the text a reviewer reads is not the text
   * that runs. Source: Unicode Standard, section 23.2 "Layout Controls",
   * https://www.unicode.org/versions/latest/ch23.pdf, and UTS #39 "Unicode Security Mechanisms",
   * https://www.unicode.org/reports/tr39/.
   */
  public static UnsafeText format() {
    return FORMAT;
  }

  private static final UnsafeText BIDI_CONTROLS =
      new UnsafeText(
          "bidi controls",
          cp ->
              cp == 0x061C
                  || cp == 0x200E
                  || cp == 0x200F
                  || (cp >= 0x202A && cp <= 0x202E)
                  || (cp >= 0x2066 && cp <= 0x2069));

  /**
   * The bidirectional controls (property Bidi_Control): ALM U+061C, LRM U+200E, RLM U+200F, the
   * embeddings and overrides U+202A–U+202E and the isolates U+2066–U+2069. They display text in
   * another order than it is stored ("Trojan Source", CVE-2021-42574). All are also {@link
   * #format()} characters. Source: UAX #9 "Unicode Bidirectional Algorithm", section 2 "Directional
   * Formatting Characters", https://www.unicode.org/reports/tr9/.
   */
  public static UnsafeText bidiControls() {
    return BIDI_CONTROLS;
  }

  private static final UnsafeText JOINERS =
      new UnsafeText("joiners", cp -> cp == 0x200C || cp == 0x200D);

  /**
   * ZERO WIDTH NON-JOINER U+200C and ZERO WIDTH JOINER U+200D: format characters that some scripts
   * (Persian, Indic, emoji sequences) need to spell words, and invisible like the others. coexist
   * refuses them with the rest of {@link #format()}: no Exchange or Domino name here needs one.
   * Source: Unicode Standard, section 23.2, https://www.unicode.org/versions/latest/ch23.pdf.
   */
  public static UnsafeText joiners() {
    return JOINERS;
  }

  private static final UnsafeText LONE_SURROGATES =
      new UnsafeText("lone surrogates", cp -> cp >= 0xD800 && cp <= 0xDFFF);

  /**
   * Surrogate code units that are not half of a well-formed pair (general category Cs as {@link
   * String#codePointAt} returns them). They cannot be encoded in UTF-8 or any other charset: the
   * bytes written would not be the plan's text. Source: Unicode Standard, section 3.8 "Surrogates",
   * https://www.unicode.org/versions/latest/ch03.pdf.
   */
  public static UnsafeText loneSurrogates() {
    return LONE_SURROGATES;
  }

  private static final UnsafeText NON_ASCII_SPACES =
      new UnsafeText(
          "spaces other than U+0020",
          cp -> cp != ' ' && Character.getType(cp) == Character.SPACE_SEPARATOR);

  /**
   * Spaces other than U+0020 (general category Zs): NO-BREAK SPACE U+00A0, OGHAM SPACE MARK U+1680,
   * U+2000–U+200A, NARROW NO-BREAK SPACE U+202F, U+205F, IDEOGRAPHIC SPACE U+3000. "A B" and "A B"
   * with U+0020 and with U+00A0 look the same and are two names to Exchange and Domino. Source: UTS
   * #39, section 4 "Confusable Detection", https://www.unicode.org/reports/tr39/.
   */
  public static UnsafeText nonAsciiSpaces() {
    return NON_ASCII_SPACES;
  }

  private static final UnsafeText BLANK_LOOKALIKES =
      new UnsafeText(
          "blank lookalikes",
          cp ->
              cp == 0x034F // combining grapheme joiner
                  || cp == 0x115F
                  || cp == 0x1160
                  || cp == 0x3164
                  || cp == 0xFFA0 // Hangul fillers
                  || cp == 0x17B4
                  || cp == 0x17B5 // Khmer inherent vowels
                  || (cp >= 0x180B && cp <= 0x180F) // Mongolian selectors and vowel separator
                  || (cp >= 0xFE00 && cp <= 0xFE0F)
                  || (cp >= 0xE0100 && cp <= 0xE01EF) // variation selectors
                  || cp == 0x2800); // Braille pattern blank

  /**
   * Characters that display as nothing though they are letters, marks or symbols: the
   * default-ignorable combining grapheme joiner U+034F, the Hangul fillers U+115F, U+1160, U+3164,
   * U+FFA0, the Khmer inherent vowels U+17B4/U+17B5, the Mongolian free variation selectors and
   * vowel separator U+180B–U+180F, the variation selectors U+FE00–U+FE0F and U+E0100–U+E01EF, and
   * the blank Braille pattern U+2800. "A" and "A" followed by U+3164 look the same. Source: Unicode
   * property Default_Ignorable_Code_Point, https://www.unicode.org/reports/tr44/ and
   * https://www.unicode.org/Public/UCD/latest/ucd/DerivedCoreProperties.txt.
   */
  public static UnsafeText blankLookalikes() {
    return BLANK_LOOKALIKES;
  }

  private static final UnsafeText POWERSHELL_SINGLE_QUOTES =
      new UnsafeText(
          "PowerShell single quotes",
          cp -> cp == '\'' || cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x201B);

  /**
   * The five characters PowerShell's tokenizer takes for a single quote: ' U+0027, ‘ U+2018, ’
   * U+2019, ‚ U+201A and ‛ U+201B. Any of them ends a single-quoted string, so each is doubled
   * inside one. Source: PowerShell language specification, section 2.3.5.2 "String literals"
   * (single-quote-character), https://learn.microsoft.com/powershell/scripting/lang-spec/chapter-02
   * and about_Quoting_Rules,
   * https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_quoting_rules.
   */
  public static UnsafeText powerShellSingleQuotes() {
    return POWERSHELL_SINGLE_QUOTES;
  }

  private static final UnsafeText POWERSHELL_DOUBLE_QUOTES =
      new UnsafeText(
          "PowerShell double quotes",
          cp -> cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E);

  /**
   * The four characters PowerShell's tokenizer takes for a double quote: " U+0022, “ U+201C, ”
   * U+201D and „ U+201E. coexist never writes user text in double quotes (they expand {@code $} and
   * backticks); the category is named so that a check of emitted scripts can find every string
   * start. Source: PowerShell language specification, section 2.3.5.2 (double-quote-character),
   * https://learn.microsoft.com/powershell/scripting/lang-spec/chapter-02.
   */
  public static UnsafeText powerShellDoubleQuotes() {
    return POWERSHELL_DOUBLE_QUOTES;
  }

  private static final UnsafeText DOUBLE_QUOTE = new UnsafeText("'\"'", cp -> cp == '"');

  /**
   * The ASCII double quote U+0022. HCL does not document how the Domino console's {@code set
   * config} treats quotes, so a value with one is refused where it may reach the console. Source:
   * HCL Domino documentation, "Set Configuration" server command,
   * https://help.hcl-software.com/domino/14.0.0/admin/admn_setconfiguration_r.html.
   */
  public static UnsafeText doubleQuote() {
    return DOUBLE_QUOTE;
  }

  private static final UnsafeText NON_ASCII = new UnsafeText("non-ASCII", cp -> cp >= 0x80);

  /**
   * Every code point from U+0080: bytes that a reader may decode in another charset than the one
   * written (Windows PowerShell 5.1 reads a script without a BOM in the ANSI code page, where 0x82
   * is a single quote). Source: about_Character_Encoding,
   * https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_character_encoding.
   */
  public static UnsafeText nonAscii() {
    return NON_ASCII;
  }

  // ---------------------------------------------------------------------------------------------
  // Policies: named compositions of the categories
  // ---------------------------------------------------------------------------------------------

  private static final UnsafeText ESCAPED_IN_MESSAGES =
      CONTROLS.or(LINE_SEPARATORS).or(FORMAT).or(LONE_SURROGATES).named("escaped in messages");

  /**
   * What a message, a log line or a Markdown page writes as an escape ({@code \}{@code u200F},
   * {@code U+200F}) instead of the character, so that quoted user text stays one visible line:
   * {@link #controls()}, {@link #lineSeparators()}, {@link #format()} and {@link
   * #loneSurrogates()}.
   */
  public static UnsafeText escapedInMessages() {
    return ESCAPED_IN_MESSAGES;
  }

  private static final UnsafeText INVISIBLE =
      ESCAPED_IN_MESSAGES.or(NON_ASCII_SPACES).or(BLANK_LOOKALIKES).named("control or invisible");

  /**
   * The policy for user text that becomes a name, a value or a comment in a script, a notes.ini
   * file, a console command or a Domino Directory document: refused if it holds any of {@link
   * #escapedInMessages()}, {@link #nonAsciiSpaces()} or {@link #blankLookalikes()}, that is text
   * that is not "one line of visible characters". Validation (COEX-XOBJ-007, COEX-TEXT-001,
   * COEX-DOM-011, COEX-DDIR-*, COEX-LIC-040), the PowerShell script writer, the notes.ini and
   * Domino Directory emitters, the license file reader and the CLI's name options all refuse
   * exactly this set. A space at either end is refused too, by {@link #hasEdgeSpace}.
   */
  public static UnsafeText invisible() {
    return INVISIBLE;
  }

  private static final UnsafeText NOTES_INI_CONSOLE_VALUE =
      INVISIBLE.or(DOUBLE_QUOTE).named("control, invisible or '\"'");

  /**
   * A notes.ini value that may also be typed as a Domino console command ({@code set config
   * KEY=value}, {@code tell btcal install license PATH}): {@link #invisible()} and {@link
   * #doubleQuote()}. The notes.ini file itself can hold a {@code "}; the console's handling of one
   * is not documented.
   */
  public static UnsafeText notesIniConsoleValue() {
    return NOTES_INI_CONSOLE_VALUE;
  }

  // ---------------------------------------------------------------------------------------------
  // Matching
  // ---------------------------------------------------------------------------------------------

  /** Whether {@code codePoint} is in this category. */
  public boolean matches(int codePoint) {
    if (codePoint >= 0 && codePoint < 64) {
      return (asciiLow & (1L << codePoint)) != 0;
    }
    if (codePoint >= 64 && codePoint < 128) {
      return (asciiHigh & (1L << (codePoint - 64))) != 0;
    }
    return test.test(codePoint);
  }

  /**
   * The char index of the first code point of {@code text} in this category, or -1; an unpaired
   * surrogate is a code point of its own.
   */
  public int indexIn(CharSequence text) {
    Objects.requireNonNull(text, "text");
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      if (matches(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /** Whether {@code text} holds a code point of this category. */
  public boolean matchesAnyOf(CharSequence text) {
    return indexIn(text) >= 0;
  }

  /** Whether {@code text} holds no code point of this category. */
  public boolean matchesNoneOf(CharSequence text) {
    return indexIn(text) < 0;
  }

  /** The code points of this category and of {@code other}. */
  public UnsafeText or(UnsafeText other) {
    Objects.requireNonNull(other, "other");
    return new UnsafeText(name + " or " + other.name, cp -> matches(cp) || other.matches(cp));
  }

  /** The code points of this category that are not in {@code other}. */
  public UnsafeText except(UnsafeText other) {
    Objects.requireNonNull(other, "other");
    return new UnsafeText(name + " except " + other.name, cp -> matches(cp) && !other.matches(cp));
  }

  /** This category under another name, for messages and {@link #toString()}. */
  public UnsafeText named(String newName) {
    return new UnsafeText(Objects.requireNonNull(newName, "newName"), this::matches);
  }

  /**
   * Whether {@code text} starts or ends with U+0020: invisible in a file, trimmed by the Domino
   * console's {@code set config}, and "A" and "A " are two names to Exchange.
   */
  public static boolean hasEdgeSpace(CharSequence text) {
    int n = text.length();
    return n > 0 && (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ');
  }

  /**
   * What kind of unsafe character {@code codePoint} is, for a message: {@code "control character"},
   * {@code "line separator"}, {@code "lone surrogate"}, {@code "format character"}, {@code "space
   * other than U+0020"}, {@code "blank lookalike"}, or {@code "character"} for one in none of the
   * categories of {@link #invisible()}.
   */
  public static String kindOf(int codePoint) {
    if (CONTROLS.matches(codePoint)) {
      return "control character";
    }
    if (LINE_SEPARATORS.matches(codePoint)) {
      return "line separator";
    }
    if (LONE_SURROGATES.matches(codePoint)) {
      return "lone surrogate";
    }
    if (FORMAT.matches(codePoint)) {
      return "format character";
    }
    if (NON_ASCII_SPACES.matches(codePoint)) {
      return "space other than U+0020";
    }
    if (BLANK_LOOKALIKES.matches(codePoint)) {
      return "blank lookalike";
    }
    return "character";
  }

  /** {@code U+000A}: how every message names a code point. */
  public static String codePoint(int codePoint) {
    return String.format(java.util.Locale.ROOT, "U+%04X", codePoint);
  }

  @Override
  public String toString() {
    return "UnsafeText." + name;
  }

  private static boolean isZlZp(int cp) {
    return cp == 0x2028 || cp == 0x2029;
  }
}
