/**
 * Short links: the part of a view's state that would make its address too long to open (a drawn region of
 * thousands of characters) kept in the store under an id derived from it, so that {@code ?link=<id>} stands for it.
 * Bounded for anonymous visitors: a state has a largest length, a session a number of new links, and the links of
 * anonymous visitors a total length.
 */
package org.deconfliction.atlas.link;
