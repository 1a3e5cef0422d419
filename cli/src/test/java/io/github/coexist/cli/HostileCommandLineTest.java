package io.github.coexist.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.livestate.SnapshotJsonWriter;
import io.github.coexist.livestate.drift.PlanAsSnapshot;
import io.github.coexist.planio.PlanFormat;
import io.github.coexist.planio.PlanWriter;
import io.github.coexist.testplans.ScenarioPlans;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line as a hostile user drives it (issue 22): outputs that are inputs, key files,
 * {@code @file} arguments, standard output or files that cannot be written, and odd options. Every
 * refusal is one line on stderr and exit 2, and no input file changes.
 */
class HostileCommandLineTest {
  private static final String DAY = "2026-11-27";

  @TempDir Path dir;

  private Path plan;
  private Path privateKey;
  private Path publicKey;
  private Path license;
  private Path notesIni;
  private Path snapshot;

  @BeforeEach
  void files() throws IOException {
    plan = dir.resolve("plan.yaml");
    CoexistencePlan recommended = ScenarioPlans.recommended(Environment.EXCHANGE_SERVER);
    Files.writeString(plan, PlanWriter.write(recommended, PlanFormat.YAML));
    privateKey = dir.resolve("priv.key");
    publicKey = dir.resolve("pub.key");
    license = dir.resolve("l.lic");
    notesIni = dir.resolve("notes.ini");
    Files.writeString(notesIni, "ServerTasks=Router\n");
    snapshot = dir.resolve("live.json");
    StringWriter json = new StringWriter();
    SnapshotJsonWriter.write(PlanAsSnapshot.of(recommended), json);
    Files.writeString(snapshot, json.toString(), StandardCharsets.UTF_8);
    ok(Cli.run("license", "keygen", "--private-key", s(privateKey), "--public-key", s(publicKey)));
    ok(Cli.run(signArgs(s(license)).toArray(new String[0])));
  }

  private List<String> signArgs(String output) {
    return new ArrayList<>(
        List.of(
            "license",
            "sign",
            "--private-key",
            s(privateKey),
            "--type",
            "trial",
            "--licensee",
            "Contoso",
            "--process-domain",
            "ACME",
            "--admin-email",
            "a@contoso.com",
            "--generated",
            DAY,
            "-o",
            output));
  }

  /**
   * Every command that takes an output file, with that file set to each of its inputs, under the
   * same name, as {@code ./name} and through a symbolic link. The inputs are the plan, the
   * notes.ini merged into, the license and public key of the runbook, the signing key, and the
   * snapshot a change-only script or an import reads.
   */
  static Stream<Function<HostileCommandLineTest, List<String>>> outputIsAnInput() {
    List<Function<HostileCommandLineTest, List<String>>> cases = new ArrayList<>();
    for (String kind : List.of("powershell", "rollback", "notesini", "console", "runbook")) {
      cases.add(t -> t.emit(kind, t.plan));
    }
    cases.add(t -> t.mergeInto(t.notesIni));
    cases.add(t -> t.runbookWith(t.license));
    cases.add(t -> t.runbookWith(t.publicKey));
    cases.add(t -> t.signArgs(s(t.privateKey)));
    cases.add(t -> t.changeOnly(t.snapshot));
    cases.add(t -> t.importTo(t.snapshot));
    return cases.stream();
  }

  private List<String> emit(String kind, Path output) {
    return List.of("emit", kind, s(plan), "--today", DAY, "-o", s(output));
  }

  private List<String> mergeInto(Path output) {
    return List.of(
        "emit", "notesini", s(plan), "--merge-into", s(notesIni), "--today", DAY, "-o", s(output));
  }

  private List<String> changeOnly(Path output) {
    return List.of(
        "emit", "powershell", s(plan), "--against", s(snapshot), "--today", DAY, "-o", s(output));
  }

  private List<String> importTo(Path output) {
    return List.of("import", s(snapshot), "--environment", "exchange-server", "-o", s(output));
  }

  private List<String> runbookWith(Path output) {
    return List.of(
        "emit",
        "runbook",
        s(plan),
        "--license",
        s(license),
        "--public-key",
        s(publicKey),
        "--today",
        DAY,
        "-o",
        s(output));
  }

  @ParameterizedTest
  @MethodSource("outputIsAnInput")
  void noCommandWritesOverOneOfItsInputs(Function<HostileCommandLineTest, List<String>> command)
      throws IOException {
    List<String> args = command.apply(this);
    Path input = Path.of(args.get(args.size() - 1));
    Path link = dir.resolve("link-to-" + input.getFileName());
    Files.createSymbolicLink(link, input);
    for (String output : List.of(s(input), dir + "/./" + input.getFileName(), s(link))) {
      List<String> withOutput = new ArrayList<>(args);
      withOutput.set(withOutput.size() - 1, output);
      byte[] before = Files.readAllBytes(input);
      Cli run = Cli.run(withOutput.toArray(new String[0]));
      assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
      assertOneLine(run);
      assertThat(run.err).contains("-o " + output + ": is the file given as ");
      assertThat(Files.readAllBytes(input)).as(output).isEqualTo(before);
    }
  }

  /** Key files are never replaced, whether or not the command reads them. */
  @Test
  void noCommandWritesOverAKeyFile() throws IOException {
    List<List<String>> commands = new ArrayList<>();
    for (Path key : List.of(privateKey, publicKey)) {
      for (String kind : List.of("powershell", "rollback", "notesini", "console", "runbook")) {
        commands.add(emit(kind, key));
      }
      commands.add(
          List.of(
              "init",
              "--environment",
              "exchange-online",
              "--primary-domain",
              "contoso.com",
              "--domino-domain",
              "domino.contoso.com",
              "--exchange-domain",
              "exch.contoso.com",
              "--coexistence-server",
              "10.1.1.1,public=coex01.contoso.com",
              "-o",
              s(key)));
      commands.add(signArgs(s(key)));
    }
    byte[] privateBefore = Files.readAllBytes(privateKey);
    byte[] publicBefore = Files.readAllBytes(publicKey);
    for (List<String> command : commands) {
      Cli run = Cli.run(command.toArray(new String[0]));
      assertThat(run.exitCode).as(command + "\n" + run).isEqualTo(2);
      assertOneLine(run);
      assertThat(run.err).containsAnyOf("not overwriting a key", "is the file given as");
    }
    assertThat(commands).hasSize(14);
    assertThat(Files.readAllBytes(privateKey)).isEqualTo(privateBefore);
    assertThat(Files.readAllBytes(publicKey)).isEqualTo(publicBefore);
  }

  @Test
  void keygenRefusesOneFileForBothKeysAndLeavesNoFileWhenItFails() {
    Path same = dir.resolve("both.key");
    Cli run =
        Cli.run("license", "keygen", "--private-key", s(same), "--public-key", dir + "/./both.key");
    assertThat(run.exitCode).isEqualTo(2);
    assertOneLine(run);
    assertThat(run.err).contains("name the same file");
    assertThat(same).doesNotExist();

    // The private key's folder does not exist: the public key, written first, goes again.
    Path pub = dir.resolve("new.pub");
    run =
        Cli.run(
            "license",
            "keygen",
            "--private-key",
            s(dir.resolve("missing/new.key")),
            "--public-key",
            s(pub));
    assertThat(run.exitCode).isEqualTo(2);
    assertOneLine(run);
    assertThat(pub).doesNotExist();
  }

  @Test
  void anAtSignArgumentIsAFileNameAndNeverExpanded() throws IOException {
    String secret = Files.readString(privateKey);
    String keyLine = secret.lines().filter(l -> l.startsWith("private-key:")).findFirst().get();
    Cli run = Cli.run("validate", "@" + privateKey, "--today", DAY);
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out + run.err).doesNotContain(keyLine.substring("private-key: ".length()));
    assertOneLine(run);

    // A plan whose file name starts with '@' is read as that file.
    Path at = dir.resolve("@plan.yaml");
    Files.copy(plan, at);
    Cli valid = Cli.run("validate", at.toString(), "--today", DAY);
    assertThat(valid.exitCode).as(valid.toString()).isZero();
  }

  /** Every command that prints on standard output, run against a stream that fails. */
  static Stream<Function<HostileCommandLineTest, List<String>>> printingCommands() {
    List<Function<HostileCommandLineTest, List<String>>> cases = new ArrayList<>();
    for (String kind : List.of("powershell", "rollback", "notesini", "console", "runbook")) {
      cases.add(t -> List.of("emit", kind, s(t.plan), "--today", DAY));
    }
    cases.add(
        t -> List.of("emit", "notesini", s(t.plan), "--merge-into", s(t.notesIni), "--today", DAY));
    cases.add(
        t ->
            List.of(
                "emit",
                "notesini",
                s(t.plan),
                "--merge-into",
                s(t.notesIni),
                "--dry-run",
                "--today",
                DAY));
    cases.add(t -> List.of("validate", s(t.plan), "--today", DAY));
    cases.add(t -> List.of("validate", s(t.plan), "--format", "json", "--today", DAY));
    cases.add(
        t ->
            List.of(
                "init",
                "--environment",
                "exchange-online",
                "--primary-domain",
                "contoso.com",
                "--domino-domain",
                "domino.contoso.com",
                "--exchange-domain",
                "exch.contoso.com",
                "--coexistence-server",
                "10.1.1.1,public=coex01.contoso.com"));
    cases.add(t -> List.of("demo", "--out", s(t.dir.resolve("demo")), "--today", DAY));
    cases.add(t -> List.of("license", "verify", s(t.license), "--public-key", s(t.publicKey)));
    cases.add(
        t ->
            List.of(
                "license", "status", s(t.license), "--public-key", s(t.publicKey), "--today", DAY));
    cases.add(
        t ->
            List.of(
                "license",
                "keygen",
                "--private-key",
                s(t.dir.resolve("k2")),
                "--public-key",
                s(t.dir.resolve("k2.pub"))));
    cases.add(t -> t.signArgs(s(t.dir.resolve("l2.lic"))));
    cases.add(t -> List.of("--version"));
    cases.add(t -> List.of("--help"));
    return cases.stream();
  }

  @ParameterizedTest
  @MethodSource("printingCommands")
  void aFailedWriteToStandardOutputIsExit2WithOneLine(
      Function<HostileCommandLineTest, List<String>> command) {
    OutputStream full =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    StringWriter err = new StringWriter();
    int code =
        CoexistCli.run(
            new PrintWriter(new OutputStreamWriter(full, StandardCharsets.UTF_8), true),
            new PrintWriter(err, true),
            command.apply(this).toArray(new String[0]));
    assertThat(code).as(err.toString()).isEqualTo(2);
    assertThat(err.toString())
        .endsWith("coexist: standard output: cannot be written (disk full or pipe closed)\n");
  }

  /** Every command that writes a file, with the file on a full device (Linux's /dev/full). */
  @Test
  void aFailedWriteToAFileIsExit2WithOneLine() {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.isWritable(full), "needs /dev/full");
    List<List<String>> commands = new ArrayList<>();
    for (String kind : List.of("powershell", "rollback", "notesini", "console", "runbook")) {
      commands.add(emit(kind, full));
    }
    commands.add(mergeInto(full));
    commands.add(
        List.of(
            "init",
            "--environment",
            "exchange-online",
            "--primary-domain",
            "contoso.com",
            "--domino-domain",
            "domino.contoso.com",
            "--exchange-domain",
            "exch.contoso.com",
            "--coexistence-server",
            "10.1.1.1,public=coex01.contoso.com",
            "-o",
            s(full)));
    commands.add(signArgs(s(full)));
    for (List<String> command : commands) {
      Cli run = Cli.run(command.toArray(new String[0]));
      assertThat(run.exitCode).as(command + "\n" + run).isEqualTo(2);
      assertOneLine(run);
      assertThat(run.err).contains("/dev/full");
    }
  }

  @Test
  void theDemoWritesIntoNoFolderItDidNotWrite() throws IOException {
    Cli empty = Cli.run("demo", "--out", "", "--today", DAY);
    assertThat(empty.exitCode).isEqualTo(2);
    assertThat(empty.err).isEqualTo("coexist: --out: is empty; name the folder to write into\n");

    Path foreign = dir.resolve("mine");
    Files.createDirectories(foreign.resolve("exchange-online"));
    Path own = foreign.resolve("exchange-online/runbook.md");
    Files.writeString(own, "my notes");
    Cli refused = Cli.run("demo", "--out", s(foreign), "--today", DAY);
    assertThat(refused.exitCode).isEqualTo(2);
    assertOneLine(refused);
    assertThat(refused.err).contains(own + ": exists and was not written by coexist demo");
    assertThat(Files.readString(own)).isEqualTo("my notes");

    // Its own folder it rewrites: the second run succeeds.
    Path demo = dir.resolve("demo");
    ok(Cli.run("demo", "--out", s(demo), "--today", DAY));
    ok(Cli.run("demo", "--out", s(demo), "--today", DAY));
  }

  @Test
  void oddOptionsAreOneLineErrors() {
    Cli twice =
        Cli.run(
            "license",
            "keygen",
            "--private-key",
            s(dir.resolve("a")),
            "--public-key",
            s(dir.resolve("b")),
            "--public-key",
            s(dir.resolve("c")));
    assertThat(twice.exitCode).isEqualTo(2);
    assertOneLine(twice);
    assertThat(twice.err).contains("'--public-key'").contains("coexist license keygen --help");

    List<String> feature = signArgs(s(dir.resolve("f.lic")));
    feature.addAll(List.of("--feature", "k=1", "--feature", "k=2"));
    Cli features = Cli.run(feature.toArray(new String[0]));
    assertThat(features.exitCode).isEqualTo(2);
    assertThat(features.err)
        .isEqualTo("coexist: --feature k: given twice; give each feature once\n");
    assertThat(dir.resolve("f.lic")).doesNotExist();

    List<String> late = signArgs(s(dir.resolve("late.lic")));
    late.set(late.indexOf(DAY), "9999-12-15");
    Cli lateRun = Cli.run(late.toArray(new String[0]));
    assertThat(lateRun.exitCode).isEqualTo(2);
    assertThat(lateRun.err)
        .isEqualTo(
            "coexist: expires (+10000-01-14) is outside the years 0001 to 9999 a license file"
                + " can hold\n");
    assertThat(dir.resolve("late.lic")).doesNotExist();
  }

  @Test
  void aLicenseWithAKeyIdButNoSignatureSaysSo() throws IOException {
    String text = Files.readString(license);
    Path cut = dir.resolve("cut.lic");
    Files.writeString(cut, text.substring(0, text.indexOf("signature:")));
    Cli run = Cli.run("license", "verify", s(cut), "--public-key", s(publicKey));
    assertThat(run.exitCode).isNotZero();

    assertThat(run.out + run.err)
        .contains("has a key-id line (")
        .contains(") but no signature line after it");
  }

  @Test
  void aNotesIniWithCrLineEndsIsRefusedWithItsLine() throws IOException {
    Path mac = dir.resolve("mac.ini");
    Files.writeString(mac, "BTEXCHANGEDB=old.box\rKitType=2\rServerTasks=Update,Router\r");
    Path merged = dir.resolve("merged.ini");
    Cli run =
        Cli.run(
            "emit", "notesini", s(plan), "--merge-into", s(mac), "--today", DAY, "-o", s(merged));
    assertThat(run.exitCode).isEqualTo(2);
    assertOneLine(run);
    assertThat(run.err).startsWith("coexist: " + mac + ":1: carriage return (0x0D) at column 21");
    assertThat(merged).doesNotExist();
  }

  /** A plan the rules pass but an emitter refuses: the runbook says so in one line. */
  @Test
  void aRunbookOfAPlanAnEmitterRefusesIsOneLine() throws IOException {
    io.github.coexist.core.model.CoexistencePlan online =
        io.github.coexist.core.model.CoexistencePlan.builder()
            .from(ScenarioPlans.recommended(Environment.EXCHANGE_ONLINE))
            .connection(
                io.github.coexist.core.model.Connection.builder()
                    .userPrincipalName("admin@contoso.com\u0007")
                    .build())
            .build();
    Path file = dir.resolve("bell.yaml");
    Files.writeString(file, PlanWriter.write(online, PlanFormat.YAML));
    Cli run = Cli.run("emit", "runbook", s(file), "--today", DAY);
    assertThat(run.err).doesNotContain("internal error");
    assertThat(run.exitCode).isIn(1, 2);
    assertThat(run.err.lines().filter(l -> l.startsWith("coexist: "))).hasSize(1);
  }

  /**
   * Plans an emitter would refuse (issue 22, point 7): every emit command answers with the field's
   * path and no internal error, because validation refuses them first.
   */
  @Test
  void everyEmitCommandNamesTheFieldAnEmitterWouldRefuse() throws IOException {
    CoexistencePlan server = ScenarioPlans.recommended(Environment.EXCHANGE_SERVER);
    java.util.Map<String, CoexistencePlan> plans =
        java.util.Map.of(
            "connection.userPrincipalName",
            CoexistencePlan.builder()
                .from(server)
                .connection(
                    io.github.coexist.core.model.Connection.builder()
                        .userPrincipalName("admin@contoso.com\u0007")
                        .build())
                .build(),
            "domino.foreignDomain",
            ScenarioPlans.withDomino(d -> d.foreignDomain("Ex\"change")),
            "sendConnectors[0].internet",
            CoexistencePlan.builder()
                .from(server)
                .sendConnectors(
                    List.of(
                        io.github.coexist.core.model.SendConnector.builder()
                            .from(server.sendConnectors().get(0))
                            .internet(true)
                            .build()))
                .build());
    int runs = 0;
    for (var entry : new java.util.TreeMap<>(plans).entrySet()) {
      Path file = dir.resolve("refused-" + runs + ".yaml");
      Files.writeString(file, PlanWriter.write(entry.getValue(), PlanFormat.YAML));
      for (String command :
          List.of("powershell", "rollback", "notesini", "console", "domino", "runbook")) {
        Cli run = Cli.run("emit", command, s(file), "--today", DAY);
        assertThat(run.err).as(command).doesNotContain("internal error").contains(entry.getKey());
        assertThat(run.exitCode).as(command).isIn(1, 2);
        runs++;
      }
    }
    assertThat(runs).isEqualTo(18);
  }

  /**
   * Enumeration options are matched ignoring ASCII case only (issue 22, point 8): picocli's Unicode
   * case folding took {@code jſon} for json, and the model's lookups trimmed control characters and
   * folded the Kelvin sign.
   */
  static Stream<List<String>> lookalikeOptions() {
    return Stream.of(
        List.of("validate", "PLAN", "--format", "j\u017Fon"),
        List.of("validate", "PLAN", "--format", "TEXT\u0000"),
        List.of("diff", "PLAN", "PLAN", "--format", "j\u017Fon"),
        List.of("license", "status", "--format", "j\u017Fon"),
        List.of("init", "--environment", "exchange-\u017Ferver"),
        List.of("init", "--environment", "\u0131nternal"),
        List.of("init", "--environment", "exchange-server\t"),
        List.of("init", "--tls", "required\u000B"),
        List.of("emit", "snapshot", "--environment", "exchange-online "),
        List.of("diff", "PLAN", "PLAN", "--kind", "\u212Aind"),
        List.of("license", "sign", "--type", "standard-zapp\u0000"),
        List.of("license", "status", "--last-warning", "expired\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lookalikeOptions")
  void enumerationOptionsRefuseLookalikes(List<String> args) {
    String[] resolved =
        args.stream().map(a -> a.equals("PLAN") ? s(plan) : a).toArray(String[]::new);
    Cli run = Cli.run(resolved);
    assertThat(run.exitCode).as("%s", run).isEqualTo(2);
    assertThat(run.err).doesNotContain("internal error").startsWith("coexist: ");
    assertThat(run.err.lines().count()).as("%s", run).isEqualTo(1);
  }

  @Test
  void enumerationOptionsStillIgnoreAsciiCase() {
    for (String format : List.of("JSON", "Json", "json")) {
      Cli run = Cli.run("validate", s(plan), "--format", format, "--today", DAY);
      assertThat(run.exitCode).as("%s", run).isZero();
    }
  }

  private static void ok(Cli run) {
    assertThat(run.exitCode).as(run.toString()).isZero();
  }

  private static void assertOneLine(Cli run) {
    assertThat(run.err).as(run.toString()).startsWith("coexist: ").endsWith("\n");
    assertThat(run.err.lines()).as(run.toString()).hasSize(1);
  }

  private static String s(Path path) {
    return path.toString();
  }
}
