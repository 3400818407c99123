package org.mosty.suggest;

/**
 * One suggestion.
 *
 * @param text what to show and to search for
 * @param kind {@code title}, {@code organization} or {@code topic}
 * @param value what it stands for: the document id of a title, the organisation's facet value, the
 *     topic's concept id (for {@code f.topic})
 */
record Suggestion(String text, String kind, String value) {

	public static final String TITLE = "title";

	public static final String ORGANIZATION = "organization";

	public static final String TOPIC = "topic";
}
