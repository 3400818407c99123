package org.mosty.problem;

/**
 * The stable codes of {@link FieldProblem}s. A client (the API's problem+json, the pages' message
 * bundles under {@code w.problem.<code>}) reads the code, never the English detail, so rewording a
 * detail breaks no translation. A code is never renamed; a new kind of problem gets a new code.
 */
public enum ProblemCode {

	/** A value is required. */
	REQUIRED("required"),
	/** A document needs a title or a title in one of the languages. */
	TITLE("title"),
	/** A number out of range; arguments: min, max. */
	BETWEEN("between"),
	/** Not a whole number. */
	NUMBER("number"),
	/** Text too long; argument: the most characters. */
	MAX_CHARS("maxChars"),
	/** A list too long; argument: the most items. */
	MAX_ITEMS("maxItems"),
	/** Too many values of a filter; argument: the most values. */
	MAX_VALUES("maxValues"),
	/** Below a minimum; argument: the minimum. */
	MIN("min"),
	/** Above a maximum; argument: the maximum. */
	MAX("max"),
	/** A filter Mosty does not know; argument: the filters it knows. */
	UNKNOWN_FILTER("unknownFilter"),
	/** year.from after year.to. */
	YEAR_ORDER("yearOrder"),
	/** An unknown sort order; argument: the orders. */
	SORT("sort"),
	/** Paging deeper than served; argument: the deepest hit served. */
	TOO_DEEP("tooDeep"),
	/** Not pl, uk or en. */
	LANG("lang"),
	/** A parameter given more than once. */
	ONCE("once"),
	/** Not one of the allowed values; argument: the allowed values. */
	CHOICE("choice"),
	/** An unknown topic; argument: the topic. */
	TOPIC("topic"),
	/** Not a voivodeship or the whole country. */
	REGION("region"),
	/** year differs from the year of published; argument: that year. */
	YEAR_PUBLISHED("yearPublished"),
	/** Not an http or https address. */
	URL("url"),
	/** Not an ISO 639-1 language code. */
	LANGUAGE("language"),
	/** Not PUBLIC, MEMBERS or RESTRICTED. */
	ACCESS("access"),
	/** Not a date YYYY-MM-DD. */
	DATE("date"),
	/** Does not match the expected pattern. */
	FORMAT("format"),
	/** A JSON part that cannot be read; argument: the parser's words. */
	INVALID_JSON("invalidJson"),
	/** An uploaded file of 0 bytes. */
	EMPTY_FILE("emptyFile"),
	/** A request body that lacks what the operation needs. */
	BODY("body"),
	/** A user name outside the allowed letters or length. */
	USERNAME("username"),
	/** A user name cannot be changed. */
	USERNAME_FIXED("usernameFixed"),
	/** A user name someone else has. */
	USERNAME_TAKEN("usernameTaken"),
	/** A password outside the length rules. */
	PASSWORD("password"),
	/** A document named as its own language version. */
	SELF("self"),
	/** Not an e-mail address. */
	EMAIL("email"),
	/** More saved searches than one user may keep. */
	SAVED_LIMIT("savedLimit");

	private final String code;

	ProblemCode(String code) {
		this.code = code;
	}

	/** The code as clients see it. */
	public String code() {
		return code;
	}
}
