package org.deconfliction.atlas.security;

import java.security.SecureRandom;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On the first start, when the store holds no account at all, creates the user {@code admin} with the role admin:
 * with the password {@code atlas.admin.password} when it is set, otherwise with a random one-time password printed
 * once in the log. Later starts find the account and neither create nor print anything; the password is never
 * logged again (only its bcrypt hash is kept).
 */
@Component
class FirstAdmin implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);
    /** Letters and digits without the look-alikes 0/O, 1/l/I. */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 20;

    private final UserAccounts accounts;
    private final UserAdministration administration;
    private final String configuredPassword;
    private final SecureRandom random = new SecureRandom();

    FirstAdmin(UserAccounts accounts, UserAdministration administration,
            @Value("${atlas.admin.password:}") String configuredPassword) {
        this.accounts = accounts;
        this.administration = administration;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        if (!configuredPassword.isEmpty()) {
            try {
                administration.create(USERNAME, configuredPassword, Set.of(Role.ADMIN));
            } catch (AccountException e) {
                throw new AccountException("atlas.admin.password cannot be used: " + e.getMessage());
            }
            LOG.info("Created the user '{}' with the password set in atlas.admin.password", USERNAME);
            return;
        }
        String password = generated();
        administration.create(USERNAME, password, Set.of(Role.ADMIN));
        LOG.warn("""

                *************************************************************
                First start: created the user '{}' with the one-time password

                    {}

                Sign in at /login and change it in Users. It is not shown again.
                *************************************************************
                """, USERNAME, password);
    }

    private String generated() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
