/**
 * Who may do what in the atlas, without any UI: the three {@link org.deconfliction.atlas.security.Role}s (viewer
 * reads, editor changes data, admin also manages users), the user accounts kept in the store with hashed
 * passwords, the first administrator created on first start, the HTTP API's access rules (HTTP Basic or the
 * browser's session; writes need a role and are refused with RFC 9457 problems), and
 * {@link org.deconfliction.atlas.security.Access}, the one role check other features use to guard their actions.
 */
package org.deconfliction.atlas.security;
