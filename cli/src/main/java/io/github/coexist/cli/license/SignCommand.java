package io.github.coexist.cli.license;

import io.github.coexist.cli.ExitCode;
import io.github.coexist.cli.OptionValues;
import io.github.coexist.cli.OutputFiles;
import io.github.coexist.cli.UserError;
import io.github.coexist.core.model.LicenseType;
import io.github.coexist.license.License;
import io.github.coexist.license.LicenseIssuer;
import io.github.coexist.license.LicenseSigningKey;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code coexist license sign}: issue a signed license file. */
@Command(
    name = "sign",
    description = {
      "Issue a license signed with a private key.",
      "A trial expires 30 days after --generated; the other types need --expires."
    },
    mixinStandardHelpOptions = true)
final class SignCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--private-key",
      required = true,
      paramLabel = "FILE",
      description = "The private key file (from keygen).")
  Path privateKey;

  @Option(
      names = "--type",
      required = true,
      paramLabel = "TYPE",
      converter = Converters.Type.class,
      description = "trial, standard or standard-zapp.")
  LicenseType type;

  @Option(
      names = "--licensee",
      required = true,
      paramLabel = "NAME",
      description = "The organisation the license is for.")
  String licensee;

  @Option(
      names = "--process-domain",
      required = true,
      paramLabel = "NAME",
      description = "The Domino domain of BTCal's BTPROCESSDOMAIN setting.")
  String processDomain;

  @Option(
      names = "--admin-email",
      required = true,
      paramLabel = "ADDR",
      description = "The BTCal administrator, who receives the expiry warnings.")
  String adminEmail;

  @Option(
      names = "--generated",
      required = true,
      paramLabel = "YYYY-MM-DD",
      converter = OptionValues.DateValue.class,
      description = "The first day of the term.")
  LocalDate generated;

  @Option(
      names = "--expires",
      paramLabel = "YYYY-MM-DD",
      converter = OptionValues.DateValue.class,
      description = "The last day of the term (a trial: --generated + 30 days).")
  LocalDate expires;

  @Option(
      names = "--feature",
      paramLabel = "KEY=VALUE",
      description = "An optional feature, for example seats=500; repeatable, each KEY once.")
  List<String> features = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "LICENSE",
      description = "Where to write the license file.")
  Path output;

  @Override
  public Integer call() {
    OutputFiles.check("-o", output, "--private-key", privateKey);
    License license = license();
    LicenseSigningKey key = LicenseFiles.signingKey(privateKey);
    LicenseFiles.write(output, new LicenseIssuer(key).issue(license));
    spec.commandLine()
        .getOut()
        .println(
            "wrote "
                + output
                + ": "
                + license.type().key()
                + " license "
                + license.id()
                + " for "
                + license.licensee()
                + ", "
                + license.generated()
                + " to "
                + license.expires()
                + ", signed with key "
                + key.keyId());
    return ExitCode.OK;
  }

  /** The features by key; a key given twice is refused (picocli's map would keep the last). */
  private Map<String, String> features() {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String feature : features) {
      int equals = feature.indexOf('=');
      if (equals < 0) {
        throw new UserError("--feature " + feature + ": expected KEY=VALUE");
      }
      String key = feature.substring(0, equals);
      if (byKey.put(key, feature.substring(equals + 1)) != null) {
        throw new UserError("--feature " + key + ": given twice; give each feature once");
      }
    }
    return byKey;
  }

  private License license() {
    LocalDate end = expires;
    if (end == null) {
      if (type != LicenseType.TRIAL) {
        throw new UserError(
            "--expires is required for a "
                + type.key()
                + " license (only a trial's term is fixed: 30 days)");
      }
      end = License.trialExpiry(generated);
    }
    try {
      return License.builder()
          .type(type)
          .licensee(licensee)
          .processDomain(processDomain)
          .adminEmail(adminEmail)
          .generated(generated)
          .expires(end)
          .putAllFeatures(features())
          .build();
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), e);
    }
  }
}
