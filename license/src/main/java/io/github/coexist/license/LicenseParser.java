package io.github.coexist.license;

import static io.github.coexist.license.LicenseFields.ADMIN_EMAIL;
import static io.github.coexist.license.LicenseFields.EXPIRES;
import static io.github.coexist.license.LicenseFields.FEATURE_PREFIX;
import static io.github.coexist.license.LicenseFields.FORMAT;
import static io.github.coexist.license.LicenseFields.GENERATED;
import static io.github.coexist.license.LicenseFields.ID;
import static io.github.coexist.license.LicenseFields.KEY_ID;
import static io.github.coexist.license.LicenseFields.LICENSEE;
import static io.github.coexist.license.LicenseFields.PROCESS_DOMAIN;
import static io.github.coexist.license.LicenseFields.PRODUCT;
import static io.github.coexist.license.LicenseFields.SIGNATURE;
import static io.github.coexist.license.LicenseFields.TYPE;

import io.github.coexist.core.model.LicenseType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Step one: reads the text of a license file (format {@value #FORMAT_NAME}/{@value #VERSION},
 * described in {@code docs/license-format.md}) into a {@link ParsedLicense}, or says at which line
 * and column it breaks the format. It checks no signature; {@link LicenseVerifier} does.
 *
 * <pre>{@code
 * Outcome<ParsedLicense> parsed = LicenseParser.parse(Files.readAllBytes(path));
 * parsed.problem().describe("acme.lic");  // "acme.lic:4:7: malformed: ..."
 * }</pre>
 *
 * <p>The parser is strict, because every byte is signed: UTF-8 without a byte order mark, lines
 * ending in a line feed alone, {@code name: value} with one space, no blank lines, comments only
 * before the format line, and at most {@value #MAX_BYTES} bytes.
 */
public final class LicenseParser {
  /** The name in the format line. */
  public static final String FORMAT_NAME = "coexist-license";

  /** The one format version this library reads and writes. */
  public static final int VERSION = 1;

  /** The size cap: a longer file is malformed. */
  public static final int MAX_BYTES = 65_536;

  static final int SIGNATURE_BYTES = 64;
  static final int SIGNATURE_CHARS = 88;

  private LicenseParser() {}

  /** Parses the bytes of a license file. */
  public static Outcome<ParsedLicense> parse(byte[] file) {
    Objects.requireNonNull(file, "file");
    return new Run(file).parse();
  }

  /** Parses a license held as a string (encoded as UTF-8 first). */
  public static Outcome<ParsedLicense> parse(String text) {
    return parse(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads at most {@value #MAX_BYTES} + 1 bytes from {@code in} and parses them; does not close
   * {@code in}.
   *
   * @throws IOException if reading fails (bad content is a rejection, not an exception)
   */
  public static Outcome<ParsedLicense> parse(InputStream in) throws IOException {
    return parse(in.readNBytes(MAX_BYTES + 1));
  }

  /** A field line: name and value, with the line it came from. */
  private record Field(String name, String value, LineCursor.Line line, int valueIndex) {
    TextPosition valueAt(int index) {
      return line.at(valueIndex + index);
    }
  }

  /** One parse of one file. */
  private static final class Run {
    private final byte[] bytes;
    private final LineCursor lines;
    private final Map<String, Field> fields = new HashMap<>();
    private final License.Builder builder = License.builder();
    private LicenseType type;
    private LocalDate generated;
    private LocalDate expires;

    Run(byte[] bytes) {
      this.bytes = bytes;
      this.lines = LineCursor.strict(bytes);
    }

    Outcome<ParsedLicense> parse() {
      if (bytes.length == 0) {
        return malformed(new TextPosition(1, 1), "the file is empty");
      }
      if (bytes.length > MAX_BYTES) {
        return malformed(
            positionOfByte(MAX_BYTES), "the file is larger than " + MAX_BYTES + " bytes");
      }
      Outcome<LineCursor.Line> formatLine = skipComments();
      if (!formatLine.isAccepted()) {
        return Outcome.rejected(formatLine.problem());
      }
      Optional<LicenseProblem> problem = format(formatLine.value());
      if (problem.isPresent()) {
        return Outcome.rejected(problem.get());
      }
      while (lines.hasNext()) {
        Outcome<Field> field = lines.next().flatMap(Run::field);
        if (!field.isAccepted()) {
          return Outcome.rejected(field.problem());
        }
        if (field.value().name().equals(KEY_ID)) {
          return signed(field.value());
        }
        problem = body(field.value());
        if (problem.isPresent()) {
          return Outcome.rejected(problem.get());
        }
      }
      return finish(new TextPosition(lines.nextNumber(), 1), Optional.empty(), null, bytes);
    }

    /** Comment lines ({@code #...}) may only open the file; the first other line is returned. */
    private Outcome<LineCursor.Line> skipComments() {
      while (lines.hasNext()) {
        Outcome<LineCursor.Line> line = lines.next();
        if (!line.isAccepted() || !line.value().text().startsWith("#")) {
          return line;
        }
      }
      return malformed(
          new TextPosition(lines.nextNumber(), 1),
          "no format line: expected '" + FORMAT + ": " + FORMAT_NAME + "/" + VERSION + "'");
    }

    private Optional<LicenseProblem> format(LineCursor.Line line) {
      Outcome<Field> parsed = field(line);
      if (!parsed.isAccepted()) {
        return parsed.toProblem();
      }
      Field field = parsed.value();
      String expected = FORMAT + ": " + FORMAT_NAME + "/" + VERSION;
      if (!field.name().equals(FORMAT)) {
        return Optional.of(
            LicenseProblem.malformed(
                line.at(0),
                "expected '"
                    + expected
                    + "' before any other field, found '"
                    + field.name()
                    + "'"));
      }
      String prefix = FORMAT_NAME + "/";
      if (!field.value().startsWith(prefix)) {
        return Optional.of(
            LicenseProblem.malformed(
                field.valueAt(0),
                "not a coexist license: format is '"
                    + field.value()
                    + "', expected '"
                    + FORMAT_NAME
                    + "/"
                    + VERSION
                    + "'"));
      }
      String version = field.value().substring(prefix.length());
      if (!version.matches("[1-9][0-9]{0,8}")) {
        return Optional.of(
            LicenseProblem.malformed(
                field.valueAt(prefix.length()),
                "format version must be a whole number from 1, found '" + version + "'"));
      }
      if (Integer.parseInt(version) != VERSION) {
        return Optional.of(
            LicenseProblem.unsupportedVersion(field.valueAt(prefix.length()), version, VERSION));
      }
      fields.put(FORMAT, field);
      return Optional.empty();
    }

    /** {@code name: value}, exactly one space after the colon, no space at the end. */
    private static Outcome<Field> field(LineCursor.Line line) {
      String text = line.text();
      if (text.isEmpty()) {
        return malformed(line.at(0), "blank line; a license has no empty lines");
      }
      if (text.startsWith("#")) {
        return malformed(
            line.at(0), "comment after the format line; comments may only open the file");
      }
      int colon = text.indexOf(':');
      if (colon < 0) {
        return malformed(line.at(0), "expected 'name: value', found no ':'");
      }
      if (colon == 0) {
        return malformed(line.at(0), "field name missing before ':'");
      }
      String name = text.substring(0, colon);
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.')) {
          return malformed(
              line.at(i),
              LicenseFields.quote(name.codePointAt(i))
                  + " in field name '"
                  + name
                  + "'; names are lower-case letters, digits, '-' and '.'");
        }
      }
      int valueIndex = colon + 2;
      if (colon + 1 == text.length()) {
        return malformed(line.at(colon + 1), "value of '" + name + "' is missing");
      }
      if (text.charAt(colon + 1) != ' ') {
        return malformed(line.at(colon + 1), "expected a space after '" + name + ":'");
      }
      if (valueIndex == text.length()) {
        return malformed(line.at(valueIndex), "value of '" + name + "' is missing");
      }
      if (text.charAt(valueIndex) == ' ') {
        return malformed(line.at(valueIndex), "more than one space after '" + name + ":'");
      }
      if (text.endsWith(" ")) {
        int end = text.length();
        while (text.charAt(end - 1) == ' ') {
          end--;
        }
        return malformed(line.at(end), "space at the end of the line");
      }
      return Outcome.accepted(new Field(name, text.substring(valueIndex), line, valueIndex));
    }

    /** A field between the format line and the key id. */
    private Optional<LicenseProblem> body(Field field) {
      String name = field.name();
      Field first = fields.get(name);
      if (first != null) {
        return problem(
            field.line().at(0),
            "duplicate field '" + name + "' (first on line " + first.line().number() + ")");
      }
      if (name.equals(SIGNATURE)) {
        return problem(field.line().at(0), "the signature line must follow a key-id line");
      }
      fields.put(name, field);
      String value = field.value();
      switch (name) {
        case ID -> {
          return check(field, LicenseFields.id(value), () -> builder.id(value));
        }
        case PRODUCT -> {
          return check(field, LicenseFields.product(value), () -> {});
        }
        case TYPE -> {
          type = LicenseFields.type(value).orElse(null);
          return check(
              field,
              type == null ? Optional.of(LicenseFields.typeFlaw(value)) : Optional.empty(),
              () -> builder.type(type));
        }
        case LICENSEE -> {
          return check(field, LicenseFields.licensee(value), () -> builder.licensee(value));
        }
        case PROCESS_DOMAIN -> {
          return check(
              field, LicenseFields.processDomain(value), () -> builder.processDomain(value));
        }
        case ADMIN_EMAIL -> {
          return check(field, LicenseFields.adminEmail(value), () -> builder.adminEmail(value));
        }
        case GENERATED -> {
          generated = LicenseFields.date(value).orElse(null);
          return check(
              field,
              generated == null
                  ? Optional.of(LicenseFields.dateFlaw(GENERATED, value))
                  : Optional.empty(),
              () -> builder.generated(generated));
        }
        case EXPIRES -> {
          expires = LicenseFields.date(value).orElse(null);
          return check(
              field,
              expires == null
                  ? Optional.of(LicenseFields.dateFlaw(EXPIRES, value))
                  : Optional.empty(),
              () -> builder.expires(expires));
        }
        default -> {
          if (name.startsWith(FEATURE_PREFIX)) {
            String feature = name.substring(FEATURE_PREFIX.length());
            Optional<Flaw> nameFlaw = LicenseFields.featureName(feature);
            if (nameFlaw.isPresent()) {
              return problem(
                  field.line().at(FEATURE_PREFIX.length() + nameFlaw.get().index()),
                  nameFlaw.get().message());
            }
            return check(
                field,
                LicenseFields.featureValue(feature, value),
                () -> builder.putFeature(feature, value));
          }
          return problem(
              field.line().at(0),
              "unknown field '"
                  + name
                  + "'; the fields are "
                  + String.join(", ", LicenseFields.REQUIRED)
                  + " and feature.<name>");
        }
      }
    }

    private static Optional<LicenseProblem> check(Field field, Optional<Flaw> flaw, Runnable set) {
      if (flaw.isPresent()) {
        return problem(field.valueAt(flaw.get().index()), flaw.get().message());
      }
      set.run();
      return Optional.empty();
    }

    /** The key-id line, then the signature line, then the end of the file. */
    private Outcome<ParsedLicense> signed(Field keyIdField) {
      Optional<Flaw> flaw = KeyId.flaw(keyIdField.value());
      if (flaw.isPresent()) {
        return malformed(keyIdField.valueAt(flaw.get().index()), flaw.get().message());
      }
      KeyId keyId = KeyId.parse(keyIdField.value());
      TextPosition end = keyIdField.line().at(0);
      if (!lines.hasNext()) {
        return finish(end, Optional.of(keyId), null, bytes);
      }
      Outcome<Field> next = lines.next().flatMap(Run::field);
      if (!next.isAccepted()) {
        return Outcome.rejected(next.problem());
      }
      Field signature = next.value();
      if (!signature.name().equals(SIGNATURE)) {
        return malformed(
            signature.line().at(0),
            "expected the signature line after key-id, found '" + signature.name() + "'");
      }
      Outcome<byte[]> decoded = signatureBytes(signature);
      if (!decoded.isAccepted()) {
        return Outcome.rejected(decoded.problem());
      }
      if (lines.hasNext()) {
        return malformed(
            new TextPosition(lines.nextNumber(), 1), "nothing may follow the signature line");
      }
      byte[] signed = Arrays.copyOfRange(bytes, 0, signature.line().start());
      return finish(end, Optional.of(keyId), decoded.value(), signed);
    }

    /** Strict base64: exactly 88 characters of the standard alphabet, canonical padding bits. */
    private static Outcome<byte[]> signatureBytes(Field field) {
      String text = field.value();
      if (text.length() != SIGNATURE_CHARS) {
        return malformed(
            field.valueAt(0),
            "signature must be "
                + SIGNATURE_CHARS
                + " base64 characters ("
                + SIGNATURE_BYTES
                + " bytes), found "
                + text.codePointCount(0, text.length()));
      }
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean padding = i >= SIGNATURE_CHARS - 2;
        boolean ok =
            padding
                ? c == '='
                : (c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '+'
                    || c == '/';
        if (!ok) {
          return malformed(
              field.valueAt(i),
              padding
                  ? "signature must end with '=='"
                  : "signature: "
                      + LicenseFields.quote(text.codePointAt(i))
                      + " is not a base64 character");
        }
      }
      byte[] decoded = Base64.getDecoder().decode(text);
      if (!Base64.getEncoder().encodeToString(decoded).equals(text)) {
        // Java's decoder ignores the unused low bits of the last character; a strict reader
        // must not, or two different texts would carry the same signature.
        return malformed(
            field.valueAt(SIGNATURE_CHARS - 3),
            "signature is not canonical base64: the unused bits of its last character are set");
      }
      return Outcome.accepted(decoded);
    }

    /** Every required field present, the term consistent; the content built. */
    private Outcome<ParsedLicense> finish(
        TextPosition end, Optional<KeyId> keyId, byte[] signature, byte[] signed) {
      for (String name : LicenseFields.REQUIRED) {
        if (!fields.containsKey(name)) {
          return malformed(end, "missing field '" + name + "'");
        }
      }
      Optional<String> term = LicenseFields.term(type, generated, expires);
      if (term.isPresent()) {
        return malformed(fields.get(EXPIRES).valueAt(0), term.get());
      }
      License content;
      try {
        content = builder.build();
      } catch (IllegalArgumentException e) {
        // Unreachable while the parser checks every rule the builder checks; kept so that bad
        // input can never escape as an exception.
        return malformed(fields.get(FORMAT).line().at(0), e.getMessage());
      }
      return Outcome.accepted(new ParsedLicense(content, keyId, signature, signed));
    }

    /** Line and column of a byte offset: the column counts the code points before it. */
    private TextPosition positionOfByte(int offset) {
      int line = 1;
      int column = 1;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
          column = 1;
        } else if ((bytes[i] & 0xC0) != 0x80) {
          column++;
        }
      }
      return new TextPosition(line, column);
    }

    private static <T> Outcome<T> malformed(TextPosition at, String detail) {
      return Outcome.rejected(LicenseProblem.malformed(at, detail));
    }

    private static Optional<LicenseProblem> problem(TextPosition at, String detail) {
      return Optional.of(LicenseProblem.malformed(at, detail));
    }
  }
}
