package org.mosty.indexer.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Whether Tesseract is installed, and which of the wanted languages it has. */
record Tesseract(boolean installed, List<String> languages, List<String> missing) {

	static Tesseract probe(String wanted) {
		List<String> requested = Arrays.asList(wanted.split("\\+"));
		Set<String> installed;
		try {
			Process process = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
			String out;
			try (InputStream in = process.getInputStream()) {
				out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			if (!process.waitFor(20, TimeUnit.SECONDS) || process.exitValue() != 0) {
				process.destroyForcibly();
				return new Tesseract(false, List.of(), requested);
			}
			installed = new LinkedHashSet<>(out.lines().map(String::strip).toList());
		}
		catch (IOException ex) {
			return new Tesseract(false, List.of(), requested);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Tesseract(false, List.of(), requested);
		}
		List<String> present = requested.stream().filter(installed::contains).toList();
		List<String> absent = requested.stream().filter(lang -> !installed.contains(lang)).toList();
		return new Tesseract(!present.isEmpty(), present, absent);
	}

	String languageString() {
		return String.join("+", languages);
	}
}
