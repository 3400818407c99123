/**
 * OAI-PMH 2.0 at {@code /oai}: the public catalogue for harvesters, Dublin Core records, sets by
 * type and topic, withdrawn documents as deleted records, stateless resumption tokens.
 */
package org.mosty.oai;
