package io.github.coexist.notesini;

import io.github.coexist.core.emit.Emitter;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.core.model.LicenseFacts;
import io.github.coexist.core.model.NotesIniCharset;
import io.github.coexist.core.text.UnsafeText;
import io.github.coexist.core.validation.ValidatedPlan;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Emits what a validated plan asks of the coexistence server's notes.ini: the BTCal settings of
 * {@code domino} ({@link BtcalSettings}), BTCal in ServerTasks, and the license to install, in the
 * plan's notes.ini charset ({@code domino.notesIniCharset}, US-ASCII unless the plan names another:
 * the charset validation checked the values against).
 *
 * <ul>
 *   <li>BTPROCESSDOMAIN is written when the plan's Domino settings set it, or else, when the plan
 *       has a license, from the license's process domain: the guide's section 8 needs it set before
 *       {@code tell btcal install license}. Validation (COEX-DOM-006, -007) asks for it in the
 *       Domino settings, equal to the license's; a rule set without those rules still gets a
 *       console path that works.
 *   <li>The license path is checked like a value (no line break, control or invisible character, no
 *       surrounding spaces, no {@code "}); a path with spaces inside is written, with a warning.
 * </ul>
 *
 * <pre>{@code
 * NotesIniChanges changes = NotesIniEmitter.standard().emit(validPlan);
 * try (OutputStream out = Files.newOutputStream(Path.of("btcal.ini"))) {
 *   changes.writeTo(out);
 * }
 * NotesIniEmitter german =
 *     NotesIniEmitter.builder().charset(Charset.forName("windows-1252")).build();
 * }</pre>
 */
public final class NotesIniEmitter implements Emitter<NotesIniChanges> {
  private static final String LICENSE_PATH = "license.serverPath";
  private static final String CHARSET_PATH = "domino.notesIniCharset";

  private final Optional<Charset> charset;
  private final LineBreak lineBreak;

  private NotesIniEmitter(Optional<Charset> charset, LineBreak lineBreak) {
    this.charset = charset;
    this.lineBreak = lineBreak;
  }

  private static final NotesIniEmitter STANDARD =
      new NotesIniEmitter(Optional.empty(), LineBreak.LF);

  /** An emitter writing in the plan's notes.ini charset ({@link NotesIniCharset#of}) with LF. */
  public static NotesIniEmitter standard() {
    return STANDARD;
  }

  /** A builder starting from {@link #standard()}: the plan's charset, LF. */
  public static Builder builder() {
    return new Builder();
  }

  /** Chooses a {@link NotesIniEmitter}'s charset and line break. */
  public static final class Builder {
    private Optional<Charset> charset = Optional.empty();
    private LineBreak lineBreak = LineBreak.LF;

    private Builder() {}

    /** The charset and line break of {@code format} ({@link #charset} and {@link #lineBreak}). */
    public Builder format(NotesIniFormat format) {
      Objects.requireNonNull(format, "format");
      this.charset = Optional.of(format.charset());
      this.lineBreak = format.lineBreak();
      return this;
    }

    /**
     * The charset of the server's notes.ini (e.g. windows-1252). It must be the plan's {@code
     * domino.notesIniCharset}, the one validation checked the values against, or {@link #emit}
     * refuses the plan; without it the emitter writes in the plan's charset.
     *
     * @throws IllegalArgumentException when the charset is not ASCII-compatible ({@link
     *     NotesIniFormat#of})
     */
    public Builder charset(Charset charset) {
      Objects.requireNonNull(charset, "charset");
      this.charset = Optional.of(NotesIniFormat.of(charset, lineBreak).charset());
      return this;
    }

    /**
     * The line break of text written from scratch.
     *
     * @throws IllegalArgumentException for {@link LineBreak#NONE}
     */
    public Builder lineBreak(LineBreak lineBreak) {
      if (Objects.requireNonNull(lineBreak, "lineBreak") == LineBreak.NONE) {
        throw new IllegalArgumentException("lineBreak must be CRLF or LF");
      }
      this.lineBreak = lineBreak;
      return this;
    }

    /** The emitter. */
    public NotesIniEmitter build() {
      return new NotesIniEmitter(charset, lineBreak);
    }
  }

  /** The charset this emitter was asked to write; empty: the plan's. */
  public Optional<Charset> charset() {
    return charset;
  }

  /** The line break of text written from scratch. */
  public LineBreak lineBreak() {
    return lineBreak;
  }

  /**
   * The changes for {@code valid}.
   *
   * @throws UnsafeSettingException naming the key and plan attribute of a value that cannot be
   *     written safely (a line break, a NUL, too many bytes, a character the charset lacks), or
   *     naming {@code domino.notesIniCharset} when this emitter was made for another charset
   */
  @Override
  public NotesIniChanges emit(ValidatedPlan valid) {
    Objects.requireNonNull(valid, "valid");
    CoexistencePlan plan = valid.plan();
    NotesIniFormat format = NotesIniFormat.of(charsetOf(plan), lineBreak);
    DominoSettings domino = plan.domino().orElseGet(() -> DominoSettings.builder().build());
    Optional<LicenseFacts> license = plan.license();
    if (license.isPresent() && domino.processDomain().isEmpty()) {
      domino =
          DominoSettings.builder()
              .from(domino)
              .processDomain(license.get().processDomain())
              .build();
    }
    BtcalSettings mapped = BtcalSettings.from(domino);
    List<IniFinding> findings = new ArrayList<>(mapped.findings());
    Optional<String> licensePath = Optional.empty();
    if (license.isPresent()) {
      licensePath = license.get().serverPath();
      if (licensePath.isEmpty()) {
        findings.add(
            IniFinding.of(
                IniFinding.Kind.LICENSE_WITHOUT_PATH,
                "the license has no serverPath: copy the file to the server and run"
                    + " 'tell btcal install license <full path>' there"));
      } else {
        checkLicensePath(licensePath.get(), findings);
        format.encode("", LICENSE_PATH, licensePath.get());
      }
    }
    return new NotesIniChanges(format, mapped.settings(), licensePath, findings);
  }

  private Charset charsetOf(CoexistencePlan plan) {
    NotesIniCharset planned = NotesIniCharset.of(plan);
    if (charset.isPresent() && !charset.get().equals(planned.charset())) {
      throw new UnsafeSettingException(
          "",
          CHARSET_PATH,
          "the plan's notes.ini charset is "
              + planned.key()
              + (plan.domino().flatMap(DominoSettings::notesIniCharset).isPresent()
                  ? ""
                  : " (the default)")
              + ", but "
              + charset.get().name()
              + " was asked for: set domino.notesIniCharset to "
              + NotesIniCharset.forCharset(charset.get())
                  .map(NotesIniCharset::key)
                  .orElse("the server's charset (one of " + NotesIniCharset.keys() + ")")
              + ", so that validation checks the values against it");
    }
    return planned.charset();
  }

  private static void checkLicensePath(String path, List<IniFinding> findings) {
    String problem = ValueText.problem(path, "path", "console command");
    if (problem != null) {
      throw new UnsafeSettingException("", LICENSE_PATH, problem);
    }
    // ValueText refused the invisible characters: what the console adds is '"'.
    if (UnsafeText.notesIniConsoleValue().matchesAnyOf(path)) {
      throw new UnsafeSettingException(
          "",
          LICENSE_PATH,
          "path must not contain '\"' (how the Domino console treats quotes is not documented)");
    }
    if (path.indexOf(' ') >= 0) {
      findings.add(
          IniFinding.of(
              IniFinding.Kind.LICENSE_PATH_WITH_SPACES,
              "license.serverPath has spaces; whether 'tell btcal install license' accepts them"
                  + " is not documented: a path without spaces is safer"));
    }
  }
}
