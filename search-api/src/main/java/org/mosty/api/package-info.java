/** What every HTTP endpoint shares: errors as problem+json. */
package org.mosty.api;
