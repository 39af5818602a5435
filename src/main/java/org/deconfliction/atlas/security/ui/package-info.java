/**
 * Signing in and managing users on screen: the filter chain of the Vaadin UI (Vaadin's own configurer, its CSRF
 * tokens kept), whether anonymous visitors may open the atlas, the login page, the user menu with sign-in and
 * sign-out, and the admin's users view.
 */
package org.deconfliction.atlas.security.ui;
