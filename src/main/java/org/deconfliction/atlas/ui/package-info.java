/**
 * The application shell: the main view at {@code /}, which arranges the map and the overlays contributed by the
 * features, and keeps the map's view and visible layers in the URL so that a reload or a shared link restores
 * them.
 */
package org.deconfliction.atlas.ui;
