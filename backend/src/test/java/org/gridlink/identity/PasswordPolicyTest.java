package org.gridlink.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.gridlink.common.web.Messages;
import org.gridlink.common.web.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {
  private final PasswordPolicy policy = new PasswordPolicy(new Messages());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "short1",
        "onlyletterspassword",
        "123456789012345",
        "Password1234",
        "xx-wang-2026-xx"
      })
  void refusesWeakPasswords(String password) {
    assertThatThrownBy(() -> policy.check("password", password, "wang", Locale.ENGLISH))
        .isInstanceOf(ProblemException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Grid-Worker-2026", "网格员ABC123456", "correct horse 42 battery"})
  void acceptsReasonablePasswords(String password) {
    assertThatCode(() -> policy.check("password", password, "wang", Locale.ENGLISH))
        .doesNotThrowAnyException();
  }
}
