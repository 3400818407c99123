/** Documents like a given one (MoreLikeThis), across languages, among those a user may see. */
package org.mosty.related;
