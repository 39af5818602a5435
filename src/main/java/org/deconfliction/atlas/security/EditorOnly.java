package org.deconfliction.atlas.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * On a Spring bean's method or class: only a user whose role includes {@link Role#EDITOR} may call it; anyone else
 * gets an access-denied exception (over the API a 401 or 403 problem).
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasRole('EDITOR')")
public @interface EditorOnly {
}
