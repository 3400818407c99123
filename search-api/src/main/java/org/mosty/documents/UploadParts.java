package org.mosty.documents;

import org.mosty.api.BadRequestException;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.problem.FieldProblem;
import org.mosty.problem.ProblemCode;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The checks an upload, a new version and a metadata edit share: a file with bytes, metadata that is JSON. */
final class UploadParts {

	private UploadParts() {
	}

	/** The file part, refused (400) when it has no bytes. */
	static MultipartFile nonEmpty(MultipartFile file) {
		if (file.isEmpty()) {
			throw new BadRequestException(FieldProblem.of("file", ProblemCode.EMPTY_FILE, "the uploaded file is empty"));
		}
		return file;
	}

	/** The metadata read from JSON, or 400 saying what the parser could not read. */
	static DocumentMetadata metadata(JsonMapper json, String text) {
		try {
			return json.readValue(text, DocumentMetadata.class);
		}
		catch (JacksonException ex) {
			throw new BadRequestException(FieldProblem.of("metadata", ProblemCode.INVALID_JSON,
					"not valid JSON for document metadata (" + ex.getOriginalMessage() + ")", ex.getOriginalMessage()));
		}
	}
}
