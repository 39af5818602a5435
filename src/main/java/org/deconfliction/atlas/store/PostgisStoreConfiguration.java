package org.deconfliction.atlas.store;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The shared store ({@code atlas.store=postgis}): PostgreSQL with PostGIS at {@code spring.datasource.url}, the
 * connection pool being Spring Boot's. Each application instance signs its writes with a random origin and listens
 * for the others' on a connection of its own ({@link PostgisChangeListener}); it starts listening before the store
 * is first read, and hands what it hears to {@link StoreChanges} once the repositories are up, so an edit made
 * through any instance reaches every other one within about a second.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "atlas.store", havingValue = "postgis")
class PostgisStoreConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(PostgisStoreConfiguration.class);

    @Bean(destroyMethod = "close")
    PostgisChangeListener postgisChangeListener(Environment environment) throws InterruptedException {
        String url = environment.getProperty("spring.datasource.url");
        String user = environment.getProperty("spring.datasource.username");
        String password = environment.getProperty("spring.datasource.password");
        if (url == null || url.isBlank()) {
            throw new StoreStartupException(StoreStartupException.Problem.DATABASE_UNREACHABLE,
                    "atlas.store=postgis, but spring.datasource.url is not set",
                    "Set spring.datasource.url (e.g. jdbc:postgresql://db-host:5432/atlas), spring.datasource.username"
                            + " and spring.datasource.password, or use the embedded store: atlas.store=embedded.",
                    null);
        }
        PostgisChangeListener listener = new PostgisChangeListener(() -> DriverManager.getConnection(url, user, password),
                "atlas-" + UUID.randomUUID());
        if (!listener.start(Duration.ofSeconds(5))) {
            LOG.warn("Not yet listening for changes from other instances on {}; still trying", url);
        }
        return listener;
    }

    @Bean
    StoreDialect storeDialect(PostgisChangeListener listener) {
        return new PostgisDialect(listener.origin());
    }

    /** Once every repository has read the store, what the listener heard goes to {@link StoreChanges}. */
    @Bean
    SmartInitializingSingleton postgisChangeRelay(PostgisChangeListener listener, StoreChanges changes) {
        return () -> listener.deliverTo(new PostgisChangeListener.Changes() {
            @Override
            public void changed(StoreChangedEvent change) {
                changes.changedElsewhere(change.layer(), change.ids());
            }

            @Override
            public void mayHaveMissed() {
                changes.mayHaveMissedChanges();
            }
        });
    }
}
