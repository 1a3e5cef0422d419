package io.github.coexist.livestate.importing;

import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.AcceptedDomainType;
import io.github.coexist.core.model.Domains;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.OutboundConnector;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.value.AddressSpace;
import io.github.coexist.core.value.SmtpDomain;
import io.github.coexist.livestate.LiveObject;
import io.github.coexist.livestate.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The plan's three domains as the organisation shows them, for an import without them:
 *
 * <ul>
 *   <li>primary: the default accepted domain ({@code Default: True}), else the first authoritative
 *       one;
 *   <li>Domino routing: the first domain a send connector's address spaces or an outbound
 *       connector's recipient domains name (the route to Domino), else an internal-relay accepted
 *       domain;
 *   <li>Exchange routing: an accepted domain that is neither, preferring a subdomain of the
 *       primary.
 * </ul>
 */
final class DomainGuess {
  private DomainGuess() {}

  /**
   * @throws IllegalArgumentException naming the domain the organisation does not show
   */
  static Domains from(Snapshot live) {
    List<Accepted> accepted = new ArrayList<>();
    Optional<SmtpDomain> byDefault = Optional.empty();
    for (LiveObject object : live.objectsIfRead(ObjectKind.ACCEPTED_DOMAIN)) {
      AcceptedDomain domain = (AcceptedDomain) object.object();
      Optional<SmtpDomain> name = domain.domainName().or(() -> domainNamed(domain.name()));
      if (name.isPresent()) {
        accepted.add(new Accepted(name.get(), domain.domainType()));
        if ("true".equalsIgnoreCase(object.readOnly().getOrDefault("Default", ""))
            && byDefault.isEmpty()) {
          byDefault = name;
        }
      }
    }
    SmtpDomain primary =
        byDefault
            .or(() -> first(accepted, AcceptedDomainType.AUTHORITATIVE, null, null))
            .orElseThrow(() -> missing("primary", "--primary-domain"));
    SmtpDomain domino =
        routeToDomino(live)
            .or(() -> first(accepted, AcceptedDomainType.INTERNAL_RELAY, primary, null))
            .orElseThrow(() -> missing("Domino routing", "--domino-domain"));
    SmtpDomain exchange =
        accepted.stream()
            .map(Accepted::domain)
            .filter(d -> !d.equals(primary) && !d.equals(domino) && !d.isWildcard())
            .filter(d -> d.isSubdomainOf(primary))
            .findFirst()
            .or(() -> first(accepted, null, primary, domino))
            .orElseThrow(() -> missing("Exchange routing", "--exchange-domain"));
    return Domains.builder()
        .primary(primary)
        .dominoRouting(domino)
        .exchangeRouting(exchange)
        .build();
  }

  private static Optional<SmtpDomain> routeToDomino(Snapshot live) {
    for (LiveObject object : live.objectsIfRead(ObjectKind.SEND_CONNECTOR)) {
      for (AddressSpace space : ((SendConnector) object.object()).addressSpaces()) {
        Optional<SmtpDomain> domain = space.smtpDomain().filter(DomainGuess::concrete);
        if (domain.isPresent()) {
          return domain;
        }
      }
    }
    for (LiveObject object : live.objectsIfRead(ObjectKind.OUTBOUND_CONNECTOR)) {
      for (SmtpDomain domain : ((OutboundConnector) object.object()).recipientDomains()) {
        if (concrete(domain)) {
          return Optional.of(domain);
        }
      }
    }
    return Optional.empty();
  }

  /** An accepted domain's domain and type. */
  private record Accepted(SmtpDomain domain, Optional<AcceptedDomainType> type) {}

  /**
   * The domain an accepted domain is named after: Exchange names it so unless told otherwise, and
   * Exchange Online plans name it without {@code domainName} (it has no New-AcceptedDomain).
   */
  private static Optional<SmtpDomain> domainNamed(String name) {
    try {
      return Optional.of(SmtpDomain.parse(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<SmtpDomain> first(
      List<Accepted> accepted, AcceptedDomainType type, SmtpDomain not1, SmtpDomain not2) {
    return accepted.stream()
        .filter(d -> type == null || d.type().equals(Optional.of(type)))
        .map(Accepted::domain)
        .filter(d -> concrete(d) && !d.equals(not1) && !d.equals(not2))
        .findFirst();
  }

  private static boolean concrete(SmtpDomain domain) {
    return !domain.isStar() && !domain.isWildcard();
  }

  private static IllegalArgumentException missing(String which, String option) {
    return new IllegalArgumentException(
        "the organisation does not show the "
            + which
            + " domain: give the three domains (--primary-domain, --domino-domain,"
            + " --exchange-domain); "
            + option
            + " is the one missing");
  }
}
