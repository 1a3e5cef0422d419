package io.github.coexist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.planio.PlanFormat;
import io.github.coexist.planio.PlanWriter;
import io.github.coexist.testplans.ScenarioPlans;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --rules JAR}: a rule jar built here, from source, as a user builds theirs. */
class RuleJarsTest {
  @TempDir Path dir;

  private static final String RULE =
      "package acme;\n"
          + "import io.github.coexist.core.model.CoexistencePlan;\n"
          + "import io.github.coexist.core.validation.*;\n"
          + "public final class JarRule implements Rule {\n"
          + "  public String id() { return \"ACME-JAR-001\"; }\n"
          + "  public Severity defaultSeverity() { return Severity.ERROR; }\n"
          + "  public String title() { return \"no lab organizations\"; }\n"
          + "  public String rationale() { return \"test\"; }\n"
          + "  public String reference() { return \"ACME policy 1\"; }\n"
          + "  public void check(CoexistencePlan plan, RuleContext ctx) {\n"
          + "    if (plan.organization().orElse(\"\").contains(\"LAB\")) {\n"
          + "      ctx.report(PlanPath.root(\"organization\"), \"a lab organization\","
          + " \"use the real name\");\n"
          + "    }\n"
          + "  }\n"
          + "}\n";

  /** Compiles {@link #RULE} against coexist-core and packs it with its services file. */
  private Path ruleJar(boolean withServicesFile) throws Exception {
    Path src = dir.resolve("src/acme/JarRule.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, RULE);
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    String classPath =
        location(Rule.class) + java.io.File.pathSeparator + location(ImmutableList.class);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status =
        javac.run(null, null, null, "-d", classes.toString(), "-cp", classPath, src.toString());
    assertThat(status).as("javac").isZero();
    Path jar = dir.resolve(withServicesFile ? "acme-rules.jar" : "no-services.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("acme/JarRule.class"));
      out.write(Files.readAllBytes(classes.resolve("acme/JarRule.class")));
      if (withServicesFile) {
        out.putNextEntry(new JarEntry("META-INF/services/" + Rule.class.getName()));
        ((OutputStream) out).write("acme.JarRule\n".getBytes(StandardCharsets.UTF_8));
      }
    }
    return jar;
  }

  private static String location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  private Path plan(String organization) throws Exception {
    CoexistencePlan plan =
        ScenarioPlans.withOrganization(Environment.EXCHANGE_SERVER, organization);
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, PlanWriter.write(plan, PlanFormat.YAML));
    return file;
  }

  @Test
  void validateRunsTheRulesOfAJarGivenWithRules() throws Exception {
    Path jar = ruleJar(true);
    String plan = plan("Contoso LAB").toString();

    Cli withJar = Cli.run("validate", plan, "--rules", jar.toString(), "--today", "2026-11-27");
    assertThat(withJar.exitCode).as(withJar.toString()).isEqualTo(ExitCode.FINDINGS);
    assertThat(withJar.out)
        .contains("ERROR ACME-JAR-001 organization: a lab organization (fix: use the real name)");

    Cli without = Cli.run("validate", plan, "--today", "2026-11-27");
    assertThat(without.exitCode).as(without.toString()).isZero();
    assertThat(without.out).doesNotContain("ACME-JAR-001");
  }

  @Test
  void emitCommandsTakeRulesTooAndStopOnTheirErrors() throws Exception {
    Path jar = ruleJar(true);
    Cli run =
        Cli.run(
            "emit",
            "powershell",
            plan("LAB").toString(),
            "--rules",
            jar.toString(),
            "--today",
            "2026-11-27");
    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.err).contains("ACME-JAR-001");
    assertThat(run.out).isEmpty();
  }

  @Test
  void aMissingJarOrAJarWithoutRulesIsAUsageError() throws Exception {
    String plan = plan("Contoso").toString();
    Path missing = dir.resolve("missing.jar");
    Cli run = Cli.run("validate", plan, "--rules", missing.toString());
    assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(run.err.lines().toList()).contains("coexist: --rules " + missing + ": no such file");

    Path empty = ruleJar(false);
    Cli none = Cli.run("validate", plan, "--rules", empty.toString());
    assertThat(none.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(none.err)
        .contains(
            "--rules ["
                + empty
                + "]: no io.github.coexist.core.validation.RuleProvider or Rule is listed in"
                + " META-INF/services");
    assertThat(List.of(none.err.split("\n"))).hasSize(1);
  }

  @Test
  void theEnvironmentVariableListsRuleJarsToo() throws Exception {
    Path jar = ruleJar(true);
    CoexistencePlan lab =
        ScenarioPlans.recommended(Environment.EXCHANGE_SERVER).toBuilder()
            .organization("LAB")
            .build();
    io.github.coexist.core.validation.ValidationContext day =
        io.github.coexist.core.validation.ValidationContext.on(
            java.time.LocalDate.of(2026, 11, 27));

    assertThat(
            new RuleJars()
                .validator(java.io.File.pathSeparator + jar + java.io.File.pathSeparator)
                .validate(lab, day)
                .diagnostics())
        .anyMatch(d -> d.ruleId().equals("ACME-JAR-001"));
    assertThat(new RuleJars().validator(null).validate(lab, day).diagnostics())
        .noneMatch(d -> d.ruleId().equals("ACME-JAR-001"));
    Path missing = dir.resolve("gone.jar");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new RuleJars().validator(missing.toString()))
        .isInstanceOf(UserError.class)
        .hasMessage("COEXIST_RULES " + missing + ": no such file");
  }
}
