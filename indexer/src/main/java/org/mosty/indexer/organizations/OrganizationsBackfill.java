package org.mosty.indexer.organizations;

import java.util.List;

import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills the organisation authority list from the catalogue once, when the list is empty but the
 * catalogue is not (a library that existed before the list did).
 */
@Component
class OrganizationsBackfill implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(OrganizationsBackfill.class);

	private static final int PAGE = 500;

	private final JdbcClient jdbc;

	private final Catalogue catalogue;

	private final Organizations organizations;

	OrganizationsBackfill(JdbcClient jdbc, Catalogue catalogue, Organizations organizations) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.organizations = organizations;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean listed = jdbc.sql("select name from organization fetch first 1 rows only")
			.query(String.class)
			.optional()
			.isPresent();
		if (listed) {
			return;
		}
		int learnt = 0;
		for (int offset = 0;; offset += PAGE) {
			List<CatalogueDocument> page = catalogue.list(null, offset, PAGE);
			for (CatalogueDocument doc : page) {
				organizations.learn(doc.metadata().organization());
				learnt++;
			}
			if (page.size() < PAGE) {
				break;
			}
		}
		if (learnt > 0) {
			log.info("Organisation authority list filled from {} catalogue entries", learnt);
		}
	}
}
