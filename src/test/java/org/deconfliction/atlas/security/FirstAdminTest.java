package org.deconfliction.atlas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The first start creates the admin: with the configured password, or a generated one logged exactly once. */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTest {

    private static final Pattern GENERATED = Pattern.compile("one-time password\\s+(\\S{20})\\s");

    @TempDir
    Path folder;

    @Test
    void withoutAConfiguredPasswordAOneTimePasswordIsLoggedOnceAndSignsIn(CapturedOutput output) {
        TestStore store = new TestStore(folder);
        new FirstAdmin(store.accounts, store.administration, "").run(null);

        Matcher printed = GENERATED.matcher(output.getOut());
        assertThat(printed.find()).as("the generated password in the log").isTrue();
        String password = printed.group(1);
        String hash = store.accounts.find("admin").orElseThrow().passwordHash();
        assertThat(store.passwords.matches(password, hash)).isTrue();
        assertThat(store.accounts.find("admin").orElseThrow().account().role()).isEqualTo(Role.ADMIN);

        TestStore restarted = new TestStore(folder);
        new FirstAdmin(restarted.accounts, restarted.administration, "").run(null);
        assertThat(output.getOut().split(Pattern.quote(password), -1)).as("times the password was logged + 1").hasSize(2);
        assertThat(GENERATED.matcher(output.getOut()).results().count()).isEqualTo(1);
        assertThat(restarted.accounts.count()).isEqualTo(1);
        assertThat(restarted.passwords.matches(password, restarted.accounts.find("admin").orElseThrow().passwordHash()))
                .isTrue();
    }

    @Test
    void twoFirstStartsGenerateDifferentPasswords(CapturedOutput output, @TempDir Path other) {
        new FirstAdmin(new TestStore(folder).accounts, new TestStore(folder).administration, "").run(null);
        TestStore second = new TestStore(other);
        new FirstAdmin(second.accounts, second.administration, "").run(null);

        assertThat(GENERATED.matcher(output.getOut()).results().map(m -> m.group(1)).distinct().count()).isEqualTo(2);
    }

    @Test
    void aConfiguredPasswordIsUsedAndNeverLogged(CapturedOutput output) {
        TestStore store = new TestStore(folder);
        new FirstAdmin(store.accounts, store.administration, "configured-secret").run(null);

        assertThat(store.passwords.matches("configured-secret", store.accounts.find("admin").orElseThrow().passwordHash()))
                .isTrue();
        assertThat(output.getAll()).doesNotContain("configured-secret").doesNotContain("one-time password");
    }

    @Test
    void laterStartsLeaveExistingAccountsAsTheyAre(CapturedOutput output) {
        TestStore store = new TestStore(folder);
        store.administration.create("ann", "analyst-pass", java.util.Set.of(Role.VIEWER));

        new FirstAdmin(store.accounts, store.administration, "configured-secret").run(null);

        assertThat(store.accounts.find("admin")).isEmpty();
        assertThat(output.getAll()).doesNotContain("one-time password");
    }

    @Test
    void aConfiguredPasswordTooShortStopsTheStartNamingTheSetting() {
        TestStore store = new TestStore(folder);
        assertThatThrownBy(() -> new FirstAdmin(store.accounts, store.administration, "short").run(null))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("atlas.admin.password").hasMessageContaining("at least 8 characters");
        assertThat(store.accounts.count()).isZero();
    }
}
