package org.gridlink.identity;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gridlink.common.web.Messages;
import org.gridlink.common.web.Problem;
import org.gridlink.common.web.ProblemException;

/**
 * Password rules for staff: 12 to 64 characters, letters and digits, not containing the username,
 * not one of the passwords every attacker tries first.
 */
@Singleton
class PasswordPolicy {
  static final int MIN_LENGTH = 12;
  static final int MAX_LENGTH = 64;
  private static final Set<String> COMMON =
      Set.of(
          "password1234",
          "123456789abc",
          "qwerty123456",
          "admin1234567",
          "gridlink1234",
          "abc123456789",
          "1qaz2wsx3edc",
          "password123456",
          "woaini123456");

  private final Messages messages;

  PasswordPolicy(Messages messages) {
    this.messages = messages;
  }

  /** Throws a 400 problem naming every rule the password breaks, in the caller's language. */
  void check(String field, String password, String username, Locale locale) {
    List<String> broken = new ArrayList<>();
    if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
      broken.add("password.length");
    }
    if (!password.chars().anyMatch(Character::isLetter)
        || !password.chars().anyMatch(Character::isDigit)) {
      broken.add("password.letters-and-digits");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null
        && !username.isBlank()
        && lower.contains(username.toLowerCase(Locale.ROOT))) {
      broken.add("password.contains-username");
    }
    if (COMMON.contains(lower)) {
      broken.add("password.too-common");
    }
    if (!broken.isEmpty()) {
      List<Problem.FieldError> errors =
          broken.stream()
              .map(
                  k ->
                      new Problem.FieldError(
                          field, messages.get(locale, k, MIN_LENGTH, MAX_LENGTH)))
              .toList();
      throw new ProblemException(
          HttpStatus.BAD_REQUEST, "validation-failed", "problem.password.rules", errors);
    }
  }
}
