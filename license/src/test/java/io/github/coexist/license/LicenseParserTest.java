package io.github.coexist.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LicenseParserTest {
  private static final LicenseSigningKey KEY = Fixtures.key(1);

  /**
   * The license every malformed shape starts from:
   *
   * <pre>
   *  1 # coexist license for BTCal; format: docs/license-format.md
   *  2 # Signed: any change to this file makes it invalid.
   *  3 format: coexist-license/1
   *  4 id: L-85f9032a71f3
   *  5 product: btcal
   *  6 type: standard-zapp
   *  7 licensee: Contoso Ltd
   *  8 process-domain: CONTOSO
   *  9 admin-email: notes-admin@contoso.com
   * 10 generated: 2026-01-15
   * 11 expires: 2027-01-15
   * 12 feature.seats: 500
   * 13 key-id: 1ecb77f59cca9f60-5
   * 14 signature: (88 characters)
   * </pre>
   */
  private static final String VALID = Fixtures.issue(Fixtures.standard(), KEY);

  @Test
  void readsWhatTheIssuerWrites() {
    Outcome<ParsedLicense> parsed = LicenseParser.parse(VALID);

    assertThat(parsed.isAccepted()).isTrue();
    assertThat(parsed.value().unverifiedContent()).isEqualTo(Fixtures.standard());
    assertThat(parsed.value().keyId()).contains(KEY.keyId());
    assertThat(parsed.value().isSigned()).isTrue();
  }

  @Test
  void fixtureHasTheLayoutTheCasesAssume() {
    List<String> lines = VALID.lines().toList();
    assertThat(lines).hasSize(14);
    assertThat(lines.get(6)).isEqualTo("licensee: Contoso Ltd");
    assertThat(lines.get(12)).isEqualTo("key-id: 1ecb77f59cca9f60-5");
    assertThat(lines.get(13)).startsWith("signature: ").hasSize(99);
  }

  @Test
  void signedBytesAreEverythingBeforeTheSignatureLine() {
    ParsedLicense parsed = LicenseParser.parse(VALID).value();

    assertThat(new String(parsed.signedBytes(), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(VALID.substring(0, VALID.indexOf("signature: ")));
  }

  @Test
  void aLicenseWithoutKeyIdAndSignatureParsesAsUnsigned() {
    String unsigned = VALID.substring(0, VALID.indexOf("key-id: "));

    ParsedLicense parsed = LicenseParser.parse(unsigned).value();

    assertThat(parsed.isSigned()).isFalse();
    assertThat(parsed.keyId()).isEmpty();
    assertThat(parsed.unverifiedContent()).isEqualTo(Fixtures.standard());
  }

  @Test
  void aKeyIdWithoutSignatureIsUnsignedToo() {
    String unsigned = VALID.substring(0, VALID.indexOf("signature: "));

    ParsedLicense parsed = LicenseParser.parse(unsigned).value();

    assertThat(parsed.isSigned()).isFalse();
    assertThat(parsed.keyId()).contains(KEY.keyId());
    // The verifier's message says which line is missing, not that both are.
    assertThat(LicenseVerifier.trusting(KEY.publicKey()).verify(parsed).problem().describe("x.lic"))
        .isEqualTo(
            "x.lic: unsigned: the license has a key-id line ("
                + KEY.keyId()
                + ") but no signature line after it");
  }

  @Test
  void anotherVersionIsUnsupportedBeforeAnythingElseIsChecked() {
    // Version 2 might allow what version 1 forbids (here a tab): the version is reported.
    String v2 = VALID.replace("coexist-license/1", "coexist-license/2").replace(": 500", ":\t500");

    Outcome<ParsedLicense> parsed = LicenseParser.parse(v2);

    assertThat(parsed.problem().reason()).isEqualTo(LicenseProblem.Reason.UNSUPPORTED_VERSION);
    assertThat(parsed.problem().message())
        .isEqualTo(
            "unsupported-version: line 3, column 25: format version 2 is not supported;"
                + " this library reads version 1");
  }

  @Test
  void readsAtMostOneByteBeyondTheCapFromAStream() throws IOException {
    byte[] huge = new byte[LicenseParser.MAX_BYTES * 4];
    java.util.Arrays.fill(huge, (byte) '#');
    ByteArrayInputStream in = new ByteArrayInputStream(huge);

    Outcome<ParsedLicense> parsed = LicenseParser.parse(in);

    assertThat(parsed.problem().detail()).isEqualTo("the file is larger than 65536 bytes");
    assertThat(in.available()).isEqualTo(huge.length - LicenseParser.MAX_BYTES - 1);
  }

  @Test
  void aFileAtTheCapIsNotRejectedForItsSize() {
    String padding = "# " + "x".repeat(LicenseParser.MAX_BYTES - VALID.length() - 3) + "\n";
    byte[] file = Fixtures.utf8(padding + VALID);
    assertThat(file).hasSize(LicenseParser.MAX_BYTES);

    assertThat(LicenseParser.parse(file).isAccepted()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedShapes")
  void rejectsMalformedShapeWithItsOwnMessage(
      String shape, Function<String, byte[]> mutation, String expected) {
    Outcome<ParsedLicense> parsed = LicenseParser.parse(mutation.apply(VALID));

    assertThat(parsed.isAccepted()).isFalse();
    assertThat(parsed.problem().reason()).isEqualTo(LicenseProblem.Reason.MALFORMED);
    assertThat(parsed.problem().message()).isEqualTo(expected);
  }

  @Test
  void everyMalformedShapeHasADifferentMessage() {
    Set<String> details = new HashSet<>();
    List<Arguments> shapes = malformedShapes().toList();
    for (Arguments shape : shapes) {
      String message = (String) shape.get()[2];
      details.add(message.substring(message.indexOf(": ", "malformed: line ".length()) + 2));
    }
    assertThat(shapes).hasSizeGreaterThanOrEqualTo(10);
    assertThat(details).hasSameSizeAs(shapes);
  }

  static Stream<Arguments> malformedShapes() {
    return Stream.of(
        shape("empty file", text -> "", "line 1, column 1: the file is empty"),
        shape(
            "larger than the cap",
            text -> "# " + "x".repeat(70_000) + "\n" + text,
            "line 1, column 65537: the file is larger than 65536 bytes"),
        shape(
            "byte order mark",
            text -> "\uFEFF" + text,
            "line 1, column 1: the file starts with a byte order mark (U+FEFF);"
                + " save it as UTF-8 without one"),
        shape(
            "CRLF line ends",
            text -> text.replace("\n", "\r\n"),
            "line 1, column 60: carriage return (U+000D): lines must end with a line feed alone"),
        bytes(
            "not UTF-8",
            text -> {
              byte[] bytes = Fixtures.utf8(text.replace("Contoso Ltd", "Conto?so Ltd"));
              bytes[text.indexOf("Contoso Ltd") + 5] = (byte) 0xFF;
              return bytes;
            },
            "line 7, column 16: not UTF-8: byte 0xFF cannot start or continue a character here"),
        shape(
            "tab",
            text -> text.replace("type: ", "type:\t"),
            "line 6, column 6: tab (U+0009) is not allowed; use spaces"),
        shape(
            "control character",
            text -> text.replace("Contoso Ltd", "Contoso\u0007Ltd"),
            "line 7, column 18: control character U+0007 is not allowed"),
        shape(
            "bidirectional override",
            text -> text.replace("Contoso Ltd", "Contoso \u202Edtl"),
            "line 7, column 19: invisible formatting character U+202E is not allowed"),
        shape(
            "no line feed at the end",
            text -> text.substring(0, text.length() - 1),
            "line 14, column 100: the last line does not end with a line feed"),
        shape(
            "only comments",
            text -> "# nothing else\n",
            "line 2, column 1: no format line: expected 'format: coexist-license/1'"),
        shape(
            "format line missing",
            text -> text.replace("format: coexist-license/1\n", ""),
            "line 3, column 1: expected 'format: coexist-license/1' before any other field,"
                + " found 'id'"),
        shape(
            "another format",
            text -> text.replace("coexist-license/1", "acme-license/1"),
            "line 3, column 9: not a coexist license: format is 'acme-license/1',"
                + " expected 'coexist-license/1'"),
        shape(
            "version not a number",
            text -> text.replace("coexist-license/1", "coexist-license/x"),
            "line 3, column 25: format version must be a whole number from 1, found 'x'"),
        shape(
            "no colon",
            text -> text.replace("licensee: ", "licensee "),
            "line 7, column 1: expected 'name: value', found no ':'"),
        shape(
            "no name",
            text -> text.replace("licensee: ", ": "),
            "line 7, column 1: field name missing before ':'"),
        shape(
            "upper-case name",
            text -> text.replace("licensee: ", "Licensee: "),
            "line 7, column 1: 'L' in field name 'Licensee';"
                + " names are lower-case letters, digits, '-' and '.'"),
        shape(
            "no space after the colon",
            text -> text.replace("licensee: ", "licensee:"),
            "line 7, column 10: expected a space after 'licensee:'"),
        shape(
            "two spaces after the colon",
            text -> text.replace("licensee: ", "licensee:  "),
            "line 7, column 11: more than one space after 'licensee:'"),
        shape(
            "value missing",
            text -> text.replace("licensee: Contoso Ltd", "licensee:"),
            "line 7, column 10: value of 'licensee' is missing"),
        shape(
            "space at the end",
            text -> text.replace("Contoso Ltd", "Contoso Ltd  "),
            "line 7, column 22: space at the end of the line"),
        shape(
            "blank line",
            text -> text.replace("product: btcal\n", "product: btcal\n\n"),
            "line 6, column 1: blank line; a license has no empty lines"),
        shape(
            "comment among the fields",
            text -> text.replace("product: btcal\n", "product: btcal\n# note\n"),
            "line 6, column 1: comment after the format line; comments may only open the file"),
        shape(
            "unknown field",
            text -> text.replace("feature.seats", "seats"),
            "line 12, column 1: unknown field 'seats'; the fields are id, product, type, licensee,"
                + " process-domain, admin-email, generated, expires and feature.<name>"),
        shape(
            "duplicate field",
            text -> text.replace("feature.seats: 500\n", "feature.seats: 500\nlicensee: Mallory\n"),
            "line 13, column 1: duplicate field 'licensee' (first on line 7)"),
        shape(
            "required field missing",
            text -> text.replace("admin-email: notes-admin@contoso.com\n", ""),
            "line 12, column 1: missing field 'admin-email'"),
        shape(
            "required field missing in an unsigned license",
            text -> text.substring(0, text.indexOf("expires: ")),
            "line 11, column 1: missing field 'expires'"),
        shape(
            "another product",
            text -> text.replace("product: btcal", "product: notes"),
            "line 5, column 10: product must be btcal, found 'notes'"),
        shape(
            "id with a space",
            text -> text.replace("id: L-", "id: L "),
            "line 4, column 6: id: space is not allowed"
                + " (letters, digits, '.', '_', '-'; a letter or digit first)"),
        shape(
            "unknown type",
            text -> text.replace("type: standard-zapp", "type: gold"),
            "line 6, column 7: type must be trial, standard or standard-zapp, found 'gold'"),
        shape(
            "process domain with a slash",
            text -> text.replace("CONTOSO", "CON/TOSO"),
            "line 8, column 20: process-domain: '/' is not allowed (letters, digits, space, '.',"
                + " '_', '&', '-'; a letter or digit first)"),
        shape(
            "administrator address without @",
            text -> text.replace("notes-admin@contoso.com", "notes-admin.contoso.com"),
            "line 9, column 14: admin-email must be one address like name@example.com:"
                + " 'notes-admin.contoso.com'"),
        shape(
            "administrator address with a bad domain",
            text -> text.replace("@contoso.com", "@contoso..com"),
            "line 9, column 26: admin-email: 'contoso..com' is not an internet domain name"),
        shape(
            "date in another shape",
            text -> text.replace("expires: 2027-01-15", "expires: 15.01.2027"),
            "line 11, column 10: expires must be a date YYYY-MM-DD, found '15.01.2027'"),
        shape(
            "no such day",
            text -> text.replace("generated: 2026-01-15", "generated: 2026-02-30"),
            "line 10, column 12: generated is not a calendar date: 2026-02-30"),
        shape(
            "expiry before generation",
            text -> text.replace("expires: 2027-01-15", "expires: 2026-01-01"),
            "line 11, column 10: expires (2026-01-01) must be after generated (2026-01-15)"),
        shape(
            "trial longer than 30 days",
            text -> text.replace("type: standard-zapp", "type: trial"),
            "line 11, column 10: a trial expires 30 days after it is generated:"
                + " expires must be 2026-02-14, found 2027-01-15"),
        shape(
            "bad feature name",
            text -> text.replace("feature.seats", "feature.9seats"),
            "line 12, column 9: feature name: '9' is not allowed"
                + " (lower-case letters, digits, '-'; a letter first)"),
        shape(
            "key id with a typo",
            text -> text.replace("1ecb77f59cca9f60-5", "1ecb77f59cca9f61-5"),
            "line 13, column 26: key-id check digit does not match (a typo in the key id?)"),
        shape(
            "key id in upper case",
            text -> text.replace("1ecb77f59cca9f60-5", "1ECB77F59CCA9F60-5"),
            "line 13, column 10: key-id: 'E' is not a lower-case hex digit"),
        shape(
            "key id too short",
            text -> text.replace("1ecb77f59cca9f60-5", "1ecb77f59cca9f60"),
            "line 13, column 9: key-id must be 16 hex digits, '-' and a check digit, like"
                + " 9f86d081884c7d65-3, found '1ecb77f59cca9f60'"),
        shape(
            "signature without key id",
            text -> text.replace("key-id: 1ecb77f59cca9f60-5\n", ""),
            "line 13, column 1: the signature line must follow a key-id line"),
        shape(
            "field between key id and signature",
            text ->
                text.replace("key-id: 1ecb77f59cca9f60-5\n", "key-id: 1ecb77f59cca9f60-5\nx: y\n"),
            "line 14, column 1: expected the signature line after key-id, found 'x'"),
        shape(
            "signature too short",
            text -> text.replace("signature: V", "signature: "),
            "line 14, column 12: signature must be 88 base64 characters (64 bytes), found 87"),
        shape(
            "signature in base64url",
            text -> text.replace("+", "-"),
            "line 14, column 36: signature: '-' is not a base64 character"),
        shape(
            "signature without padding",
            text -> text.replace("==\n", "AA\n"),
            "line 14, column 98: signature must end with '=='"),
        shape(
            "signature with unused bits set",
            LicenseParserTest::setUnusedSignatureBit,
            "line 14, column 97: signature is not canonical base64:"
                + " the unused bits of its last character are set"),
        shape(
            "text after the signature",
            text -> text + "thank you\n",
            "line 15, column 1: nothing may follow the signature line"));
  }

  /** Flips the lowest bit of the last data character: Java's decoder would ignore it. */
  private static String setUnusedSignatureBit(String text) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    int at = text.indexOf("signature: ") + "signature: ".length() + 85;
    char flipped = alphabet.charAt(alphabet.indexOf(text.charAt(at)) ^ 1);
    String mutated = text.substring(0, at) + flipped + text.substring(at + 1);
    String before = text.substring(text.indexOf("signature: ") + 11).strip();
    String after = mutated.substring(mutated.indexOf("signature: ") + 11).strip();
    // The premise of the case: both texts decode to the same bytes.
    assertThat(Base64.getDecoder().decode(after)).isEqualTo(Base64.getDecoder().decode(before));
    return mutated;
  }

  private static Arguments shape(String name, Function<String, String> mutation, String detail) {
    return bytes(name, text -> Fixtures.utf8(mutation.apply(text)), detail);
  }

  private static Arguments bytes(String name, Function<String, byte[]> mutation, String detail) {
    return Arguments.of(name, mutation, "malformed: " + detail);
  }
}
