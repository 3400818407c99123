/**
 * The organisation authority list (table {@code organization}): every publisher a document has
 * named, learnt at registration and offered to editors and in suggestions. Its own package so that
 * registration ({@code documents}) and editing ({@code editorial}) both use it without depending
 * on each other both ways.
 */
package org.mosty.indexer.organizations;
