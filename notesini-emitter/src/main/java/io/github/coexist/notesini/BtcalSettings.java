package io.github.coexist.notesini;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.core.model.IniEnum;
import io.github.coexist.core.validation.PlanPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan's {@link DominoSettings} as notes.ini settings, in catalogue order ({@link
 * BtcalParameter}), with findings about them. Only what the plan sets is written: an absent
 * attribute leaves the file's value alone.
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
    m.text(BtcalParameter.BTEXCHANGEDOMAIN, "foreignDomain", domino.foreignDomain());
    m.list(BtcalParameter.BTALTEXCHANGEDOMAINS, "altForeignDomains", domino.altForeignDomains());
    m.text(BtcalParameter.BTEXCHANGEDB, "foreignDomainMailbox", domino.foreignDomainMailbox());
    m.text(BtcalParameter.BTDELAY, "delay", domino.delay());
    m.text(BtcalParameter.BTPROCESSDOMAIN, "processDomain", domino.processDomain());
    m.choice(BtcalParameter.BTZAPPSUPPORT, "zappSupport", domino.zappSupport());
    m.flag(BtcalParameter.BTZAPPBYPASS, "zappBypass", domino.zappBypass());
    m.list(
        BtcalParameter.BTZAPPBYPASSDOCSWITHFIELDS,
        "zappBypassDocsWithFields",
        domino.zappBypassDocsWithFields());
    m.flag(BtcalParameter.BTZAPPCHECKENCRYPT, "zappCheckEncrypt", domino.zappCheckEncrypt());
    m.flag(
        BtcalParameter.BTZAPPIGNORESTOREDFORMS,
        "zappIgnoreStoredForms",
        domino.zappIgnoreStoredForms());
    m.list(BtcalParameter.BTZAPPPROCESSFORMS, "zappProcessForms", domino.zappProcessForms());
    m.choice(BtcalParameter.BTENCRYPTDECRYPT, "encryptDecrypt", domino.encryptDecrypt());
    m.flag(BtcalParameter.BTIDVAULT, "idVault", domino.idVault());
    m.choice(BtcalParameter.BTIDFILELOCATION, "idFileLocation", domino.idFileLocation());
    m.text(BtcalParameter.BTIDVAULTDB, "idVaultDb", domino.idVaultDb());
    m.text(BtcalParameter.BTIDSDIR, "idsDir", domino.idsDir());
    m.text(BtcalParameter.BTDECRYPTID, "decryptId", domino.decryptId());
    m.flag(
        BtcalParameter.BTBLOCKNOTESENCRYPTED, "blockNotesEncrypted", domino.blockNotesEncrypted());
    m.flag(BtcalParameter.BTDELEGATENDR, "delegateNdr", domino.delegateNdr());
    for (Map.Entry<Integer, String> ndr : domino.ndrTexts().entrySet()) {
      String source = DOMINO.key("ndrTexts").key(String.valueOf(ndr.getKey())).toString();
      if (ndr.getKey() < 0) {
        throw new UnsafeSettingException(
            BtcalParameter.BTNDR.key() + ndr.getKey(), source, "an NDR code is 0 or more");
      }
      m.add(IniSetting.from(BtcalParameter.BTNDR.key(ndr.getKey()), ndr.getValue(), source));
    }
    List<String> lines = domino.multiSchedReportTexts();
    for (int i = 0; i < lines.size(); i++) {
      m.add(
          IniSetting.from(
              BtcalParameter.BTMULTISCHEDREPORTTEXT.key(i + 1),
              lines.get(i),
              DOMINO.key("multiSchedReportTexts").index(i).toString()));
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

    void text(BtcalParameter parameter, String attribute, Optional<String> value) {
      value.ifPresent(v -> add(IniSetting.from(parameter.key(), v, path(attribute))));
    }

    void choice(BtcalParameter parameter, String attribute, Optional<? extends IniEnum> value) {
      value.ifPresent(v -> add(IniSetting.from(parameter.key(), v.iniValue(), path(attribute))));
    }

    void flag(BtcalParameter parameter, String attribute, Optional<Boolean> value) {
      if (value.isEmpty()) {
        return;
      }
      String token = parameter.flag(value.get());
      add(IniSetting.from(parameter.key(), token, path(attribute)));
      if (!parameter.isDocumented(token)) {
        findings.add(
            IniFinding.of(
                IniFinding.Kind.UNVERIFIED_VALUE,
                parameter.key()
                    + "="
                    + token
                    + " ("
                    + path(attribute)
                    + " = "
                    + value.get()
                    + "): the documentation shows only "
                    + String.join(", ", parameter.documentedValues())
                    + "; "
                    + token
                    + " is assumed to mean "
                    + (value.get() ? "on" : "off")));
      }
    }

    void list(BtcalParameter parameter, String attribute, List<String> items) {
      if (items.isEmpty()) {
        return;
      }
      for (int i = 0; i < items.size(); i++) {
        String item = items.get(i);
        String itemPath = DOMINO.key(attribute).index(i).toString();
        if (item.indexOf(',') >= 0) {
          throw new UnsafeSettingException(
              parameter.key(), itemPath, "an item must not contain ',' (the list separator)");
        }
        // Each item is checked on its own so that a refusal names the item.
        IniSetting.from(parameter.key(), item, itemPath);
      }
      add(IniSetting.from(parameter.key(), String.join(",", items), path(attribute)));
    }

    private static String path(String attribute) {
      return DOMINO.key(attribute).toString();
    }
  }
}
