package io.github.coexist.cli;

import io.github.coexist.core.emit.Artifact;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.core.validation.ValidationReport;
import io.github.coexist.domino.DominoDirectoryEmitter;
import io.github.coexist.license.DemoLicense;
import io.github.coexist.notesini.ConsoleCommandsEmitter;
import io.github.coexist.notesini.NotesIniEmitter;
import io.github.coexist.planio.PlanFormat;
import io.github.coexist.planio.PlanWriter;
import io.github.coexist.powershell.PowerShellEmitter;
import io.github.coexist.powershell.RollbackEmitter;
import io.github.coexist.powershell.SnapshotScriptEmitter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coexist demo}: the example organisation's plans for both environments, validated, with
 * every artifact, in one folder per environment.
 */
@Command(
    name = "demo",
    description = {
      "Write the example plans of both environments, their validation reports and every"
          + " artifact into DIR (one folder per environment), then print a summary."
    },
    mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
  /** The runbook of each environment; docs/sample-runbook-&lt;environment&gt;.md are copies. */
  static final String RUNBOOK_FILE = "runbook.md";

  /** The read-only script that takes a snapshot of the organisation (coexist emit snapshot). */
  static final String SNAPSHOT_FILE = "snapshot.ps1";

  /** The demo license file, in DIR. */
  static final String LICENSE_FILE = "license.lic";

  /** The public key that verifies it. */
  static final String PUBLIC_KEY_FILE = "license-public.key";

  /** Its status on the demo's day ({@code coexist license status --format json}). */
  static final String STATUS_FILE = "license-status.json";

  /**
   * Marks DIR as the demo's own: the demo replaces its files on a later run, but writes into no
   * other folder that already holds a file of the same name.
   */
  static final String MARKER_FILE = ".coexist-demo";

  /** What the demo writes for each environment, in this order; add new artifacts here. */
  static final List<DemoArtifact> ARTIFACTS =
      List.of(
          DemoArtifact.of("plan.yaml", in -> PlanWriter.write(in.plan, PlanFormat.YAML)),
          DemoArtifact.of("validation.txt", in -> ValidationReports.text(in.report)),
          DemoArtifact.of("validation.json", in -> ValidationReports.json(in.report)),
          // UTF-8 with BOM and CRLF: the bytes `coexist emit powershell` writes.
          DemoArtifact.ofValidPlan("exchange.ps1", PowerShellEmitter.standard()),
          DemoArtifact.ofValidPlan("exchange-rollback.ps1", RollbackEmitter.standard()),
          // The same for every plan of an environment: it reads the organisation as it is.
          DemoArtifact.ofEnvironment(SNAPSHOT_FILE, SnapshotScriptEmitter.standard()::emit),
          DemoArtifact.ofValidPlan("notesini-fragment.ini", NotesIniEmitter.standard()),
          DemoArtifact.ofValidPlan("notesini-console.txt", ConsoleCommandsEmitter.standard()),
          DemoArtifact.of("notes-sample.ini", in -> NotesIniDemo.sample()),
          DemoArtifact.ofValidPlan("notes-merged.ini", NotesIniDemo::merged),
          DemoArtifact.ofValidPlan("domino-directory.json", DominoDirectoryEmitter.standard()),
          DemoArtifact.ofValidPlan(RUNBOOK_FILE, EmitRunbookCommand::runbook));

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "The folder to write into (default: coexist-out).")
  Path out = Path.of("coexist-out");

  @Option(
      names = "--today",
      paramLabel = "YYYY-MM-DD",
      converter = OptionValues.DateValue.class,
      description = "The date to validate as of (default: today in UTC).")
  LocalDate today;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    claimFolder();
    ValidationContext context = ValidationContext.on(Today.orClock(today));
    int written = 0;
    boolean errors = false;
    StringBuilder summary = new StringBuilder();
    for (Environment environment : Environment.values()) {
      CoexistencePlan plan = RecommendedPlans.create(RecommendedPlans.example(environment));
      ValidationReport report = PlanValidator.standard().validate(plan, context);
      errors |= report.hasErrors();
      DemoArtifact.Input input = new DemoArtifact.Input(environment, plan, report);
      Path folder = out.resolve(environment.key());
      summary.append(environment.key()).append(": ").append(ValidationReports.summary(report));
      summary.append('\n');
      for (DemoArtifact artifact : ARTIFACTS) {
        Optional<Artifact> content = artifact.content(input);
        if (content.isPresent()) {
          write(folder.resolve(artifact.fileName()), content.get());
          summary.append("  wrote ").append(folder.resolve(artifact.fileName())).append('\n');
          written++;
        } else {
          summary.append("  skipped ").append(artifact.fileName()).append(" (plan has errors)\n");
        }
      }
    }
    written += writeLicense(summary);
    stdout.print(summary);
    stdout.println("coexist demo: " + written + " files in " + out);
    stdout.flush();
    return errors ? ExitCode.FINDINGS : ExitCode.OK;
  }

  /**
   * The demo license, its public key and its status today, once for the demo (the license is the
   * organisation's, not an environment's). Its file names start with {@code license}: they are the
   * only output that depends on the day (and on the key made for the occasion), which is how checks
   * that compare two demo runs leave them out.
   */
  private int writeLicense(StringBuilder summary) {
    LocalDate day = Today.orClock(today);
    Clock clock = Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    DemoLicense license = DemoLicense.issue(clock, new SecureRandom());
    summary.append("license (demo, issued ").append(day).append("):\n");
    int count = 0;
    for (String[] file :
        List.of(
            new String[] {LICENSE_FILE, license.licenseText()},
            new String[] {PUBLIC_KEY_FILE, license.publicKeyText()},
            new String[] {STATUS_FILE, license.statusJson()})) {
      Path path = out.resolve(file[0]);
      write(path, ArtifactOutput.text(file[1]));
      summary.append("  wrote ").append(path).append('\n');
      count++;
    }
    return count;
  }

  /**
   * Refuses an empty {@code --out} (the current folder, unasked for) and a folder the demo did not
   * write that already has a file the demo would replace; then marks the folder as the demo's.
   */
  private void claimFolder() {
    if (out.toString().isEmpty()) {
      throw new UserError("--out: is empty; name the folder to write into");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UserError("--out " + out + ": is a file, not a folder");
    }
    if (!Files.exists(out.resolve(MARKER_FILE))) {
      for (Path target : targets()) {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          throw new UserError(
              target
                  + ": exists and was not written by coexist demo; choose another --out (the demo"
                  + " replaces only files in a folder it wrote)");
        }
      }
    }
    write(
        out.resolve(MARKER_FILE),
        ArtifactOutput.text(
            "coexist demo wrote this folder; the next coexist demo run replaces its files.\n"));
  }

  /** Every file the demo writes. */
  private List<Path> targets() {
    List<Path> targets = new ArrayList<>();
    for (Environment environment : Environment.values()) {
      for (DemoArtifact artifact : ARTIFACTS) {
        targets.add(out.resolve(environment.key()).resolve(artifact.fileName()));
      }
    }
    for (String name : List.of(LICENSE_FILE, PUBLIC_KEY_FILE, STATUS_FILE)) {
      targets.add(out.resolve(name));
    }
    return targets;
  }

  private static void write(Path file, Artifact content) {
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new UserError(file + ": cannot be written (" + e + ")", e);
    }
    ArtifactOutput.toFile(content::writeTo, file);
  }
}
