/**
 * Saved searches (issue 19): a user keeps a search with all its parameters, chooses how often to
 * be alerted to what arrives, and reads it as a private Atom feed. {@link org.mosty.saved.SavedSearches}
 * owns the table; {@code /api/me/searches} is the API.
 */
package org.mosty.saved;
