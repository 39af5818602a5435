package org.deconfliction.atlas.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code atlas_user} table of the store (migration {@code V*__users.sql} of each dialect): one row per account
 * with its bcrypt hash (Spring Security's {@code {bcrypt}...} form), its roles as comma-separated labels, whether it
 * is enabled and when it was created (an ISO-8601 instant as text, the same in both dialects).
 */
@Repository
class UserAccounts {

    /** An account with the hash of its password. */
    record Stored(UserAccount account, String passwordHash) {
    }

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM atlas_user").query(Long.class).single();
    }

    List<UserAccount> findAll() {
        return jdbc.sql("SELECT * FROM atlas_user ORDER BY username").query(UserAccounts::row).list().stream()
                .map(Stored::account).toList();
    }

    Optional<Stored> find(String username) {
        return jdbc.sql("SELECT * FROM atlas_user WHERE username = ?").param(username).query(UserAccounts::row).optional();
    }

    /** @return false when the username is taken */
    boolean insert(UserAccount account, String passwordHash) {
        if (find(account.username()).isPresent()) {
            return false;
        }
        jdbc.sql("INSERT INTO atlas_user (username, password_hash, roles, enabled, created) VALUES (?, ?, ?, ?, ?)")
                .params(account.username(), passwordHash, labels(account.roles()), account.enabled(),
                        account.created().toString())
                .update();
        return true;
    }

    boolean updateRoles(String username, Set<Role> roles) {
        return jdbc.sql("UPDATE atlas_user SET roles = ? WHERE username = ?").params(labels(roles), username).update() == 1;
    }

    boolean updatePasswordHash(String username, String passwordHash) {
        return jdbc.sql("UPDATE atlas_user SET password_hash = ? WHERE username = ?").params(passwordHash, username)
                .update() == 1;
    }

    boolean updateEnabled(String username, boolean enabled) {
        return jdbc.sql("UPDATE atlas_user SET enabled = ? WHERE username = ?").params(enabled, username).update() == 1;
    }

    private static String labels(Set<Role> roles) {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining(","));
    }

    private static Stored row(ResultSet rs, int number) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Stream.of(rs.getString("roles").split(",")).filter(label -> !label.isBlank()).map(Role::of).forEach(roles::add);
        UserAccount account = new UserAccount(rs.getString("username"), roles.isEmpty() ? Set.of(Role.VIEWER) : roles,
                rs.getBoolean("enabled"), Instant.parse(rs.getString("created")));
        return new Stored(account, rs.getString("password_hash"));
    }
}
