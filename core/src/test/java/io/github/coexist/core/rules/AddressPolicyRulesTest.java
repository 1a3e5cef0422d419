package io.github.coexist.core.rules;

import static io.github.coexist.core.rules.RuleCase.passes;
import static io.github.coexist.core.rules.RuleCase.triggers;
import static io.github.coexist.core.rules.TestPlans.online;
import static io.github.coexist.core.rules.TestPlans.plan;
import static io.github.coexist.core.rules.TestPlans.policy;
import static io.github.coexist.core.rules.TestPlans.server;
import static io.github.coexist.core.validation.Severity.ERROR;
import static io.github.coexist.core.validation.Severity.WARNING;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.EmailAddressPolicy;
import io.github.coexist.core.model.RecipientType;
import io.github.coexist.core.value.EmailAddressTemplate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** COEX-EAP-*: email address policies (guide 7.2.3; E15). */
class AddressPolicyRulesTest {
  private static List<EmailAddressTemplate> templates(String... texts) {
    return Stream.of(texts).map(EmailAddressTemplate::parse).collect(Collectors.toList());
  }

  private static CoexistencePlan withTemplates(String... texts) {
    return policy(server(), 0, e -> e.enabledEmailAddressTemplates(templates(texts)));
  }

  private static CoexistencePlan onlinePolicy(boolean groups, String... texts) {
    EmailAddressPolicy policy =
        EmailAddressPolicy.builder()
            .name("Groups")
            .includeUnifiedGroupRecipients(groups)
            .enabledEmailAddressTemplates(templates(texts))
            .build();
    return plan(online(), p -> p.addEmailAddressPolicy(policy));
  }

  /** The server plan with a second policy after the recommended one. */
  private static CoexistencePlan twoPolicies(
      java.util.function.Consumer<io.github.coexist.core.model.ImmutableEmailAddressPolicy.Builder>
          second) {
    io.github.coexist.core.model.ImmutableEmailAddressPolicy.Builder builder =
        EmailAddressPolicy.builder()
            .from(server().emailAddressPolicies().get(0))
            .name("Second")
            .priority(java.util.Optional.empty());
    second.accept(builder);
    return plan(server(), p -> p.addEmailAddressPolicy(builder.build()));
  }

  static List<RuleCase> cases() {
    return List.of(
        triggers(
                "the policy rewrites primary addresses",
                "COEX-EAP-010",
                WARNING,
                "emailAddressPolicies[0].updateSecondaryAddressesOnly",
                policy(server(), 0, e -> e.updateSecondaryAddressesOnly(false)))
            .mentioning("SMTP:%m@contoso.com"),
        passes("secondary addresses only (the default)", "COEX-EAP-010", server()),
        triggers(
                "a second policy with the same recipients",
                "COEX-EAP-011",
                WARNING,
                "emailAddressPolicies[1]",
                twoPolicies(e -> {}))
            .mentioning("emailAddressPolicies[0]"),
        triggers(
                "the same recipients, the second one first by priority",
                "COEX-EAP-011",
                WARNING,
                "emailAddressPolicies[0]",
                policy(twoPolicies(e -> e.priority("1")), 0, e -> e.priority("2")))
            .mentioning("emailAddressPolicies[1]"),
        passes(
            "a second policy with a condition",
            "COEX-EAP-011",
            twoPolicies(e -> e.addConditionalDepartment("Sales"))),
        passes(
            "a second policy with a custom filter",
            "COEX-EAP-011",
            twoPolicies(
                e -> e.includedRecipients(List.of()).recipientFilter("Department -eq 'Sales'"))),
        triggers(
                "AllRecipients first shadows mailbox users",
                "COEX-EAP-012",
                WARNING,
                "emailAddressPolicies[1]",
                policy(
                    twoPolicies(e -> e.includedRecipients(List.of(RecipientType.MAILBOX_USERS))),
                    0,
                    e -> e.includedRecipients(List.of(RecipientType.ALL_RECIPIENTS))))
            .mentioning("never applies"),
        passes(
            "the narrower policy has the higher priority",
            "COEX-EAP-012",
            policy(
                twoPolicies(
                    e -> e.includedRecipients(List.of(RecipientType.MAILBOX_USERS)).priority("1")),
                0,
                e -> e.priority("Lowest"))),
        passes(
            "the broader policy has a condition",
            "COEX-EAP-012",
            policy(
                twoPolicies(e -> e.includedRecipients(List.of(RecipientType.MAILBOX_USERS))),
                0,
                e -> e.addConditionalCompany("Contoso"))),
        triggers(
            "no primary template",
            "COEX-EAP-001",
            ERROR,
            "emailAddressPolicies[0].enabledEmailAddressTemplates",
            withTemplates("smtp:%m@contoso.com", "smtp:%m@exch.contoso.com")),
        triggers(
                "two primary templates",
                "COEX-EAP-001",
                ERROR,
                "emailAddressPolicies[0].enabledEmailAddressTemplates[1]",
                withTemplates("SMTP:%m@contoso.com", "SMTP:%m@exch.contoso.com"))
            .mentioning("SMTP:%m@exch.contoso.com"),
        passes("one primary template", "COEX-EAP-001", server()),
        triggers(
                "an unknown variable",
                "COEX-EAP-002",
                ERROR,
                "emailAddressPolicies[0].enabledEmailAddressTemplates[1]",
                withTemplates("SMTP:%m@contoso.com", "smtp:%q@exch.contoso.com"))
            .mentioning("%q"),
        passes(
            "documented variables only",
            "COEX-EAP-002",
            withTemplates(
                "SMTP:%1g%s@contoso.com",
                "smtp:%g.%s@exch.contoso.com", "smtp:%r.-%m@exch.contoso.com")),
        triggers(
            "AllRecipients with MailboxUsers",
            "COEX-EAP-003",
            ERROR,
            "emailAddressPolicies[0].includedRecipients",
            policy(
                server(),
                0,
                e ->
                    e.includedRecipients(
                        List.of(RecipientType.ALL_RECIPIENTS, RecipientType.MAILBOX_USERS)))),
        passes(
            "AllRecipients alone",
            "COEX-EAP-003",
            policy(server(), 0, e -> e.includedRecipients(List.of(RecipientType.ALL_RECIPIENTS)))),
        triggers(
            "both template parameters",
            "COEX-EAP-004",
            ERROR,
            "emailAddressPolicies[0].enabledPrimarySmtpAddressTemplate",
            policy(server(), 0, e -> e.enabledPrimarySmtpAddressTemplate("%m@contoso.com"))),
        passes(
            "the primary-template parameter alone",
            "COEX-EAP-004",
            policy(
                server(),
                0,
                e ->
                    e.enabledEmailAddressTemplates(List.of())
                        .enabledPrimarySmtpAddressTemplate("%m@contoso.com"))),
        triggers(
            "a variable in an Exchange Online template (E15)",
            "COEX-EAP-005",
            ERROR,
            "emailAddressPolicies[0].enabledEmailAddressTemplates[0]",
            onlinePolicy(true, "SMTP:%m@contoso.com")),
        passes(
            "a fixed Exchange Online template",
            "COEX-EAP-005",
            onlinePolicy(true, "SMTP:groups@contoso.com")),
        triggers(
            "an Exchange Online policy not for Microsoft 365 Groups (E15)",
            "COEX-EAP-006",
            ERROR,
            "emailAddressPolicies[0].includeUnifiedGroupRecipients",
            onlinePolicy(false, "SMTP:groups@contoso.com")),
        passes(
            "an Exchange Online policy for groups",
            "COEX-EAP-006",
            onlinePolicy(true, "SMTP:groups@contoso.com")),
        triggers(
            "a recipient filter with included recipients",
            "COEX-EAP-007",
            ERROR,
            "emailAddressPolicies[0].recipientFilter",
            policy(server(), 0, e -> e.recipientFilter("Department -eq 'Sales'"))),
        passes(
            "a recipient filter alone",
            "COEX-EAP-007",
            policy(
                server(),
                0,
                e -> e.includedRecipients(List.of()).recipientFilter("Department -eq 'Sales'"))),
        triggers(
            "a primary disabled template",
            "COEX-EAP-008",
            ERROR,
            "emailAddressPolicies[0].disabledEmailAddressTemplates[0]",
            policy(
                server(),
                0,
                e ->
                    e.addDisabledEmailAddressTemplates(
                        EmailAddressTemplate.parse("SMTP:%m@old.contoso.com")))),
        passes(
            "a secondary disabled template",
            "COEX-EAP-008",
            policy(
                server(),
                0,
                e ->
                    e.addDisabledEmailAddressTemplates(
                        EmailAddressTemplate.parse("smtp:%m@old.contoso.com")))),
        triggers(
                "a type prefix in the primary-template parameter",
                "COEX-EAP-009",
                ERROR,
                "emailAddressPolicies[0].enabledPrimarySmtpAddressTemplate",
                policy(
                    server(),
                    0,
                    e ->
                        e.enabledEmailAddressTemplates(List.of())
                            .enabledPrimarySmtpAddressTemplate("SMTP:%m@contoso.com")))
            .mentioning("prefix"),
        triggers(
            "no domain in the primary-template parameter",
            "COEX-EAP-009",
            ERROR,
            "emailAddressPolicies[0].enabledPrimarySmtpAddressTemplate",
            policy(
                server(),
                0,
                e ->
                    e.enabledEmailAddressTemplates(List.of())
                        .enabledPrimarySmtpAddressTemplate("%m"))),
        passes(
            "a well-formed primary-template parameter",
            "COEX-EAP-009",
            policy(
                server(),
                0,
                e ->
                    e.enabledEmailAddressTemplates(List.of())
                        .enabledPrimarySmtpAddressTemplate("%g.%s@contoso.com"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(RuleCase c) {
    c.verify();
  }
}
