/**
 * The named places of the atlas: bases, oil and gas fields, towns, airbases and crossings, each with its kind,
 * a one-line description, who held it when the sources say so, and the documents it comes from. Sites are read
 * from {@code sites.geojson} at start-up and served through {@link org.deconfliction.atlas.site.SiteRepository}.
 */
package org.deconfliction.atlas.site;
