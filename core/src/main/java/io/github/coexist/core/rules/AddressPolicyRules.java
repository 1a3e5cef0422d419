package io.github.coexist.core.rules;

import static io.github.coexist.core.validation.Severity.ERROR;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.EmailAddressPolicy;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.RecipientType;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleContext;
import io.github.coexist.core.value.EmailAddressTemplate;
import io.github.coexist.core.value.InvalidValueException;
import java.util.List;
import java.util.Optional;

/** Email address policies (guide 7.2.3; E13, E15). */
final class AddressPolicyRules {
  private AddressPolicyRules() {}

  static List<Rule> all() {
    return ImmutableList.of(
        BuiltInRule.of(
            "COEX-EAP-001",
            ERROR,
            "A policy's templates have exactly one primary SMTP: template",
            "SMTP: (upper case) marks the primary address and Exchange requires exactly one;"
                + " with none or two the policy is refused.",
            "guide 7.2.3; Microsoft: New-EmailAddressPolicy -EnabledEmailAddressTemplates",
            AddressPolicyRules::onePrimary),
        BuiltInRule.of(
            "COEX-EAP-002",
            ERROR,
            "Templates use only the documented %-variables",
            "Exchange knows %d, %g, %i, %m, %s, %rxy and %<n>g / %<n>s; anything else is refused"
                + " or stamps literal text into every address.",
            "Microsoft: Email address policies in Exchange Server (address formats)",
            AddressPolicyRules::knownVariables),
        BuiltInRule.of(
            "COEX-EAP-003",
            ERROR,
            "IncludedRecipients AllRecipients stands alone",
            "AllRecipients cannot be combined with other recipient types; the cmdlet refuses it.",
            "Microsoft: New-EmailAddressPolicy -IncludedRecipients",
            AddressPolicyRules::allRecipientsAlone),
        BuiltInRule.of(
            "COEX-EAP-004",
            ERROR,
            "EnabledEmailAddressTemplates and EnabledPrimarySMTPAddressTemplate are not both set",
            "They belong to different parameter sets of New-EmailAddressPolicy; the cmdlet refuses"
                + " both at once.",
            "Microsoft: New-EmailAddressPolicy (parameter sets)",
            AddressPolicyRules::templateParametersExclusive),
        BuiltInRule.of(
            "COEX-EAP-005",
            ERROR,
            "In Exchange Online, templates use no variables",
            "Exchange Online policies apply to Microsoft 365 Groups and their templates cannot use"
                + " variables; mailbox addresses come from directory synchronisation.",
            "E15; Microsoft: New-EmailAddressPolicy -EnabledEmailAddressTemplates",
            AddressPolicyRules::onlineNoVariables),
        BuiltInRule.of(
            "COEX-EAP-006",
            ERROR,
            "In Exchange Online, a policy applies to Microsoft 365 Groups"
                + " (IncludeUnifiedGroupRecipients)",
            "Exchange Online has address policies only for Microsoft 365 Groups; without"
                + " -IncludeUnifiedGroupRecipients the cmdlet fails (the guide's E15).",
            "E15; Microsoft: New-EmailAddressPolicy -IncludeUnifiedGroupRecipients",
            AddressPolicyRules::onlineGroupsOnly),
        BuiltInRule.of(
            "COEX-EAP-007",
            ERROR,
            "RecipientFilter is not combined with IncludedRecipients or Conditional* filters",
            "A custom OPATH filter and the precanned filters are different parameter sets; the"
                + " cmdlet refuses both at once.",
            "Microsoft: New-EmailAddressPolicy -RecipientFilter",
            AddressPolicyRules::filtersExclusive),
        BuiltInRule.of(
            "COEX-EAP-008",
            ERROR,
            "DisabledEmailAddressTemplates has no primary SMTP: template",
            "A disabled template cannot be the primary address; the cmdlet refuses SMTP: there.",
            "Microsoft: New-EmailAddressPolicy -DisabledEmailAddressTemplates",
            AddressPolicyRules::disabledNotPrimary),
        BuiltInRule.of(
            "COEX-EAP-009",
            ERROR,
            "EnabledPrimarySMTPAddressTemplate is one address format without a type prefix",
            "The parameter takes a format such as %m@contoso.com; a prefix or a malformed address"
                + " is refused.",
            "Microsoft: New-EmailAddressPolicy -EnabledPrimarySMTPAddressTemplate",
            AddressPolicyRules::primaryTemplateWellFormed));
  }

  /**
   * The policy's EnabledPrimarySMTPAddressTemplate as a primary template, when it is well formed.
   */
  static Optional<EmailAddressTemplate> primaryTemplate(EmailAddressPolicy policy) {
    return policy.enabledPrimarySmtpAddressTemplate().flatMap(AddressPolicyRules::parsePrimary);
  }

  private static Optional<EmailAddressTemplate> parsePrimary(String format) {
    if (primaryProblem(format) != null) {
      return Optional.empty();
    }
    return Optional.of(EmailAddressTemplate.parse("SMTP:" + format));
  }

  /** Why {@code format} is not a primary address format, or null. */
  private static String primaryProblem(String format) {
    int colon = format.indexOf(':');
    int percent = format.indexOf('%');
    // A colon before any variable is a type prefix (a colon may follow %r as a character).
    if (colon >= 0 && (percent < 0 || colon < percent)) {
      return "it takes no type prefix";
    }
    try {
      EmailAddressTemplate.parse("SMTP:" + format);
      return null;
    } catch (InvalidValueException e) {
      return e.reason();
    }
  }

  private static PlanPath policy(int index) {
    return PlanPath.of(ObjectKind.EMAIL_ADDRESS_POLICY, index);
  }

  static void onePrimary(CoexistencePlan plan, RuleContext ctx) {
    List<EmailAddressPolicy> policies = plan.emailAddressPolicies();
    for (int i = 0; i < policies.size(); i++) {
      List<EmailAddressTemplate> templates = policies.get(i).enabledEmailAddressTemplates();
      if (templates.isEmpty()) {
        continue;
      }
      PlanPath path = policy(i).key("enabledEmailAddressTemplates");
      int primaries = 0;
      for (int j = 0; j < templates.size(); j++) {
        if (templates.get(j).isPrimary() && ++primaries > 1) {
          ctx.report(
              path.index(j),
              "a second primary template: " + templates.get(j),
              "keep one SMTP: template and write the others as smtp: (lower case)");
        }
      }
      if (primaries == 0) {
        ctx.report(
            path,
            "no primary SMTP: template among " + Show.list(templates),
            "write the primary address with an upper-case SMTP: prefix, e.g. SMTP:%m@"
                + plan.domains().primary());
      }
    }
  }

  static void knownVariables(CoexistencePlan plan, RuleContext ctx) {
    List<EmailAddressPolicy> policies = plan.emailAddressPolicies();
    for (int i = 0; i < policies.size(); i++) {
      EmailAddressPolicy p = policies.get(i);
      unknownVariables(
          p.enabledEmailAddressTemplates(), policy(i).key("enabledEmailAddressTemplates"), ctx);
      unknownVariables(
          p.disabledEmailAddressTemplates(), policy(i).key("disabledEmailAddressTemplates"), ctx);
      Optional<EmailAddressTemplate> primary = primaryTemplate(p);
      if (primary.isPresent() && !primary.get().unknownVariables().isEmpty()) {
        reportUnknown(primary.get(), policy(i).key("enabledPrimarySmtpAddressTemplate"), ctx);
      }
    }
  }

  private static void unknownVariables(
      List<EmailAddressTemplate> templates, PlanPath path, RuleContext ctx) {
    for (int j = 0; j < templates.size(); j++) {
      if (!templates.get(j).unknownVariables().isEmpty()) {
        reportUnknown(templates.get(j), path.index(j), ctx);
      }
    }
  }

  private static void reportUnknown(EmailAddressTemplate template, PlanPath path, RuleContext ctx) {
    ctx.report(
        path,
        "template "
            + Show.quoted(template.toString())
            + " uses unknown variables "
            + Show.quoted(String.join(" ", template.unknownVariables())),
        "use %d, %g, %i, %m, %s, %rxy, %<n>g or %<n>s");
  }

  static void allRecipientsAlone(CoexistencePlan plan, RuleContext ctx) {
    List<EmailAddressPolicy> policies = plan.emailAddressPolicies();
    for (int i = 0; i < policies.size(); i++) {
      List<RecipientType> types = policies.get(i).includedRecipients();
      if (types.contains(RecipientType.ALL_RECIPIENTS) && types.size() > 1) {
        ctx.report(
            policy(i).key("includedRecipients"),
            "AllRecipients is combined with other types: " + Show.list(types),
            "use AllRecipients alone, or list the recipient types without it");
      }
    }
  }

  static void templateParametersExclusive(CoexistencePlan plan, RuleContext ctx) {
    List<EmailAddressPolicy> policies = plan.emailAddressPolicies();
    for (int i = 0; i < policies.size(); i++) {
      EmailAddressPolicy p = policies.get(i);
      if (!p.enabledEmailAddressTemplates().isEmpty()
          && p.enabledPrimarySmtpAddressTemplate().isPresent()) {
        ctx.report(
            policy(i).key("enabledPrimarySmtpAddressTemplate"),
            "both enabledEmailAddressTemplates and enabledPrimarySmtpAddressTemplate are set",
            "keep enabledEmailAddressTemplates (with one SMTP: template) and remove"
                + " enabledPrimarySmtpAddressTemplate");
      }
    }
  }

  static void onlineNoVariables(CoexistencePlan plan, RuleContext ctx) {
    if (!PlanFacts.isOnline(plan)) {
      return;
    }
    List<EmailAddressPolicy> policies = plan.emailAddressPolicies();
    for (int i = 0; i < policies.size(); i++) {
      EmailAddressPolicy p = policies.get(i);
      List<EmailAddressTemplate> templates = p.enabledEmailAddressTemplates();
      for (int j = 0; j < templates.size(); j++) {
        if (templates.get(j).hasVariables()) {
          ctx.report(
              policy(i).key("enabledEmailAddressTemplates").index(j),
              "template " + Show.quoted(templates.get(j).toString()) + " uses variables",
              "write a fixed address format (Exchange Online takes no variables)");
        }
      }
      Optional<String> primary = p.enabledPrimarySmtpAddressTemplate();
      if (primary.isPresent() && primary.get().indexOf('%') >= 0) {
        ctx.report(
            policy(i).key("enabledPrimarySmtpAddressTemplate"),
            "template " + Show.quoted(primary.get()) + " uses variables",
            "write a fixed address format (Exchange Online takes no variables)");
      }
    }
  }

  static void onlineGroupsOnly(CoexistencePlan plan, RuleContext ctx) {
    if (!PlanFacts.isOnline(plan)) {
      return;
    }
    List<EmailAddressPolicy> policies = plan.emailAddressPolicies();
    for (int i = 0; i < policies.size(); i++) {
      if (!policies.get(i).includeUnifiedGroupRecipients().orElse(false)) {
        ctx.report(
            policy(i).key("includeUnifiedGroupRecipients"),
            "policy "
                + Show.quoted(policies.get(i).name())
                + " does not set includeUnifiedGroupRecipients",
            "in Exchange Online, set includeUnifiedGroupRecipients to true, or remove the policy:"
                + " mailbox addresses come from directory synchronisation");
      }
    }
  }

  static void filtersExclusive(CoexistencePlan plan, RuleContext ctx) {
    List<EmailAddressPolicy> policies = plan.emailAddressPolicies();
    for (int i = 0; i < policies.size(); i++) {
      EmailAddressPolicy p = policies.get(i);
      if (p.recipientFilter().isEmpty()) {
        continue;
      }
      String precanned = precannedFilter(p);
      if (precanned != null) {
        ctx.report(
            policy(i).key("recipientFilter"),
            "recipientFilter is combined with " + precanned,
            "use either recipientFilter or includedRecipients with conditional filters");
      }
    }
  }

  /** The key of the first precanned filter attribute the policy manages, or null. */
  private static String precannedFilter(EmailAddressPolicy policy) {
    for (Attribute attribute : ObjectKind.EMAIL_ADDRESS_POLICY.attributes()) {
      boolean precanned =
          attribute.key().equals("includedRecipients") || attribute.key().startsWith("conditional");
      if (precanned && attribute.isManagedIn(policy)) {
        return attribute.key();
      }
    }
    return null;
  }

  static void disabledNotPrimary(CoexistencePlan plan, RuleContext ctx) {
    List<EmailAddressPolicy> policies = plan.emailAddressPolicies();
    for (int i = 0; i < policies.size(); i++) {
      List<EmailAddressTemplate> disabled = policies.get(i).disabledEmailAddressTemplates();
      for (int j = 0; j < disabled.size(); j++) {
        if (disabled.get(j).isPrimary()) {
          ctx.report(
              policy(i).key("disabledEmailAddressTemplates").index(j),
              "disabled template " + Show.quoted(disabled.get(j).toString()) + " is primary",
              "write it with a lower-case smtp: prefix");
        }
      }
    }
  }

  static void primaryTemplateWellFormed(CoexistencePlan plan, RuleContext ctx) {
    List<EmailAddressPolicy> policies = plan.emailAddressPolicies();
    for (int i = 0; i < policies.size(); i++) {
      Optional<String> format = policies.get(i).enabledPrimarySmtpAddressTemplate();
      if (format.isEmpty()) {
        continue;
      }
      String problem = primaryProblem(format.get());
      if (problem != null) {
        ctx.report(
            policy(i).key("enabledPrimarySmtpAddressTemplate"),
            Show.quoted(format.get()) + " is not an address format: " + problem,
            "write one address format such as %m@" + plan.domains().primary());
      }
    }
  }
}
