/** The reference layers on the map: the Euphrates, the deconfliction line and the deconfliction zones. */
package org.deconfliction.atlas.reference.ui;
