package com.example.migration;

import io.github.coexist.core.CoexistException;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.CoexistenceServer;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.LicenseType;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.recommend.PlanRequest;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.core.value.SmtpDomain;
import io.github.coexist.license.License;
import io.github.coexist.license.LicenseIssuer;
import io.github.coexist.license.LicenseParser;
import io.github.coexist.license.LicenseSigningKey;
import io.github.coexist.license.LicenseVerifier;
import io.github.coexist.notesini.ConsoleCommandsEmitter;
import io.github.coexist.planio.PlanReader;
import io.github.coexist.planio.PlanWriter;
import io.github.coexist.powershell.PowerShellEmitter;
import io.github.coexist.powershell.PowerShellScript;
import io.github.coexist.runbook.RunbookEmitter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;

/**
 * What a migration tool does with coexist: builds the recommended plan, edits it, writes and reads
 * it back as YAML, validates it, emits the script (with its byte order mark), the notes.ini
 * settings and a runbook with a verified license. Run as {@code Migration MODE DIR}, where MODE
 * ({@code class-path} or {@code module-path}) says how the JVM was started; it fails (exit 1) when
 * anything is not as a consumer expects.
 */
public final class Migration {
  /** The day everything is judged on. */
  public static final LocalDate DAY = LocalDate.of(2026, 11, 27);

  /** Libraries only coexist's own build and tests use: none may reach a consumer at run time. */
  static final List<String> NOT_FOR_CONSUMERS =
      List.of(
          "org.junit.jupiter.api.Test",
          "org.assertj.core.api.Assertions",
          "org.immutables.value.Value",
          "com.code_intelligence.jazzer.junit.FuzzTest",
          "com.tngtech.archunit.core.domain.JavaClass",
          "picocli.CommandLine",
          "org.commonmark.parser.Parser");

  private Migration() {}

  /** {@code Migration MODE DIR}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: Migration class-path|module-path DIR");
    }
    boolean named = Migration.class.getModule().isNamed();
    if (named != args[0].equals("module-path")) {
      throw new IllegalStateException(
          "started for " + args[0] + " but the module is " + (named ? "named" : "unnamed"));
    }
    for (String name : NOT_FOR_CONSUMERS) {
      if (isPresent(name)) {
        throw new IllegalStateException(name + " leaked onto the consumer's " + args[0]);
      }
    }
    Path dir = Files.createDirectories(Path.of(args[1]));
    System.out.println("coexist consumer on the " + args[0] + ": " + run(dir));
  }

  private static boolean isPresent(String className) {
    try {
      Class.forName(className, false, Migration.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** The recommended Exchange Server plan of the README. */
  public static CoexistencePlan recommended() {
    PlanRequest request =
        PlanRequest.builder()
            .environment(Environment.EXCHANGE_SERVER)
            .organization("Contoso")
            .primaryDomain(SmtpDomain.parse("contoso.com"))
            .dominoDomain(SmtpDomain.parse("domino.contoso.com"))
            .exchangeDomain(SmtpDomain.parse("exch.contoso.com"))
            .addCoexistenceServers(CoexistenceServer.of("COEX01/ACME", "10.1.1.1"))
            .addTransportServers("EX01")
            .build();
    return RecommendedPlans.create(request);
  }

  /** The recommended plan, edited as a tool edits a loaded one. */
  public static CoexistencePlan edited() {
    return recommended()
        .mapObjects(
            SendConnector.class,
            c -> c.toBuilder().comment("Managed by the migration tool").build())
        .toBuilder()
        .organization("Contoso Ltd")
        .build();
  }

  /** Does it all in {@code dir}; returns a one-line summary. */
  public static String run(Path dir) throws IOException {
    CoexistencePlan plan = edited();
    Path planFile = dir.resolve("plan.yaml");
    PlanWriter.write(plan, planFile);
    CoexistencePlan read = PlanReader.standard().read(planFile);
    if (!read.equals(plan)) {
      throw new IllegalStateException("the plan read back differs from the plan written");
    }
    try {
      PlanReader.standard().read(dir.resolve("missing.yaml"));
      throw new IllegalStateException("a missing plan file was read");
    } catch (CoexistException expected) {
      if (!expected.getMessage().endsWith("missing.yaml: no such file")) {
        throw new IllegalStateException("unexpected message: " + expected.getMessage());
      }
    }

    ValidatedPlan valid =
        PlanValidator.standard().validate(read, ValidationContext.on(DAY)).requireValid();

    PowerShellScript script = PowerShellEmitter.standard().emit(valid);
    Path scriptFile = dir.resolve("exchange.ps1");
    try (OutputStream out = Files.newOutputStream(scriptFile)) {
      script.writeTo(out); // UTF-8 with BOM, CRLF
    }
    byte[] bytes = Files.readAllBytes(scriptFile);
    if (bytes.length < 3 || (bytes[0] & 0xFF) != 0xEF || (bytes[1] & 0xFF) != 0xBB) {
      throw new IllegalStateException("the script has no UTF-8 byte order mark");
    }

    String notesIni = ConsoleCommandsEmitter.standard().emit(valid).text();
    Files.writeString(dir.resolve("notesini-console.txt"), notesIni);

    LicenseSigningKey key = LicenseSigningKey.generate(new SecureRandom());
    License license =
        License.builder()
            .type(LicenseType.STANDARD)
            .licensee("Contoso")
            .processDomain("ACME")
            .adminEmail("notes-admin@contoso.com")
            .generated(DAY.minusDays(10))
            .expires(DAY.plusDays(355))
            .build();
    String licenseText = new LicenseIssuer(key).issue(license);
    License verified =
        LicenseParser.parse(licenseText)
            .flatMap(LicenseVerifier.trusting(key.publicKey())::verify)
            .value();
    String runbook = RunbookEmitter.standard().withLicense(verified).emit(valid).text();
    // Evaluated on the day the plan was validated on: it expires 355 days after DAY.
    if (!runbook.contains("355 days left")) {
      throw new IllegalStateException("the runbook's license status is not of " + DAY);
    }
    Files.writeString(dir.resolve("runbook.md"), runbook);

    return valid.report().diagnostics().size()
        + " findings, "
        + script.statements().size()
        + " statements, script "
        + bytes.length
        + " bytes, runbook "
        + runbook.length()
        + " chars";
  }
}
