/** Sites on the map: one overlay of markers coloured by kind, with the site's name as tooltip and a popup card. */
package org.deconfliction.atlas.site.ui;
