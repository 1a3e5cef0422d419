package io.github.coexist.cli;

import io.github.coexist.core.model.Domains;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.value.SmtpDomain;
import io.github.coexist.livestate.Snapshot;
import io.github.coexist.livestate.importing.PlanImport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coexist import SNAPSHOT... --environment E}: a plan of what the organisation holds. */
@Command(
    name = "import",
    description = {
      "Write a plan holding every live object of the snapshot (every attribute the plan can"
          + " express) as YAML, or JSON when FILE ends in .json; to standard output without -o."
          + " Values the plan cannot hold and kinds that could not be read are listed on standard"
          + " error; the rest is imported. The domains come from the organisation (its default"
          + " accepted domain, its route to Domino) unless all three are given."
    },
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "SNAPSHOT",
      description =
          "What the organisation holds (coexist snapshot JSON, Export-Clixml, ConvertTo-Json with"
              + " --kind).")
  List<Path> snapshots;

  @Option(
      names = "--environment",
      required = true,
      paramLabel = "exchange-online|exchange-server",
      converter = OptionValues.EnvironmentValue.class,
      description = "The Exchange side the snapshot was taken of.")
  Environment environment;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      converter = OptionValues.KindValue.class,
      description = "Import only this kind; also the kind of ConvertTo-Json input.")
  ObjectKind kind;

  @Option(
      names = "--primary-domain",
      paramLabel = "D",
      converter = OptionValues.DomainValue.class,
      description = "The shared primary SMTP domain (with the other two domains).")
  SmtpDomain primaryDomain;

  @Option(
      names = "--domino-domain",
      paramLabel = "D",
      converter = OptionValues.DomainValue.class,
      description = "The Domino routing domain (with the other two domains).")
  SmtpDomain dominoDomain;

  @Option(
      names = "--exchange-domain",
      paramLabel = "D",
      converter = OptionValues.DomainValue.class,
      description = "The Exchange routing domain (with the other two domains).")
  SmtpDomain exchangeDomain;

  @Option(
      names = "-o",
      paramLabel = "FILE",
      description = "Write the plan here (YAML, or JSON for .json) instead of standard output.")
  Path output;

  @Override
  public Integer call() {
    PlanOutput.check(output, "SNAPSHOT", snapshots);
    Snapshot live = SnapshotFiles.read(snapshots, environment, Optional.ofNullable(kind));
    PlanImport imported;
    try {
      imported =
          PlanImport.of(
              live, kind == null ? EnumSet.allOf(ObjectKind.class) : EnumSet.of(kind), domains());
    } catch (IllegalArgumentException e) {
      throw new UserError("import: " + e.getMessage(), e);
    }
    PrintWriter err = spec.commandLine().getErr();
    for (PlanImport.Rejected rejected : imported.rejected()) {
      err.println(
          CoexistCli.oneLine(
              "WARNING "
                  + rejected.path()
                  + " ("
                  + rejected.identity()
                  + ") "
                  + rejected.property()
                  + ": not imported: "
                  + rejected.reason()));
    }
    for (PlanImport.Unknown unknown : imported.unknown()) {
      err.println(
          CoexistCli.oneLine(
              "WARNING " + unknown.kind().planKey() + ": not imported: " + unknown.reason()));
    }
    err.flush();
    return PlanOutput.write(spec, imported.plan(), output, "SNAPSHOT", snapshots);
  }

  /** The three domains when given (all or none), else empty: the organisation shows them. */
  private Optional<Domains> domains() {
    int given =
        (primaryDomain != null ? 1 : 0)
            + (dominoDomain != null ? 1 : 0)
            + (exchangeDomain != null ? 1 : 0);
    if (given == 0) {
      return Optional.empty();
    }
    if (given < 3) {
      throw new UserError(
          "give all three of --primary-domain, --domino-domain and --exchange-domain, or none");
    }
    return Optional.of(
        Domains.builder()
            .primary(primaryDomain)
            .dominoRouting(dominoDomain)
            .exchangeRouting(exchangeDomain)
            .build());
  }
}
