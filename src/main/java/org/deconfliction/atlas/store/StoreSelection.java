package org.deconfliction.atlas.store;

import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Checks {@code atlas.store} before any bean is made: {@code embedded} or {@code postgis}; any other value stops
 * start-up with a {@link StoreStartupException} naming the value.
 */
@Component
class StoreSelection implements BeanFactoryPostProcessor, EnvironmentAware {

    static final List<String> KINDS = List.of("embedded", "postgis");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        String kind = environment.getProperty("atlas.store", "embedded");
        if (!KINDS.contains(kind)) {
            throw new StoreStartupException(StoreStartupException.Problem.UNKNOWN_STORE,
                    "atlas.store is '" + kind + "'; the atlas has the stores " + KINDS,
                    "Set atlas.store=embedded (a GeoPackage file in atlas.data.folder, the default) or atlas.store=postgis"
                            + " (with spring.datasource.url, .username and .password).",
                    null);
        }
    }
}
