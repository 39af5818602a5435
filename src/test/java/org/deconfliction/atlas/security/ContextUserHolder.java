package org.deconfliction.atlas.security;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * For view tests: each cached application context installs its own holder of the current user, while the
 * browserless UI reads the global one. Before each test (after {@code @WithMockUser} has put the user into the
 * test's context, before any {@code @BeforeEach} method) this makes the test's holder the global one.
 */
public final class ContextUserHolder implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        SecurityContextHolder.setContextHolderStrategy(SpringExtension.getApplicationContext(context)
                .getBean(SecurityContextHolderStrategy.class));
    }
}
