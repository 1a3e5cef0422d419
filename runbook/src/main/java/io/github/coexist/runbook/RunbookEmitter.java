package io.github.coexist.runbook;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.emit.Emitter;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.CoexistenceServer;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ExchangeVersion;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.domino.DirectoryDocuments;
import io.github.coexist.domino.DominoDirectoryEmitter;
import io.github.coexist.license.License;
import io.github.coexist.license.LicenseEvaluator;
import io.github.coexist.license.LicenseStatus;
import io.github.coexist.notesini.ConsoleCommands;
import io.github.coexist.notesini.ConsoleCommandsEmitter;
import io.github.coexist.notesini.IniFinding;
import io.github.coexist.notesini.NotesIniChanges;
import io.github.coexist.notesini.NotesIniEmitter;
import io.github.coexist.powershell.PowerShellEmitter;
import io.github.coexist.powershell.PowerShellScript;
import io.github.coexist.powershell.RollbackEmitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The runbook of a validated plan. It composes the emitters it is given — the configuration and
 * rollback scripts ({@link PowerShellEmitter}, {@link RollbackEmitter}), the Domino Directory
 * documents ({@link DominoDirectoryEmitter}) and the notes.ini changes ({@link NotesIniEmitter}) —
 * so every command it shows is the one those artifacts contain; {@link #standard()} composes their
 * standard forms.
 *
 * <pre>{@code
 * Runbook runbook = RunbookEmitter.standard().emit(validPlan);
 * // notes.ini values are written in the plan's domino.notesIniCharset; new text with CRLF:
 * Runbook crlf =
 *     RunbookEmitter.builder()
 *         .notesIni(NotesIniEmitter.builder().lineBreak(LineBreak.CRLF).build())
 *         .build()
 *         .emit(validPlan);
 * // with a verified license and its status today (see the license module):
 * Runbook licensed = RunbookEmitter.standard().withLicense(status).emit(validPlan);
 * // or a verified license, evaluated on the day the plan was validated on:
 * Runbook sameDay = RunbookEmitter.standard().withLicense(license).emit(validPlan);
 * String markdown = licensed.text();
 * }</pre>
 *
 * <p>Without a license status the license step shows the plan's {@code license} facts, or says that
 * the plan has none; a status makes the runbook depend on the day it was evaluated.
 */
public final class RunbookEmitter implements Emitter<Runbook> {
  private static final RunbookEmitter STANDARD = builder().build();

  private final PowerShellEmitter powerShell;
  private final RollbackEmitter rollback;
  private final NotesIniEmitter notesIni;
  private final DominoDirectoryEmitter directory;
  private final Optional<LicenseStatus> license;
  private final Optional<License> verified;

  private RunbookEmitter(Builder builder) {
    this.powerShell = builder.powerShell;
    this.rollback = builder.rollback;
    this.notesIni = builder.notesIni;
    this.directory = builder.directory;
    this.license = builder.license;
    this.verified = builder.verified;
  }

  /** A runbook emitter of the standard emitters, without a license status. */
  public static RunbookEmitter standard() {
    return STANDARD;
  }

  /** A builder starting from {@link #standard()}'s emitters, without a license status. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this emitter's settings, to change some and build another. */
  public Builder toBuilder() {
    Builder builder =
        new Builder()
            .powerShell(powerShell)
            .rollback(rollback)
            .notesIni(notesIni)
            .directory(directory);
    builder.license = license;
    builder.verified = verified;
    return builder;
  }

  /** This emitter, showing {@code status} (a verified license, evaluated) in the license step. */
  public RunbookEmitter withLicense(LicenseStatus status) {
    return toBuilder().license(status).build();
  }

  /**
   * This emitter, showing {@code license} (verified) in the license step with its status on the day
   * the plan was validated on ({@link ValidatedPlan#day()}), so validation and runbook agree on the
   * day without a second clock.
   */
  public RunbookEmitter withLicense(License license) {
    return toBuilder().license(license).build();
  }

  /** The notes.ini emitter this runbook's Domino steps come from. */
  public NotesIniEmitter notesIni() {
    return notesIni;
  }

  /** Chooses the emitters a {@link RunbookEmitter} composes and the license it shows. */
  public static final class Builder {
    private PowerShellEmitter powerShell = PowerShellEmitter.standard();
    private RollbackEmitter rollback = RollbackEmitter.standard();
    private NotesIniEmitter notesIni = NotesIniEmitter.standard();
    private DominoDirectoryEmitter directory = DominoDirectoryEmitter.standard();
    private Optional<LicenseStatus> license = Optional.empty();
    private Optional<License> verified = Optional.empty();

    private Builder() {}

    /** The configuration script's emitter; {@link PowerShellEmitter#standard()}. */
    public Builder powerShell(PowerShellEmitter emitter) {
      this.powerShell = Objects.requireNonNull(emitter, "emitter");
      return this;
    }

    /** The rollback script's emitter; {@link RollbackEmitter#standard()}. */
    public Builder rollback(RollbackEmitter emitter) {
      this.rollback = Objects.requireNonNull(emitter, "emitter");
      return this;
    }

    /**
     * The notes.ini emitter (its charset decides which values can be written); {@link
     * NotesIniEmitter#standard()}.
     */
    public Builder notesIni(NotesIniEmitter emitter) {
      this.notesIni = Objects.requireNonNull(emitter, "emitter");
      return this;
    }

    /** The Domino Directory emitter; {@link DominoDirectoryEmitter#standard()}. */
    public Builder directory(DominoDirectoryEmitter emitter) {
      this.directory = Objects.requireNonNull(emitter, "emitter");
      return this;
    }

    /** Shows {@code status} (a verified license, evaluated) in the license step. */
    public Builder license(LicenseStatus status) {
      this.license = Optional.of(Objects.requireNonNull(status, "status"));
      this.verified = Optional.empty();
      return this;
    }

    /**
     * Shows {@code license} (verified) in the license step, with its status on the day the plan was
     * validated on.
     */
    public Builder license(License license) {
      this.verified = Optional.of(Objects.requireNonNull(license, "license"));
      this.license = Optional.empty();
      return this;
    }

    /** The emitter. */
    public RunbookEmitter build() {
      return new RunbookEmitter(this);
    }
  }

  /**
   * The runbook of {@code valid}.
   *
   * @throws io.github.coexist.core.emit.EmissionException when an emitter refuses a value
   */
  @Override
  public Runbook emit(ValidatedPlan valid) {
    Objects.requireNonNull(valid, "valid");
    CoexistencePlan plan = valid.plan();
    Optional<LicenseStatus> license =
        verified.isPresent()
            ? Optional.of(LicenseEvaluator.on(valid.day()).evaluate(verified.get()))
            : this.license;
    PowerShellScript apply = powerShell.emit(valid);
    PowerShellScript undo = rollback.emit(valid);
    NotesIniChanges notesIni = this.notesIni.emit(valid);
    // The console commands of the same notes.ini emitter: the same charset, the same values.
    ConsoleCommands console =
        ConsoleCommandsEmitter.builder().notesIni(this.notesIni).build().emit(valid);

    List<RunbookStep> steps = new ArrayList<>();
    steps.add(runScript(plan));
    steps.addAll(ExchangeSteps.apply(plan, apply));
    DirectoryDocuments directory = this.directory.emit(valid);
    steps.addAll(DirectorySteps.apply(directory)); // before BTCal starts (the notes.ini step)
    steps.addAll(DominoSteps.apply(notesIni, console));
    steps.add(LicenseSteps.step(plan.license(), license, DominoSteps.installCommand(console)));

    List<RunbookStep> rollback = new ArrayList<>();
    rollback.add(DominoSteps.rollback(notesIni));
    rollback.add(DirectorySteps.rollback(directory));
    rollback.add(runRollback());
    rollback.addAll(ExchangeSteps.rollback(plan, undo));

    List<String> notes =
        notesIni.findings().stream()
            .map(f -> "notes.ini: " + severity(f) + ": " + f.message())
            .collect(Collectors.toList());
    return new Runbook(
        title(plan),
        plan.environment(),
        ImmutableList.copyOf(summary(plan)),
        MailFlows.of(plan),
        ImmutableList.copyOf(orderBySide(steps)),
        ImmutableList.copyOf(checks(plan, notesIni, directory)),
        valid.report().diagnostics(),
        ImmutableList.copyOf(notes),
        ImmutableList.copyOf(rollback));
  }

  private static List<RunbookStep> checks(
      CoexistencePlan plan, NotesIniChanges notesIni, DirectoryDocuments directory) {
    List<RunbookStep> checks = new ArrayList<>(DirectorySteps.checks(directory));
    checks.addAll(Checks.of(plan, notesIni));
    return orderBySide(checks);
  }

  /** Exchange first, then Domino, then the license (the guide's order: 7, then 8). */
  private static List<RunbookStep> orderBySide(List<RunbookStep> steps) {
    List<RunbookStep> ordered = new ArrayList<>();
    for (Side side : Side.values()) {
      steps.stream().filter(s -> s.side() == side).forEach(ordered::add);
    }
    return ordered;
  }

  private static String title(CoexistencePlan plan) {
    String who = plan.organization().orElse(plan.domains().primary().toString());
    return "Domino coexistence runbook: " + who + ", " + environment(plan);
  }

  private static String environment(CoexistencePlan plan) {
    return plan.environment() == Environment.EXCHANGE_ONLINE
        ? "Exchange Online"
        : "Exchange Server " + plan.exchangeVersion().orElse(ExchangeVersion.EXCHANGE_2019).key();
  }

  private static List<Runbook.Fact> summary(CoexistencePlan plan) {
    List<Runbook.Fact> facts = new ArrayList<>();
    facts.add(new Runbook.Fact("Exchange", environment(plan)));
    plan.organization().ifPresent(o -> facts.add(new Runbook.Fact("Organization", o)));
    plan.tenant().ifPresent(t -> facts.add(new Runbook.Fact("Tenant", t.toString())));
    facts.add(new Runbook.Fact("Primary domain (shared)", plan.domains().primary().toString()));
    facts.add(new Runbook.Fact("Domino routing domain", plan.domains().dominoRouting().toString()));
    facts.add(
        new Runbook.Fact("Exchange routing domain", plan.domains().exchangeRouting().toString()));
    facts.add(
        new Runbook.Fact(
            "Coexistence servers",
            plan.coexistenceServers().stream()
                .map(RunbookEmitter::server)
                .collect(Collectors.joining(", "))));
    if (!plan.transportServers().isEmpty()) {
      facts.add(new Runbook.Fact("Transport servers", String.join(", ", plan.transportServers())));
    }
    plan.domino()
        .flatMap(d -> d.foreignDomain())
        .ifPresent(f -> facts.add(new Runbook.Fact("Domino foreign domain", f)));
    return facts;
  }

  private static String server(CoexistenceServer server) {
    return server.name()
        + " ("
        + server.address()
        + server.publicAddress().map(p -> ", public " + p).orElse("")
        + ")";
  }

  private static RunbookStep runScript(CoexistencePlan plan) {
    String shell =
        plan.environment() == Environment.EXCHANGE_ONLINE
            ? "Windows PowerShell 5.1 or PowerShell 7 with the ExchangeOnlineManagement module"
            : "the Exchange Management Shell on an Exchange server";
    return RunbookStep.of(
        Side.EXCHANGE,
        "Preview, then run the configuration script",
        List.of(
            "Write the script with coexist emit powershell and run it in "
                + shell
                + ". -WhatIf lists what it would create and set without changing anything; a"
                + " second run changes nothing. Every cmdlet that fails stops the run with the"
                + " object's plan path. It records what it creates and the previous values of"
                + " what it changes in a journal (-JournalPath; by default next to the"
                + " transcript, here .\\exchange.journal.json): keep it, the rollback needs it."
                + " At the end it reads every object again and prints one line per object (in"
                + " sync, or what differs); it fails when anything differs. The steps below show"
                + " what it does, object by object."),
        List.of(
            CodeSample.of(
                "powershell",
                ".\\exchange.ps1 -WhatIf\n.\\exchange.ps1 -TranscriptPath .\\exchange.log")));
  }

  private static RunbookStep runRollback() {
    return RunbookStep.of(
        Side.EXCHANGE,
        "Preview, then run the rollback script",
        List.of(
            "Write it with coexist emit rollback and give it the configuration script's journal."
                + " It asks before every change; -WhatIf lists them first. Newest first, it sets"
                + " back the previous values the journal recorded and removes only the objects"
                + " the journal says the configuration script created (found by their Guid);"
                + " without a journal it changes nothing. Addresses an address policy stamped"
                + " stay on the recipients."),
        List.of(
            CodeSample.of(
                "powershell",
                ".\\exchange-rollback.ps1 -JournalPath .\\exchange.journal.json -WhatIf\n"
                    + ".\\exchange-rollback.ps1 -JournalPath .\\exchange.journal.json"
                    + " -TranscriptPath .\\exchange-rollback.log")));
  }

  /** The severity word of an emitter finding, for the notes. */
  private static String severity(IniFinding finding) {
    return finding.severity().name().toLowerCase(Locale.ROOT);
  }
}
