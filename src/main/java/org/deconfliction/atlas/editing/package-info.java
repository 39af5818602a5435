/**
 * Editing incidents from the screen: an incident's values as a form holds them ({@link
 * org.deconfliction.atlas.editing.IncidentDraft}), checked by the same strict reader as the shipped geodata with the
 * problem tied to the field at fault, and {@link org.deconfliction.atlas.editing.IncidentEditing}, which creates,
 * changes, deletes and restores incidents through the store for editors only, re-checking the role on every call,
 * and tells each version of an incident's history with what it changed. In {@code ui} the editor, history and
 * conflict dialogs and the editing controls of the map.
 */
package org.deconfliction.atlas.editing;
