package io.github.coexist.core.model;

/** BTEncryptDecrypt: on-the-fly encryption and decryption (Appendix C). */
public enum EncryptDecrypt implements IniEnum {
  /** 0: disabled (the default). */
  DISABLED("0"),
  /** 1: encrypt and decrypt. */
  ENCRYPT_AND_DECRYPT("1"),
  /** 2: decrypt only. */
  DECRYPT_ONLY("2"),
  /** 3: encrypt only. */
  ENCRYPT_ONLY("3");

  private final String iniValue;

  EncryptDecrypt(String iniValue) {
    this.iniValue = iniValue;
  }

  @Override
  public String iniValue() {
    return iniValue;
  }

  /** Reads {@code 0}..{@code 3}. */
  public static EncryptDecrypt parse(String text) {
    return IniEnum.parse(EncryptDecrypt.class, "BTEncryptDecrypt", text);
  }

  @Override
  public String toString() {
    return iniValue;
  }
}
