package org.mosty.oai;

/** An OAI-PMH error condition: answered as {@code <error code="...">} with HTTP 200, as the protocol wants. */
class OaiException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String code;

	OaiException(String code, String message) {
		super(message);
		this.code = code;
	}

	String code() {
		return code;
	}

	/** Whether the request element may echo the arguments (not for badVerb or badArgument). */
	boolean echoArguments() {
		return !"badVerb".equals(code) && !"badArgument".equals(code);
	}
}
