package io.github.coexist.livestate.importing;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Domains;
import io.github.coexist.core.model.EmailAddressPolicy;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ImmutableCoexistencePlan;
import io.github.coexist.core.model.InboundConnector;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.OutboundConnector;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.model.RemoteDomain;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.livestate.KindReading;
import io.github.coexist.livestate.LiveObject;
import io.github.coexist.livestate.Snapshot;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A plan that holds what a live organisation holds: every live object of the kinds asked for, with
 * every attribute the plan can express (what Exchange reported and the model read). The plan's
 * domains come from the caller or, when not given, from the organisation ({@link DomainGuess}).
 *
 * <p>Nothing is lost silently: a value the model refused (on the live object, its rejected values)
 * is listed with its object and attribute and left out of the plan, and a kind that could not be
 * read is listed as unknown and imports no object. A plan imported from a snapshot is in sync with
 * that snapshot ({@code Drift.between(imported.plan(), snapshot)}).
 *
 * <pre>{@code
 * PlanImport imported = PlanImport.of(snapshot, EnumSet.allOf(ObjectKind.class), Optional.empty());
 * imported.rejected().forEach(r -> System.err.println(r.path() + ": " + r.reason()));
 * PlanWriter.write(imported.plan(), Path.of("imported.yaml"));
 * }</pre>
 */
public final class PlanImport {
  /**
   * A value the model refused.
   *
   * @param path where the object is in the imported plan, e.g. {@code sendConnectors[2]}
   * @param identity Exchange's identity of the object
   * @param property Exchange's property name
   * @param reason the value and why it was refused, one line
   */
  public record Rejected(String path, String identity, String property, String reason) {
    /** Every reference component is required. */
    public Rejected {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(identity, "identity");
      Objects.requireNonNull(property, "property");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * A kind that was not imported because its objects are not known.
   *
   * @param kind the kind
   * @param reason why, one line
   */
  public record Unknown(ObjectKind kind, String reason) {
    /** Every reference component is required. */
    public Unknown {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(reason, "reason");
    }
  }

  private final CoexistencePlan plan;
  private final ImmutableList<Rejected> rejected;
  private final ImmutableList<Unknown> unknown;

  private PlanImport(
      CoexistencePlan plan, ImmutableList<Rejected> rejected, ImmutableList<Unknown> unknown) {
    this.plan = plan;
    this.rejected = rejected;
    this.unknown = unknown;
  }

  /**
   * Imports the kinds given from {@code live}.
   *
   * @param domains the plan's domains; when empty, guessed from the organisation
   * @throws IllegalArgumentException when no domains are given and the organisation does not show
   *     them (the message names what to give)
   */
  public static PlanImport of(Snapshot live, Set<ObjectKind> kinds, Optional<Domains> domains) {
    Objects.requireNonNull(live, "live");
    Objects.requireNonNull(kinds, "kinds");
    Objects.requireNonNull(domains, "domains");
    Domains planDomains = domains.isPresent() ? domains.get() : DomainGuess.from(live);
    ImmutableCoexistencePlan.Builder plan =
        CoexistencePlan.builder().environment(live.environment()).domains(planDomains);
    ImmutableList.Builder<Rejected> rejected = ImmutableList.builder();
    ImmutableList.Builder<Unknown> unknown = ImmutableList.builder();
    for (Map.Entry<ObjectKind, KindReading> entry : live.readings().entrySet()) {
      ObjectKind kind = entry.getKey();
      if (!kinds.contains(kind)) {
        continue;
      }
      if (entry.getValue() instanceof KindReading.Read read) {
        int index = 0;
        for (LiveObject object : read.objects()) {
          String path = kind.planKey() + "[" + index++ + "]";
          add(plan, object.object());
          object
              .rejected()
              .forEach(
                  (property, reason) ->
                      rejected.add(new Rejected(path, object.identity(), property, reason)));
        }
      } else if (entry.getValue() instanceof KindReading.Unreadable unreadable) {
        unknown.add(new Unknown(kind, "Get-" + kind.noun() + " failed: " + unreadable.error()));
      } else if (kinds.size() < ObjectKind.values().length) {
        // Asked for by name (--kind) but not in the inputs; a kind nobody asked for is no news.
        unknown.add(new Unknown(kind, "no input covers " + kind.planKey()));
      }
    }
    return new PlanImport(plan.build(), rejected.build(), unknown.build());
  }

  /** The imported plan. */
  public CoexistencePlan plan() {
    return plan;
  }

  /** Values the model refused, in plan order: left out of the plan. */
  public ImmutableList<Rejected> rejected() {
    return rejected;
  }

  /** Kinds asked for whose objects are not known: nothing of them is in the plan. */
  public ImmutableList<Unknown> unknown() {
    return unknown;
  }

  private static void add(ImmutableCoexistencePlan.Builder plan, ExchangeObject object) {
    switch (object.kind()) {
      case REMOTE_DOMAIN -> plan.addRemoteDomain((RemoteDomain) object);
      case ACCEPTED_DOMAIN -> plan.addAcceptedDomain((AcceptedDomain) object);
      case EMAIL_ADDRESS_POLICY -> plan.addEmailAddressPolicy((EmailAddressPolicy) object);
      case SEND_CONNECTOR -> plan.addSendConnector((SendConnector) object);
      case RECEIVE_CONNECTOR -> plan.addReceiveConnector((ReceiveConnector) object);
      case INBOUND_CONNECTOR -> plan.addInboundConnector((InboundConnector) object);
      case OUTBOUND_CONNECTOR -> plan.addOutboundConnector((OutboundConnector) object);
    }
  }
}
