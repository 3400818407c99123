package org.mosty.search;

import java.util.Arrays;
import java.util.Optional;

import org.mosty.solr.SolrFields;

/** The facets of the search: request name ({@code f.<name>}) and the Solr field behind it. */
public enum Facet {
	TYPE("type", SolrFields.TYPE, true),
	LANGUAGE("language", SolrFields.LANGUAGES, true),
	TOPIC("topic", SolrFields.TOPICS, true),
	ORGANIZATION("organization", SolrFields.ORGANIZATION, true),
	REGION("region", SolrFields.REGION, true),
	YEAR("year", SolrFields.YEAR, true),
	AUDIENCE("audience", SolrFields.AUDIENCE, true),
	FORMAT("format", SolrFields.FORMAT, false);

	private final String parameter;

	private final String field;

	private final boolean counted;

	Facet(String parameter, String field, boolean counted) {
		this.parameter = parameter;
		this.field = field;
		this.counted = counted;
	}

	/** The name in {@code f.<name>} and in the response's {@code facets}. */
	public String parameter() {
		return parameter;
	}

	public String field() {
		return field;
	}

	/** Whether the response carries counts for this facet (others are filters only). */
	public boolean counted() {
		return counted;
	}

	public static Optional<Facet> fromParameter(String name) {
		return Arrays.stream(values()).filter(facet -> facet.parameter.equals(name)).findFirst();
	}
}
