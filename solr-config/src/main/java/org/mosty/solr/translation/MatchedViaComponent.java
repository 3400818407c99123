package org.mosty.solr.translation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.SimpleOrderedMap;
import org.apache.solr.core.SolrCore;
import org.apache.solr.handler.component.ResponseBuilder;
import org.apache.solr.handler.component.SearchComponent;
import org.apache.solr.handler.component.ShardRequest;
import org.apache.solr.handler.component.ShardResponse;
import org.apache.solr.schema.IndexSchema;
import org.apache.solr.search.DocIterator;
import org.apache.solr.search.DocList;
import org.apache.solr.search.SolrIndexSearcher;
import org.apache.solr.util.plugin.SolrCoreAware;
import org.mosty.solr.Glossary;

/**
 * Tells, for each hit of a search, which query words it matched through translation (issue 17):
 * {@code matchedVia: {<id>: [{query: "azyl", matched: "притулок"}]}}.
 * <p>
 * The query is analysed with the query analyser of each configured cross-language field
 * ({@code concepts}: glossary concepts and places, {@code lexicon}: lexicon entries), exactly as
 * edismax analyses it, so every id token comes with the offsets of the query words it was made of.
 * A hit matched a word through translation when it holds that id in the field, and the word of the
 * id in the hit's language is not the query word itself (the same lemma by the hit's language field,
 * or the word written as is in the hit's text). Labels come from the configset's own files
 * ({@code lang/glossary.tsv}, {@code lang/gazetteer.tsv}, {@code lang/lexicon.tsv}).
 * <p>
 * Runs only when the request says {@code matchedVia=true}; reads postings of the page's hits only
 * (no second query). Distributed: each shard explains the hits it returns fields for, and the
 * explanations are merged.
 */
public class MatchedViaComponent extends SearchComponent implements SolrCoreAware {

	public static final String COMPONENT_NAME = "matchedVia";

	/** The request parameter that switches it on, and the key of the answer. */
	public static final String PARAM = "matchedVia";

	private static final List<String> LANGUAGES = Glossary.LANGUAGES;

	private List<String> fields = List.of("concepts", "lexicon");

	private List<String> files = List.of("lang/glossary.tsv", "lang/gazetteer.tsv", "lang/lexicon.tsv");

	private Map<String, Glossary.Concept> entries = Map.of();

	@Override
	public void init(NamedList<?> args) {
		super.init(args);
		Object configuredFields = args == null ? null : args.get("fields");
		if (configuredFields != null) {
			fields = List.of(configuredFields.toString().strip().split("\\s*,\\s*"));
		}
		Object configuredFiles = args == null ? null : args.get("files");
		if (configuredFiles != null) {
			files = List.of(configuredFiles.toString().strip().split("\\s*,\\s*"));
		}
	}

	@Override
	public void inform(SolrCore core) {
		Map<String, Glossary.Concept> all = new LinkedHashMap<>();
		for (String file : files) {
			try (InputStream in = core.getResourceLoader().openResource(file)) {
				all.putAll(Glossary.parse(in).concepts());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + file + " from the configset", ex);
			}
		}
		entries = Map.copyOf(all);
	}

	@Override
	public void prepare(ResponseBuilder rb) {
		// nothing to prepare: process() reads the page's hits
	}

	@Override
	public void process(ResponseBuilder rb) throws IOException {
		SolrParams params = rb.req.getParams();
		String q = params.get("q");
		DocList docs = rb.getResults() == null ? null : rb.getResults().docList;
		if (!params.getBool(PARAM, false) || q == null || q.isBlank() || docs == null || docs.size() == 0) {
			return;
		}
		IndexSchema schema = rb.req.getSchema();
		List<Translated> translated = new ArrayList<>();
		for (String field : fields) {
			if (schema.getFieldOrNull(field) != null) {
				translated.addAll(translations(schema.getFieldType(field).getQueryAnalyzer(), field, q));
			}
		}
		if (translated.isEmpty()) {
			return;
		}
		SolrIndexSearcher searcher = rb.req.getSearcher();
		String idField = schema.getUniqueKeyField().getName();
		SimpleOrderedMap<Object> answer = new SimpleOrderedMap<>();
		DocIterator iterator = docs.iterator();
		while (iterator.hasNext()) {
			int doc = iterator.nextDoc();
			var stored = searcher.getDocFetcher().doc(doc, Set.of(idField, "language"));
			String language = stored.get("language");
			if (language == null || !LANGUAGES.contains(language)) {
				continue;
			}
			List<SimpleOrderedMap<Object>> explained = explain(searcher, schema, doc, language, translated);
			if (!explained.isEmpty()) {
				answer.add(stored.get(idField), explained);
			}
		}
		rb.rsp.add(PARAM, answer);
	}

	/**
	 * The hit's translations, one per query word: of the ids the hit holds for that word, the first
	 * whose term in the hit's language the hit's text has (its lemmas in the language field), else the
	 * first id's label.
	 */
	private List<SimpleOrderedMap<Object>> explain(SolrIndexSearcher searcher, IndexSchema schema, int doc,
			String language, List<Translated> translated) throws IOException {
		String ownField = "text_" + language;
		Analyzer own = schema.getFieldOrNull(ownField) == null ? null : schema.getFieldType(ownField).getQueryAnalyzer();
		Map<String, String> chosen = new LinkedHashMap<>();
		Set<String> settled = new HashSet<>();
		for (Translated candidate : translated) {
			if (settled.contains(candidate.query())) {
				continue;
			}
			Glossary.Concept entry = entries.get(candidate.id());
			String label = entry == null ? null : entry.labels().get(language);
			if (label == null || !holds(searcher, doc, candidate.field(), candidate.id())
					|| sameWord(searcher, doc, own, candidate.query(), label)) {
				continue;
			}
			String written = own == null ? null : writtenTerm(searcher, doc, own, ownField, entry.terms().get(language));
			if (written != null) {
				chosen.put(candidate.query(), written);
				settled.add(candidate.query());
			}
			else {
				chosen.putIfAbsent(candidate.query(), label);
			}
		}
		List<SimpleOrderedMap<Object>> result = new ArrayList<>();
		chosen.forEach((query, matched) -> {
			SimpleOrderedMap<Object> item = new SimpleOrderedMap<>();
			item.add("query", query);
			item.add("matched", matched);
			result.add(item);
		});
		return result;
	}

	/** The first of an entry's terms whose every lemma the hit's language field holds, or null. */
	private static String writtenTerm(SolrIndexSearcher searcher, int doc, Analyzer own, String field, List<String> terms)
			throws IOException {
		if (terms == null) {
			return null;
		}
		for (String term : terms) {
			List<String> lemmas = terms(own, term);
			boolean all = !lemmas.isEmpty();
			for (String lemma : lemmas) {
				all = all && holds(searcher, doc, field, lemma);
			}
			if (all) {
				return term;
			}
		}
		return null;
	}

	/** A query word written in the hit's own language: its lemma is the label's, or the hit has it as written. */
	private static boolean sameWord(SolrIndexSearcher searcher, int doc, Analyzer own, String query, String matched)
			throws IOException {
		if (query.equalsIgnoreCase(matched)) {
			return true;
		}
		if (own != null && !java.util.Collections.disjoint(terms(own, query), terms(own, matched))) {
			return true;
		}
		for (String word : query.toLowerCase(Locale.ROOT).split("[\\s\\p{Punct}]+")) {
			if (!word.isEmpty() && !holds(searcher, doc, "text_exact", word)) {
				return false;
			}
		}
		return true;
	}

	/** Whether the document's field holds the term (its postings, no stored text). */
	private static boolean holds(SolrIndexSearcher searcher, int doc, String field, String term) throws IOException {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		Terms terms = leaf.reader().terms(field);
		if (terms == null) {
			return false;
		}
		TermsEnum iterator = terms.iterator();
		if (!iterator.seekExact(new BytesRef(term))) {
			return false;
		}
		PostingsEnum postings = iterator.postings(null, PostingsEnum.NONE);
		int target = doc - leaf.docBase;
		return postings.advance(target) == target && target != DocIdSetIterator.NO_MORE_DOCS;
	}

	/** Every id the field's query analyser makes of the query, with the query words it came from. */
	static List<Translated> translations(Analyzer analyzer, String field, String q) {
		List<Translated> result = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, q)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				String words = q.substring(offset.startOffset(), offset.endOffset()).strip();
				if (!words.isEmpty()) {
					result.add(new Translated(field, term.toString(), words));
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return result;
	}

	private static List<String> terms(Analyzer analyzer, String text) throws IOException {
		List<String> result = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("f", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				result.add(term.toString());
			}
			stream.end();
		}
		return result;
	}

	/** An id token of a cross-language field and the query words it stands for. */
	record Translated(String field, String id, String query) {
	}

	// --- distributed search: only the requests that fetch the page's fields explain, then merge

	@Override
	public void modifyRequest(ResponseBuilder rb, SearchComponent who, ShardRequest sreq) {
		if (!rb.req.getParams().getBool(PARAM, false)) {
			return;
		}
		sreq.params.set(PARAM, (sreq.purpose & ShardRequest.PURPOSE_GET_FIELDS) != 0);
	}

	@Override
	public void finishStage(ResponseBuilder rb) {
		if (rb.stage != ResponseBuilder.STAGE_GET_FIELDS || !rb.req.getParams().getBool(PARAM, false)) {
			return;
		}
		SimpleOrderedMap<Object> merged = new SimpleOrderedMap<>();
		for (ShardRequest sreq : rb.finished) {
			if ((sreq.purpose & ShardRequest.PURPOSE_GET_FIELDS) == 0) {
				continue;
			}
			for (ShardResponse shard : sreq.responses) {
				Object part = shard.getSolrResponse().getResponse().get(PARAM);
				if (part instanceof NamedList<?> list) {
					list.forEach((id, items) -> merged.add(id, items));
				}
			}
		}
		rb.rsp.add(PARAM, merged);
	}

	@Override
	public String getDescription() {
		return "Which query words each hit matched through the glossary, the gazetteer or the lexicon";
	}
}
