package org.mosty.suggest;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.FacetField;
import org.mosty.api.IndexUnavailableException;
import org.mosty.indexer.organizations.Organizations;
import org.mosty.security.AccessScope;
import org.mosty.solr.SolrFields;
import org.springframework.stereotype.Service;

/**
 * The organisation names a user may see ({@code GET /api/organizations}): editors get the whole
 * authority list (they pick a spelling for documents not indexed yet too); everyone else only the
 * organisations of documents their access level shows, counted by Solr under the access filter, so
 * the name of an organisation whose only documents are MEMBERS or RESTRICTED does not leak.
 * Matching is the authority list's: the name starts with the prefix, or one of its words does,
 * case-insensitively; alphabetical.
 */
@Service
public class OrganizationNames {

	private final Organizations organizations;

	private final SolrClient solr;

	public OrganizationNames(Organizations organizations, SolrClient solr) {
		this.organizations = organizations;
		this.solr = solr;
	}

	public List<String> complete(String prefix, int limit, AccessScope scope) {
		if (scope.editor()) {
			return organizations.complete(prefix, limit);
		}
		String key = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
		SolrQuery request = new SolrQuery("*:*");
		request.addFilterQuery(scope.filterQuery());
		request.setRows(0);
		request.setFacet(true);
		request.addFacetField(SolrFields.ORGANIZATION);
		request.setFacetMinCount(1);
		request.setFacetLimit(-1);
		request.setFacetSort("index");
		if (!key.isEmpty()) {
			request.set("facet.contains", key);
			request.set("facet.contains.ignoreCase", true);
		}
		FacetField field;
		try {
			field = solr.query(request).getFacetField(SolrFields.ORGANIZATION);
		}
		catch (SolrServerException | IOException ex) {
			throw new IndexUnavailableException("Solr did not answer: " + ex.getMessage(), ex);
		}
		if (field == null || field.getValues() == null) {
			return List.of();
		}
		return field.getValues()
			.stream()
			.map(FacetField.Count::getName)
			.filter(name -> matches(name.toLowerCase(Locale.ROOT), key))
			.sorted((a, b) -> {
				int byKey = a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT));
				return byKey != 0 ? byKey : a.compareTo(b);
			})
			.limit(Math.max(1, Math.min(limit, Organizations.MAX_RESULTS)))
			.toList();
	}

	private static boolean matches(String name, String key) {
		return key.isEmpty() || name.startsWith(key) || name.contains(" " + key);
	}
}
