/**
 * Operations (issue 7): health of Solr for {@code /actuator/health}, index meters for
 * {@code /actuator/prometheus}, and who may read which actuator endpoint.
 */
package org.mosty.operations;
