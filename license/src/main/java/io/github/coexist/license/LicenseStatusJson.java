package io.github.coexist.license;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The status of a license file as JSON, with the keys always in this order: {@code valid}, {@code
 * reason}, {@code type}, {@code state}, {@code daysLeft}, {@code warningDue}, {@code runs}, {@code
 * zappEnabled}, {@code upgradesCoveredUntil}.
 *
 * <pre>
 * {
 *   "valid": true,
 *   "reason": null,
 *   "type": "standard",
 *   "state": "active",
 *   "daysLeft": 365,
 *   "warningDue": null,
 *   "runs": true,
 *   "zappEnabled": false,
 *   "upgradesCoveredUntil": "2027-01-15"
 * }
 * </pre>
 *
 * <p>{@code reason} is null for a valid license, else the problem's message, which starts with its
 * stable reason key ({@code "expired: the license expired on ..."}). {@code warningDue} is a number
 * (90, 30, 3, 2, 1), {@code "expired"} or null. A license that failed to parse or verify has every
 * key but {@code valid} and {@code reason} null: nothing in it can be trusted.
 */
public final class LicenseStatusJson {
  /** The keys, in the order they are written. */
  public static final List<String> KEYS =
      List.of(
          "valid",
          "reason",
          "type",
          "state",
          "daysLeft",
          "warningDue",
          "runs",
          "zappEnabled",
          "upgradesCoveredUntil");

  private LicenseStatusJson() {}

  /** The JSON object, two-space indented, ending with a line feed. */
  public static String render(Outcome<LicenseStatus> outcome) {
    Map<String, String> members = new LinkedHashMap<>();
    KEYS.forEach(key -> members.put(key, "null"));
    if (!outcome.isAccepted()) {
      members.put("valid", "false");
      members.put("reason", Json.string(outcome.problem().message()));
    } else {
      LicenseStatus status = outcome.value();
      members.put("valid", Boolean.toString(status.valid()));
      status.problem().ifPresent(problem -> members.put("reason", Json.string(problem.message())));
      members.put("type", Json.string(status.license().type().key()));
      members.put("state", Json.string(status.state().key()));
      members.put("daysLeft", Long.toString(status.daysLeft()));
      status
          .warningDue()
          .ifPresent(warning -> members.put("warningDue", warningDue(warning.level())));
      members.put("runs", Boolean.toString(status.runs()));
      members.put("zappEnabled", Boolean.toString(status.zappEnabled()));
      members.put("upgradesCoveredUntil", Json.string(status.upgradesCoveredUntil().toString()));
    }
    StringBuilder json = new StringBuilder("{\n");
    String separator = "";
    for (Map.Entry<String, String> member : members.entrySet()) {
      json.append(separator)
          .append("  ")
          .append(Json.string(member.getKey()))
          .append(": ")
          .append(member.getValue());
      separator = ",\n";
    }
    return json.append("\n}\n").toString();
  }

  /** A threshold as a number, the expiry notice as a string. */
  private static String warningDue(WarningLevel level) {
    return level.daysBefore().isPresent() ? level.key() : Json.string(level.key());
  }
}
