package io.github.coexist.core.rules;

import static io.github.coexist.core.validation.Severity.WARNING;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.EmailAddressPolicy;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.RecipientType;
import io.github.coexist.core.validation.PlanPath;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How address policies apply (issue 17, point 7): only the policy with the highest priority applies
 * to a recipient, and Update-EmailAddressPolicy rewrites primary addresses unless told not to.
 *
 * <p>Microsoft: "Email address policies in Exchange Server" (only one policy applies to a
 * recipient: the highest-priority policy whose filter it matches),
 * https://learn.microsoft.com/exchange/email-addresses-and-address-books/email-address-policies/email-address-policies;
 * Update-EmailAddressPolicy -UpdateSecondaryAddressesOnly,
 * https://learn.microsoft.com/powershell/module/exchangepowershell/update-emailaddresspolicy.
 */
final class AddressPolicyScopeRules {
  private AddressPolicyScopeRules() {}

  private static final String POLICIES =
      "https://learn.microsoft.com/exchange/email-addresses-and-address-books/email-address-policies/email-address-policies";

  static List<Rule> all() {
    return ImmutableList.of(
        BuiltInRule.of(
            "COEX-EAP-010",
            WARNING,
            "Update-EmailAddressPolicy rewrites primary addresses only when the plan says so",
            "With updateSecondaryAddressesOnly: false the script runs Update-EmailAddressPolicy"
                + " without -UpdateSecondaryAddressesOnly, which sets the primary SMTP address of"
                + " every recipient the policy covers to the policy's primary template: replies,"
                + " the address people see and the addresses users gave out change at once."
                + " Coexistence needs only the secondary routing address.",
            "Microsoft: Update-EmailAddressPolicy -UpdateSecondaryAddressesOnly,"
                + " https://learn.microsoft.com/powershell/module/exchangepowershell/update-emailaddresspolicy",
            AddressPolicyScopeRules::primaryRewrite),
        BuiltInRule.of(
            "COEX-EAP-011",
            WARNING,
            "Two address policies of the plan do not cover the same recipients",
            "Exchange applies to a recipient only the highest-priority policy whose filter it"
                + " matches; of two policies with the same recipient filter the lower one never"
                + " applies to anybody.",
            "Microsoft: Email address policies in Exchange Server, " + POLICIES,
            AddressPolicyScopeRules::sameRecipients),
        BuiltInRule.of(
            "COEX-EAP-012",
            WARNING,
            "No address policy is shadowed by a higher-priority policy of the plan",
            "A higher-priority policy without conditions whose recipient types include all of a"
                + " lower policy's takes every recipient the lower one would cover: the lower one"
                + " never applies, and recipients never get its addresses (for coexistence: the"
                + " Exchange routing address).",
            "Microsoft: Email address policies in Exchange Server, " + POLICIES,
            AddressPolicyScopeRules::shadowed));
  }

  private static PlanPath policy(int index) {
    return PlanPath.of(ObjectKind.EMAIL_ADDRESS_POLICY, index);
  }

  static void primaryRewrite(CoexistencePlan plan, RuleContext ctx) {
    if (plan.environment() != Environment.EXCHANGE_SERVER) {
      return; // Exchange Online has no Update-EmailAddressPolicy (E15)
    }
    List<EmailAddressPolicy> policies = plan.emailAddressPolicies();
    for (int i = 0; i < policies.size(); i++) {
      EmailAddressPolicy p = policies.get(i);
      if (!p.updateSecondaryAddressesOnly()) {
        String primary =
            p.enabledEmailAddressTemplates().stream()
                .filter(t -> t.toString().startsWith("SMTP:"))
                .map(Object::toString)
                .findFirst()
                .or(() -> p.enabledPrimarySmtpAddressTemplate())
                .orElse("its primary template");
        ctx.report(
            policy(i).key("updateSecondaryAddressesOnly"),
            "Update-EmailAddressPolicy will set the primary address of every recipient "
                + Show.quoted(p.name())
                + " covers to "
                + Show.quoted(primary),
            "leave updateSecondaryAddressesOnly out (true) to add only the secondary addresses;"
                + " set it to false only when the primary addresses are meant to change");
      }
    }
  }

  /** Who a policy covers, when the plan says it with precanned filters only. */
  private record Scope(Set<RecipientType> types, String conditions) {
    /** Whether every recipient this covers is covered by {@code other}. */
    boolean within(Scope other) {
      return other.conditions.isEmpty()
          && (other.types.contains(RecipientType.ALL_RECIPIENTS) || other.types.containsAll(types));
    }
  }

  /**
   * The policy's scope; empty when it has a custom RecipientFilter or no recipient types (the plan
   * cannot say whom it covers).
   */
  private static Optional<Scope> scope(EmailAddressPolicy p) {
    if (p.recipientFilter().isPresent() || p.includedRecipients().isEmpty()) {
      return Optional.empty();
    }
    Set<RecipientType> types = EnumSet.copyOf(p.includedRecipients());
    List<String> conditions = new ArrayList<>();
    condition(conditions, "company", p.conditionalCompany());
    condition(conditions, "department", p.conditionalDepartment());
    condition(conditions, "state", p.conditionalStateOrProvince());
    condition(conditions, "attribute1", p.conditionalCustomAttribute1());
    condition(conditions, "attribute2", p.conditionalCustomAttribute2());
    condition(conditions, "attribute3", p.conditionalCustomAttribute3());
    condition(conditions, "attribute4", p.conditionalCustomAttribute4());
    condition(conditions, "attribute5", p.conditionalCustomAttribute5());
    condition(conditions, "attribute6", p.conditionalCustomAttribute6());
    condition(conditions, "attribute7", p.conditionalCustomAttribute7());
    condition(conditions, "attribute8", p.conditionalCustomAttribute8());
    condition(conditions, "attribute9", p.conditionalCustomAttribute9());
    condition(conditions, "attribute10", p.conditionalCustomAttribute10());
    condition(conditions, "attribute11", p.conditionalCustomAttribute11());
    condition(conditions, "attribute12", p.conditionalCustomAttribute12());
    condition(conditions, "attribute13", p.conditionalCustomAttribute13());
    condition(conditions, "attribute14", p.conditionalCustomAttribute14());
    condition(conditions, "attribute15", p.conditionalCustomAttribute15());
    p.recipientContainer().ifPresent(c -> conditions.add("container=" + Ascii.toLowerCase(c)));
    return Optional.of(new Scope(types, String.join(";", conditions)));
  }

  private static void condition(List<String> into, String name, List<String> values) {
    if (!values.isEmpty()) {
      into.add(
          name
              + "="
              + values.stream()
                  .map(Ascii::toLowerCase)
                  .sorted()
                  .reduce((a, b) -> a + "," + b)
                  .get());
    }
  }

  /**
   * The plan's policies from the highest priority to the lowest: numbered priorities first (1 is
   * the highest), then those without a priority in plan order (New-EmailAddressPolicy puts a new
   * policy after the existing ones), then {@code Lowest}.
   */
  static List<Integer> byPriority(List<EmailAddressPolicy> policies) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < policies.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingLong(i -> rank(policies.get(i))));
    return order;
  }

  private static long rank(EmailAddressPolicy p) {
    Optional<String> priority = p.priority();
    if (priority.isEmpty()) {
      return Integer.MAX_VALUE;
    }
    if (Ascii.equalsIgnoreCase(priority.get(), "Lowest")) {
      return Long.MAX_VALUE;
    }
    try {
      return Integer.parseInt(priority.get());
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE; // malformed: another rule's finding
    }
  }

  static void sameRecipients(CoexistencePlan plan, RuleContext ctx) {
    compare(plan, ctx, true);
  }

  static void shadowed(CoexistencePlan plan, RuleContext ctx) {
    compare(plan, ctx, false);
  }

  private static void compare(CoexistencePlan plan, RuleContext ctx, boolean same) {
    List<EmailAddressPolicy> policies = plan.emailAddressPolicies();
    List<Integer> order = byPriority(policies);
    for (int lower = 1; lower < order.size(); lower++) {
      int low = order.get(lower);
      Optional<Scope> lowScope = scope(policies.get(low));
      if (lowScope.isEmpty()) {
        continue;
      }
      for (int higher = 0; higher < lower; higher++) {
        int high = order.get(higher);
        Optional<Scope> highScope = scope(policies.get(high));
        if (highScope.isEmpty()) {
          continue;
        }
        boolean equal = lowScope.get().equals(highScope.get());
        if (same ? equal : !equal && lowScope.get().within(highScope.get())) {
          ctx.report(
              policy(low),
              Show.quoted(policies.get(low).name())
                  + (same ? " covers the same recipients as " : " covers only recipients that ")
                  + policy(high)
                  + " "
                  + Show.quoted(policies.get(high).name())
                  + (same ? ", which has the higher priority" : " covers at a higher priority")
                  + ": it never applies",
              "give the policies different recipients, or merge their templates into one policy");
          break;
        }
      }
    }
  }
}
