package org.gridlink.reports;

import java.security.SecureRandom;

/**
 * Short codes a resident can read out on the phone: 10 characters without look-alikes (no 0/O,
 * 1/I/L), about 50 bits, drawn from a secure random source so nobody can guess another's report.
 */
final class TrackingCodes {
  private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  private TrackingCodes() {}

  static String next() {
    StringBuilder sb = new StringBuilder(10);
    for (int i = 0; i < 10; i++) {
      sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
