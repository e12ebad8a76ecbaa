package org.gridlink.identity;

import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.gridlink.common.config.GridlinkProperties;

/**
 * Encrypts phone numbers at rest with AES-256-GCM (random 96-bit IV, stored with the key id so keys
 * can rotate) and hashes them with a keyed HMAC-SHA256 for lookups.
 */
@Singleton
class PhoneCipher {
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
  private final String currentKeyId;
  private final SecretKeySpec hashKey;
  private final SecureRandom random = new SecureRandom();

  PhoneCipher(GridlinkProperties properties) {
    String spec = properties.getCrypto().getPhoneKeys();
    String hash = properties.getCrypto().getPhoneHashKey();
    if (spec == null || spec.isBlank() || hash == null || hash.isBlank()) {
      throw new ConfigurationException(
          "gridlink.crypto.phone-keys and gridlink.crypto.phone-hash-key are required");
    }
    for (String entry : spec.split(",")) {
      int colon = entry.indexOf(':');
      byte[] key = colon > 0 ? decode(entry.substring(colon + 1).trim()) : new byte[0];
      if (key.length != 32) {
        throw new ConfigurationException(
            "gridlink.crypto.phone-keys: each entry must be id:base64 of 32 bytes");
      }
      keys.put(entry.substring(0, colon).trim(), new SecretKeySpec(key, "AES"));
    }
    currentKeyId = keys.keySet().iterator().next();
    hashKey = new SecretKeySpec(hash.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  record Sealed(String keyId, String cipherText) {}

  Sealed encrypt(String phone) {
    try {
      byte[] iv = new byte[IV_BYTES];
      random.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(currentKeyId.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(phone.getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
      return new Sealed(currentKeyId, Base64.getEncoder().encodeToString(out));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  String decrypt(String keyId, String cipherText) {
    SecretKeySpec key = keys.get(keyId);
    if (key == null) {
      throw new IllegalStateException("Phone key '" + keyId + "' is no longer configured");
    }
    try {
      byte[] in = Base64.getDecoder().decode(cipherText);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
      cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
      byte[] plain = cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("A stored phone number could not be decrypted", e);
    }
  }

  String hash(String phone) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(hashKey);
      return HexFormat.of().formatHex(mac.doFinal(phone.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /** 13812345678 becomes 138****5678; short numbers keep only their last two digits. */
  static String mask(String phone) {
    if (phone.length() >= 7) {
      return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
    return "*".repeat(Math.max(0, phone.length() - 2))
        + phone.substring(Math.max(0, phone.length() - 2));
  }

  private static byte[] decode(String base64) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      return new byte[0];
    }
  }
}
