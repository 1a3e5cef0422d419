package io.github.coexist.cli.license;

import io.github.coexist.cli.AsciiEnumValue;
import io.github.coexist.cli.ExitCode;
import io.github.coexist.cli.OptionValues;
import io.github.coexist.cli.SystemClock;
import io.github.coexist.license.LicenseEvaluator;
import io.github.coexist.license.LicenseStatus;
import io.github.coexist.license.LicenseStatusJson;
import io.github.coexist.license.Outcome;
import io.github.coexist.license.WarningLevel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coexist license status}: what a license means today, and which warning is due. */
@Command(
    name = "status",
    description = {
      "Evaluate a license on a day: state, days left, whether BTCal runs, ZApp, upgrades,"
          + " and the expiry warning due.",
      "Exit 0 if the license is valid that day, 1 if not (including expired)."
    },
    mixinStandardHelpOptions = true)
final class StatusCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    TEXT,
    JSON
  }

  /** --format, matched ignoring ASCII case only. */
  static final class FormatValue extends AsciiEnumValue<Format> {
    FormatValue() {
      super(Format.class);
    }
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "LICENSE", description = "The license file.")
  Path license;

  @Option(
      names = "--public-key",
      required = true,
      paramLabel = "FILE",
      description = "A trusted public key file; repeat it to trust several keys.")
  List<Path> publicKeys;

  @Option(
      names = "--today",
      paramLabel = "YYYY-MM-DD",
      converter = OptionValues.DateValue.class,
      description = "The day to evaluate (default: today in UTC).")
  LocalDate today;

  @Option(
      names = "--last-warning",
      paramLabel = "90|30|3|2|1|expired",
      converter = Converters.Warning.class,
      description = "The last expiry warning already sent for this license.")
  WarningLevel lastWarning;

  @Option(
      names = "--format",
      converter = FormatValue.class,
      paramLabel = "text|json",
      defaultValue = "text",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    LicenseCheck check = LicenseCheck.of(license, publicKeys);
    LicenseEvaluator evaluator = new LicenseEvaluator(clock(), ZoneOffset.UTC);
    Outcome<LicenseStatus> status =
        check
            .verified()
            .map(
                valid ->
                    lastWarning == null
                        ? evaluator.evaluate(valid)
                        : evaluator.evaluate(valid, lastWarning));
    if (format == Format.JSON) {
      spec.commandLine().getOut().print(LicenseStatusJson.render(status));
    } else {
      spec.commandLine().getOut().print(StatusText.render(check, status));
    }
    spec.commandLine().getOut().flush();
    return status.isAccepted() && status.value().valid() ? ExitCode.OK : ExitCode.FINDINGS;
  }

  private Clock clock() {
    return today == null
        ? SystemClock.utc()
        : Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
  }
}
