/** Users, roles, and who may see what. */
package org.mosty.security;
