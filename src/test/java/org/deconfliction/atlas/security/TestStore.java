package org.deconfliction.atlas.security;

import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A real embedded store in a file under the test's folder, migrated as the application does, and its accounts. */
final class TestStore {

    final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    final UserAccounts accounts;
    final UserAdministration administration;
    final JdbcClient jdbc;

    TestStore(Path folder) {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
                "jdbc:sqlite:" + folder.resolve("atlas.gpkg"), true);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/sqlite").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        accounts = new UserAccounts(jdbc);
        administration = new UserAdministration(accounts, passwords, new Access());
    }

    /** Acts as the named user holding the given roles' authorities, as a sign-in would. */
    static void signedInAs(String username, Role role) {
        List<SimpleGrantedAuthority> authorities = role.included().stream()
                .map(included -> new SimpleGrantedAuthority(included.authority())).toList();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
    }

    static void signedOut() {
        SecurityContextHolder.clearContext();
    }
}
