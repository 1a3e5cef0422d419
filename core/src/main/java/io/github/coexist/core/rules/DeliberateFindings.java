package io.github.coexist.core.rules;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/**
 * Why the recommended plans keep the warnings and notes they carry: each is a decision, not an
 * oversight, and docs/rules.md says so. A new finding on a recommended plan fails the build until
 * it is either fixed in RecommendedPlans or explained here.
 */
final class DeliberateFindings {
  private static final ImmutableMap<String, String> REASONS =
      ImmutableMap.<String, String>builder()
          .put(
              "COEX-ADOM-004",
              "Exchange Online cannot create accepted domains (E6). The plan lists the primary"
                  + " and Exchange routing domains so the script can check that they exist and"
                  + " set the routing domain's type; adding and verifying them in the tenant is"
                  + " the administrator's step.")
          .put(
              "COEX-DDIR-005",
              "With two or more coexistence servers the plan has one Foreign Domain document per"
                  + " server, as the guide's Appendix E recommends: mail fails over to the next"
                  + " server, free/busy does not. The note says so; nothing better exists.")
          .put(
              "COEX-ADOM-021",
              "The shared domain already exists in the tenant and the plan leaves its type alone:"
                  + " only the administrator knows whether directory synchronisation gives every"
                  + " Domino user a mail contact (then Authoritative is right) or not (then"
                  + " InternalRelay with a connector for the shared domain). The note says which"
                  + " to check.")
          .put(
              "COEX-TLS-001",
              "The guide leaves \"Always Use TLS\" unchecked (E17). With TlsSettings $null"
                  + " Exchange Online still uses TLS whenever the coexistence server offers it,"
                  + " and mail keeps flowing when a server has no certificate yet: the guide's"
                  + " choice, kept as the default and stated. --tls required sets EncryptionOnly"
                  + " and removes the warning.")
          .put(
              "COEX-TLS-002",
              "When the coexistence servers' public addresses are IPv4 addresses, only the"
                  + " administrator knows the name in their certificate, so the recommended inbound"
                  + " connector identifies them by IP address, as the guide's 7.1.4 does. Giving"
                  + " the certificate name (the plan request's tlsCertificateName), or host names"
                  + " as public addresses, removes the warning; --tls required alone does not.")
          .put(
              "COEX-TLS-003",
              "Opportunistic TLS is the guide's choice (E17) and the default: with RequireTLS"
                  + " $false, mail to Domino keeps flowing when a coexistence server does not"
                  + " offer STARTTLS. --tls required sets RequireTLS $true.")
          .put(
              "COEX-TLS-004",
              "Opportunistic TLS is the guide's choice (E17) and the default: with RequireTLS"
                  + " $false, the coexistence servers can deliver before they have a"
                  + " certificate. --tls required sets RequireTLS $true on every receive"
                  + " connector.")
          .build();

  private DeliberateFindings() {}

  /** Why a recommended plan keeps findings of {@code ruleId}, if that is deliberate. */
  static Optional<String> reason(String ruleId) {
    return Optional.ofNullable(REASONS.get(ruleId));
  }
}
