package io.github.coexist.notesini;

import io.github.coexist.core.emit.Emitter;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.core.model.LicenseFacts;
import io.github.coexist.core.text.UnsafeText;
import io.github.coexist.core.validation.ValidatedPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Emits what a validated plan asks of the coexistence server's notes.ini: the BTCal settings of
 * {@code domino} ({@link BtcalSettings}), BTCal in ServerTasks, and the license to install.
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
 * Files.write(Path.of("btcal.ini"), changes.fragment());
 * }</pre>
 */
public final class NotesIniEmitter implements Emitter<NotesIniChanges> {
  private static final String LICENSE_PATH = "license.serverPath";

  private final NotesIniFormat format;

  private NotesIniEmitter(NotesIniFormat format) {
    this.format = format;
  }

  /** An emitter writing US-ASCII with LF ({@link NotesIniFormat#standard()}). */
  public static NotesIniEmitter standard() {
    return new NotesIniEmitter(NotesIniFormat.standard());
  }

  /** An emitter writing in {@code format}. */
  public static NotesIniEmitter using(NotesIniFormat format) {
    return new NotesIniEmitter(Objects.requireNonNull(format, "format"));
  }

  /** The format this emitter writes. */
  public NotesIniFormat format() {
    return format;
  }

  /**
   * The changes for {@code valid}.
   *
   * @throws UnsafeSettingException naming the key and plan attribute of a value that cannot be
   *     written safely (a line break, a NUL, too many bytes, a character the charset lacks)
   */
  @Override
  public NotesIniChanges emit(ValidatedPlan valid) {
    java.util.Objects.requireNonNull(valid, "valid");
    CoexistencePlan plan = valid.plan();
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
      }
    }
    return new NotesIniChanges(format, mapped.settings(), licensePath, findings);
  }

  private static void checkLicensePath(String path, List<IniFinding> findings) {
    String problem = ValueText.problem(path, "console command");
    if (problem != null) {
      throw new UnsafeSettingException("", LICENSE_PATH, problem.replace("value ", "path "));
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
