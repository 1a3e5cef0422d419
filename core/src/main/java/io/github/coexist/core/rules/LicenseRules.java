package io.github.coexist.core.rules;

import static io.github.coexist.core.validation.Severity.ERROR;
import static io.github.coexist.core.validation.Severity.WARNING;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.LicenseFacts;
import io.github.coexist.core.text.UnsafeText;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The license facts in the plan, judged on the validation date ({@link RuleContext#today()}), never
 * on the clock: the guide's section 8.
 */
final class LicenseRules {
  /** The guide warns 90, 30, 3, 2 and 1 days ahead; a plan is judged against the 30-day mark. */
  static final int EXPIRY_WARNING_DAYS = 30;

  private static final PlanPath LICENSE = PlanPath.root("license");

  private LicenseRules() {}

  static List<Rule> all() {
    return ImmutableList.of(
        BuiltInRule.of(
            "COEX-LIC-001",
            ERROR,
            "A trial license has not expired",
            "When a trial license expires BTCal shuts down and mail between the systems stops.",
            "guide section 8",
            LicenseRules::trialExpired),
        BuiltInRule.of(
            "COEX-LIC-002",
            WARNING,
            "The license does not expire within 30 days",
            "BTCal warns on the console and by e-mail 90, 30, 3, 2 and 1 days ahead; a plan that"
                + " applies a license about to expire should say so before it is applied.",
            "guide section 8",
            LicenseRules::expiresSoon),
        BuiltInRule.of(
            "COEX-LIC-003",
            WARNING,
            "A standard license has not expired",
            "An expired standard license keeps BTCal running, but versions released after the"
                + " expiry date are not covered.",
            "guide section 8",
            LicenseRules::standardExpired),
        BuiltInRule.of(
            "COEX-LIC-004",
            ERROR,
            "A license expires after it is generated",
            "The term starts on the day the license is generated; an expiry before that is a"
                + " typo in one of the dates.",
            "guide section 8",
            LicenseRules::expiryAfterGeneration),
        BuiltInRule.of(
            "COEX-LIC-005",
            WARNING,
            "A license is not generated after the validation date",
            "A generation date in the future is usually a typo (or the wrong validation date).",
            "guide section 8",
            LicenseRules::generatedInFuture),
        BuiltInRule.of(
            "COEX-LIC-040",
            ERROR,
            "The license's server path is one console line without '\"'",
            "The path is written into the console command 'tell btcal install license <path>':"
                + " a line break would start another command, a control or invisible character"
                + " is not the path it looks like, a double quote's treatment by the console is"
                + " not documented, and an empty path or a space at either end names no file.",
            "guide section 8; HCL Domino documentation: tell (server command)",
            LicenseRules::serverPath));
  }

  private static PlanPath expiryPath(LicenseFacts license) {
    // A trial without an explicit expiry expires a fixed term after it is generated.
    return LICENSE.key(license.expires().isPresent() ? "expires" : "generated");
  }

  private static boolean expired(LicenseFacts license, LocalDate today) {
    return license.effectiveExpiry().filter(today::isAfter).isPresent();
  }

  static void trialExpired(CoexistencePlan plan, RuleContext ctx) {
    plan.license()
        .filter(l -> !l.type().runsAfterExpiry() && expired(l, ctx.today()))
        .ifPresent(
            l ->
                ctx.report(
                    expiryPath(l),
                    "the trial license expired on "
                        + l.effectiveExpiry().get()
                        + " (judged on "
                        + ctx.today()
                        + "): BTCal shuts down",
                    "apply a standard license, or a new trial license"));
  }

  static void expiresSoon(CoexistencePlan plan, RuleContext ctx) {
    if (plan.license().isEmpty() || plan.license().get().effectiveExpiry().isEmpty()) {
      return;
    }
    LicenseFacts license = plan.license().get();
    LocalDate expiry = license.effectiveExpiry().get();
    long days = ChronoUnit.DAYS.between(ctx.today(), expiry);
    if (days >= 0 && days <= EXPIRY_WARNING_DAYS) {
      ctx.report(
          expiryPath(license),
          "the "
              + license.type()
              + " license expires on "
              + expiry
              + ", in "
              + days
              + (days == 1 ? " day" : " days"),
          "order the next license now and apply it before " + expiry);
    }
  }

  static void standardExpired(CoexistencePlan plan, RuleContext ctx) {
    plan.license()
        .filter(l -> l.type().runsAfterExpiry() && expired(l, ctx.today()))
        .ifPresent(
            l ->
                ctx.report(
                    expiryPath(l),
                    "the "
                        + l.type()
                        + " license expired on "
                        + l.effectiveExpiry().get()
                        + ": BTCal keeps running, but newer versions are not covered",
                    "renew the license before upgrading BTCal"));
  }

  static void expiryAfterGeneration(CoexistencePlan plan, RuleContext ctx) {
    plan.license()
        .filter(l -> l.expires().filter(e -> e.isBefore(l.generated())).isPresent())
        .ifPresent(
            l ->
                ctx.report(
                    LICENSE.key("expires"),
                    "the license expires on "
                        + l.expires().get()
                        + ", before it was generated on "
                        + l.generated(),
                    "check both dates against the license file"));
  }

  static void generatedInFuture(CoexistencePlan plan, RuleContext ctx) {
    plan.license()
        .filter(l -> l.generated().isAfter(ctx.today()))
        .ifPresent(
            l ->
                ctx.report(
                    LICENSE.key("generated"),
                    "the license is generated on "
                        + l.generated()
                        + ", after the validation date "
                        + ctx.today(),
                    "check the generation date, or validate with the date the plan will be"
                        + " applied"));
  }

  static void serverPath(CoexistencePlan plan, RuleContext ctx) {
    if (plan.license().isEmpty() || plan.license().get().serverPath().isEmpty()) {
      return;
    }
    String path = plan.license().get().serverPath().get();
    String problem = null;
    int at = Show.firstControlOrInvisible(path);
    if (path.isEmpty()) {
      problem = "is empty";
    } else if (at >= 0) {
      problem = "contains " + Show.codePoint(path.codePointAt(at));
    } else if (UnsafeText.doubleQuote().matchesAnyOf(path)) {
      problem = "contains '\"'";
    } else if (UnsafeText.hasEdgeSpace(path)) {
      problem = "starts or ends with a space";
    }
    if (problem != null) {
      ctx.report(
          LICENSE.key("serverPath"),
          "the license's server path " + Show.quoted(path) + " " + problem,
          "give the license file's full path on the Domino server, on one line");
    }
  }
}
