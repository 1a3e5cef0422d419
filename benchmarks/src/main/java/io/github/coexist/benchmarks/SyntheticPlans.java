package io.github.coexist.benchmarks;

import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.AcceptedDomainType;
import io.github.coexist.core.model.AuthMechanism;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.EmailAddressPolicy;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ImmutableCoexistencePlan;
import io.github.coexist.core.model.PermissionGroup;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.value.AddressSpace;
import io.github.coexist.core.value.Binding;
import io.github.coexist.core.value.EmailAddressTemplate;
import io.github.coexist.core.value.IpAddress;
import io.github.coexist.core.value.IpRange;
import io.github.coexist.core.value.SmtpDomain;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Large, valid plans for the scaling benchmarks: the recommended Exchange Server plan plus {@code
 * entries} list entries, a quarter each of accepted domains, send-connector address spaces, remote
 * IP ranges of receive connectors and email address templates, {@value #PER_OBJECT} to an object
 * (so both the number of objects and the length of their lists grow with the plan). Each generated
 * policy also repeats the recommended primary template, which Exchange requires.
 *
 * <p>The same entries and seed always give the same plan: names come from a {@link
 * SplittableRandom} with the seed, never from the clock or a hash order.
 *
 * <pre>{@code
 * CoexistencePlan plan = SyntheticPlans.withEntries(10_000, SyntheticPlans.SEED);
 * }</pre>
 */
public final class SyntheticPlans {
  /** The seed the benchmarks use. */
  public static final long SEED = 20261127L;

  /** Entries of one kind per object (connector, policy). */
  public static final int PER_OBJECT = 100;

  /** First address of the remote ranges: 11.0.0.0, apart from the plan's own 10.1.1.x servers. */
  private static final long RANGE_BASE = 0x0B000000L;

  private SyntheticPlans() {}

  /**
   * A valid plan with {@code entries} generated list entries (a multiple of 4 gives exact quarters;
   * the remainder goes to accepted domains).
   */
  public static CoexistencePlan withEntries(int entries, long seed) {
    if (entries < 4) {
      throw new IllegalArgumentException("entries must be at least 4: " + entries);
    }
    SplittableRandom random = new SplittableRandom(seed);
    CoexistencePlan base =
        RecommendedPlans.create(RecommendedPlans.example(Environment.EXCHANGE_SERVER));
    int quarter = entries / 4;
    int domains = entries - 3 * quarter;
    List<SmtpDomain> accepted = domains(random, "acc", domains);
    ImmutableCoexistencePlan.Builder plan = CoexistencePlan.builder().from(base);
    for (SmtpDomain domain : accepted) {
      plan.addAcceptedDomain(
          AcceptedDomain.builder()
              .name(domain.toString())
              .domainName(domain)
              .domainType(AcceptedDomainType.AUTHORITATIVE)
              .build());
    }
    addSendConnectors(plan, base.sendConnectors().get(0), domains(random, "part", quarter), random);
    addReceiveConnectors(plan, base, quarter, random);
    addPolicies(plan, base.emailAddressPolicies().get(0), accepted.subList(0, quarter));
    return plan.build();
  }

  /** {@code count} distinct domains: a random label, then the index, under {@code zone}. */
  private static List<SmtpDomain> domains(SplittableRandom random, String zone, int count) {
    List<SmtpDomain> domains = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      domains.add(
          SmtpDomain.parse(
              String.format(Locale.ROOT, "%s%d.%s.example.net", label(random), i, zone)));
    }
    return domains;
  }

  private static String label(SplittableRandom random) {
    int length = 3 + random.nextInt(8);
    StringBuilder label = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      label.append((char) ('a' + random.nextInt(26)));
    }
    return label.toString();
  }

  private static void addSendConnectors(
      ImmutableCoexistencePlan.Builder plan,
      SendConnector model,
      List<SmtpDomain> spaces,
      SplittableRandom random) {
    for (int from = 0; from < spaces.size(); from += PER_OBJECT) {
      // Every send connector of a plan carries mail to Domino (COEX-SEND-001).
      List<AddressSpace> own = new ArrayList<>(model.addressSpaces());
      for (SmtpDomain domain : spaces.subList(from, Math.min(from + PER_OBJECT, spaces.size()))) {
        own.add(AddressSpace.smtp(domain, 1 + random.nextInt(100)));
      }
      plan.addSendConnector(
          SendConnector.builder()
              .from(model)
              .name("Partners " + (from / PER_OBJECT))
              .addressSpaces(own)
              .build());
    }
  }

  /**
   * Receive connectors for partners on EX01 and EX02, each with its own disjoint /30 blocks (random
   * gaps between them) after the coexistence servers' own.
   */
  private static void addReceiveConnectors(
      ImmutableCoexistencePlan.Builder plan,
      CoexistencePlan base,
      int ranges,
      SplittableRandom random) {
    List<String> servers = base.transportServers();
    long next = RANGE_BASE;
    for (int from = 0, k = 0; from < ranges; from += PER_OBJECT, k++) {
      // Every receive connector takes mail from the coexistence servers (COEX-RECV-008); a port of
      // its own keeps its ranges from crossing the other connectors' (COEX-RECV-012).
      List<IpRange> own = new ArrayList<>(base.receiveConnectors().get(0).remoteIpRanges());
      for (int j = from; j < Math.min(from + PER_OBJECT, ranges); j++) {
        own.add(IpRange.cidr(IpAddress.fromBigInteger(BigInteger.valueOf(next), true), 30));
        next += 4L * (1 + random.nextInt(4));
      }
      plan.addReceiveConnector(
          ReceiveConnector.builder()
              .name("Partners " + k)
              .server(servers.get(k % servers.size()))
              .addBinding(Binding.parse("0.0.0.0:" + (10_000 + k)))
              .remoteIpRanges(own)
              .addPermissionGroup(PermissionGroup.PARTNERS)
              .addAuthMechanism(AuthMechanism.TLS)
              .requireTls(true)
              .build());
    }
  }

  /** Policies with proxy addresses on the generated accepted domains, after the recommended one. */
  private static void addPolicies(
      ImmutableCoexistencePlan.Builder plan, EmailAddressPolicy model, List<SmtpDomain> domains) {
    for (int from = 0, k = 0; from < domains.size(); from += PER_OBJECT, k++) {
      // The recommended templates first: the primary address and the Exchange routing address
      // every policy must give (COEX-XOBJ-003).
      List<EmailAddressTemplate> own = new ArrayList<>(model.enabledEmailAddressTemplates());
      for (SmtpDomain domain : domains.subList(from, Math.min(from + PER_OBJECT, domains.size()))) {
        own.add(EmailAddressTemplate.parse("smtp:%m@" + domain));
      }
      plan.addEmailAddressPolicy(
          EmailAddressPolicy.builder()
              .from(model)
              .name("Synthetic " + k)
              .enabledEmailAddressTemplates(own)
              .build());
    }
  }
}
