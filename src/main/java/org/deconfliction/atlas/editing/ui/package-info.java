/**
 * Editing incidents on the screen, for editors only: the "New incident" control (a click on the map or typed
 * coordinates), Edit, History and Delete in an incident's card, the editor with every field bound to a draft and
 * each problem shown next to its field, the draggable marker that moves the location, the history with what each
 * version changed and Restore, and the dialog that settles a conflicting save. All text from data is shown as text.
 */
package org.deconfliction.atlas.editing.ui;
