package io.github.coexist.notesini;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.domino.BtcalParameter;
import io.github.coexist.core.domino.BtcalValue;
import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.core.validation.PlanPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A plan's {@link DominoSettings} as notes.ini settings, in catalogue order ({@link
 * BtcalParameter#valuesIn}), with findings about them. Only what the plan sets is written: an
 * absent attribute leaves the file's value alone.
 *
 * <ul>
 *   <li>Lists ({@code BTALTEXCHANGEDOMAINS}, {@code BTZappByPassDocsWithFields}, {@code
 *       BTZAPPPROCESSFORMS}) are joined with commas; an item holding a comma is refused.
 *   <li>Flags are written with the tokens the documentation shows ({@code 1}; {@code N} for
 *       BTDelegateNDR); their undocumented counterparts ({@code 0}; {@code Y}) are written too,
 *       with an {@link IniFinding.Kind#UNVERIFIED_VALUE} finding.
 *   <li>{@code ndrTexts} become {@code BTNDR<code>}; {@code multiSchedReportTexts} become {@code
 *       BTMULTISCHEDREPORTTEXT1..n}.
 * </ul>
 *
 * <pre>{@code
 * BtcalSettings s = BtcalSettings.from(DominoSettings.builder()
 *     .foreignDomain("Exchange").foreignDomainMailbox("btexchange.box").build());
 * s.settings();   // [BTEXCHANGEDOMAIN="Exchange", BTEXCHANGEDB="btexchange.box"]
 * }</pre>
 */
public final class BtcalSettings {
  private static final PlanPath DOMINO = PlanPath.root("domino");

  private final ImmutableList<IniSetting> settings;
  private final ImmutableList<IniFinding> findings;

  private BtcalSettings(ImmutableList<IniSetting> settings, ImmutableList<IniFinding> findings) {
    this.settings = settings;
    this.findings = findings;
  }

  /**
   * The settings of {@code domino}.
   *
   * @throws UnsafeSettingException naming the key and the plan attribute of a refused value
   */
  public static BtcalSettings from(DominoSettings domino) {
    Mapping m = new Mapping();
    for (Map.Entry<Integer, String> ndr : domino.ndrTexts().entrySet()) {
      if (ndr.getKey() < 0) {
        throw new UnsafeSettingException(
            BtcalParameter.BTNDR.key() + ndr.getKey(),
            DOMINO.key("ndrTexts").key(String.valueOf(ndr.getKey())).toString(),
            "an NDR code is 0 or more");
      }
    }
    for (BtcalValue value : BtcalParameter.valuesIn(domino)) {
      switch (value.parameter().valueKind()) {
        case FLAG -> m.flag(value);
        case TEXT_LIST -> m.list(value);
        default -> m.add(IniSetting.from(value.key(), value.text(), value.path().toString()));
      }
    }
    for (BtcalParameter required : BtcalParameter.required()) {
      if (m.settings.stream().noneMatch(s -> s.key().equals(required.key()))) {
        m.findings.add(
            IniFinding.of(
                IniFinding.Kind.REQUIRED_MISSING,
                required.key()
                    + " is not set by the plan: "
                    + required.defaultValue().text()
                    + " ("
                    + required.source()
                    + ")"));
      }
    }
    return new BtcalSettings(ImmutableList.copyOf(m.settings), ImmutableList.copyOf(m.findings));
  }

  /** The settings, in catalogue order. */
  public ImmutableList<IniSetting> settings() {
    return settings;
  }

  /**
   * Undocumented flag values written ({@link IniFinding.Kind#UNVERIFIED_VALUE}) and required keys
   * the plan does not set ({@link IniFinding.Kind#REQUIRED_MISSING}).
   */
  public ImmutableList<IniFinding> findings() {
    return findings;
  }

  /** Collects settings and findings in order. */
  private static final class Mapping {
    final List<IniSetting> settings = new ArrayList<>();
    final List<IniFinding> findings = new ArrayList<>();

    void add(IniSetting setting) {
      settings.add(setting);
    }

    void flag(BtcalValue value) {
      BtcalParameter parameter = value.parameter();
      String token = value.text();
      String path = value.path().toString();
      add(IniSetting.from(value.key(), token, path));
      if (!parameter.isDocumented(token)) {
        boolean on = token.equals(parameter.flag(true));
        findings.add(
            IniFinding.of(
                IniFinding.Kind.UNVERIFIED_VALUE,
                value.key()
                    + "="
                    + token
                    + " ("
                    + path
                    + " = "
                    + on
                    + "): the documentation shows only "
                    + String.join(", ", parameter.documentedValues())
                    + "; "
                    + token
                    + " is assumed to mean "
                    + (on ? "on" : "off")));
      }
    }

    void list(BtcalValue value) {
      for (int i = 0; i < value.parts().size(); i++) {
        String item = value.parts().get(i);
        String itemPath = value.partPath(i).toString();
        if (item.indexOf(',') >= 0) {
          throw new UnsafeSettingException(
              value.key(), itemPath, "an item must not contain ',' (the list separator)");
        }
        // Each item is checked on its own so that a refusal names the item.
        IniSetting.from(value.key(), item, itemPath);
      }
      add(IniSetting.from(value.key(), value.text(), value.path().toString()));
    }
  }
}
