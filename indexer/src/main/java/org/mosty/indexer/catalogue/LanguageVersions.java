package org.mosty.indexer.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which documents are language versions of each other (issue 19): documents of one group share
 * {@code document.language_group}, the id of one of them. The one owner of that column. A change
 * holds the locks of every row it touches and of every member of the groups involved (the caller
 * locks the documents, {@link #join} and {@link #leave} their groups), so a group never loses a
 * link made at the same time; readers see only the versions their access levels
 * allow, indexed at least once and not withdrawn (as search and the public records do).
 */
@Repository
public class LanguageVersions {

	/** Another language version of a document, as a reader may see it. */
	public record Version(String id, String language, String title) {
	}

	private final JdbcClient jdbc;

	public LanguageVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The group of {@code id}, empty when it has no other version (or no such document). */
	public Optional<String> group(String id) {
		return jdbc.sql("select language_group from document where id = :id")
			.param("id", id)
			.query((rs, row) -> Optional.ofNullable(rs.getString(1)))
			.optional()
			.flatMap(group -> group);
	}

	/**
	 * Puts {@code id} and {@code other} in one group: the group either already has, else a new one
	 * named after the smaller id; two groups become one. The caller holds both rows' locks; this
	 * locks every member of their groups before it writes.
	 */
	public void join(String id, String other) {
		Optional<String> mine = group(id);
		Optional<String> theirs = group(other);
		lockMembers(Stream.of(mine, theirs).flatMap(Optional::stream).toList());
		String group = mine.or(() -> theirs).orElse(id.compareTo(other) < 0 ? id : other);
		if (theirs.isPresent() && !theirs.get().equals(group)) {
			jdbc.sql("update document set language_group = :group where language_group = :old")
				.param("group", group)
				.param("old", theirs.get())
				.update();
		}
		jdbc.sql("update document set language_group = :group where id in (:ids)")
			.param("group", group)
			.param("ids", List.of(id, other))
			.update();
	}

	/**
	 * Takes {@code id} out of its group; a group left with one document is no group any more.
	 * The caller holds the row's lock; this locks the group's other members before it writes.
	 * @return whether it was in a group
	 */
	public boolean leave(String id) {
		Optional<String> group = group(id);
		if (group.isEmpty()) {
			return false;
		}
		List<String> members = lockMembers(List.of(group.get()));
		jdbc.sql("update document set language_group = null where id = :id").param("id", id).update();
		if (members.size() == 2) {
			String last = members.get(0).equals(id) ? members.get(1) : members.get(0);
			jdbc.sql("update document set language_group = null where id = :id").param("id", last).update();
		}
		return true;
	}

	/** Locks the rows of every member of {@code groups} until the caller's transaction ends; their ids. */
	private List<String> lockMembers(List<String> groups) {
		if (groups.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select id from document where language_group in (:groups) order by id for update")
			.param("groups", groups)
			.query(String.class)
			.list();
	}

	/** The other versions of {@code id} that a reader with {@code levels} may see, by language. */
	public List<Version> of(String id, Set<AccessLevel> levels) {
		return of(List.of(id), levels).getOrDefault(id, List.of());
	}

	/**
	 * For each of {@code ids} (the hits of a result page) its other versions that a reader with
	 * {@code levels} may see; documents with none are left out. One query for the whole page.
	 */
	public Map<String, List<Version>> of(Collection<String> ids, Set<AccessLevel> levels) {
		if (ids.isEmpty() || levels.isEmpty()) {
			return Map.of();
		}
		Map<String, List<Version>> versions = new LinkedHashMap<>();
		jdbc.sql("""
				select d.id as hit, v.id, v.language, v.title from document d
				join document v on v.language_group = d.language_group and v.id <> d.id
				where d.id in (:ids) and d.language_group is not null
				and v.indexed_at is not null and v.withdrawn_at is null and v.access_level in (:levels)
				order by d.id, v.language, v.id""")
			.param("ids", ids)
			.param("levels", levels.stream().map(AccessLevel::name).toList())
			.query(rs -> {
				versions.computeIfAbsent(rs.getString("hit"), key -> new ArrayList<>())
					.add(new Version(rs.getString("id"), rs.getString("language"), rs.getString("title")));
			});
		return versions;
	}

	/** Records that an editor dismissed {@code other} as a suggested version of {@code id} (once; again is a no-op). */
	public void dismiss(String id, String other, String actor) {
		jdbc.sql("delete from translation_dismissal where document_id = :id and other_id = :other")
			.param("id", id)
			.param("other", other)
			.update();
		jdbc.sql("insert into translation_dismissal (document_id, other_id, dismissed_by, dismissed_at) "
				+ "values (:id, :other, :actor, :now)")
			.param("id", id)
			.param("other", other)
			.param("actor", actor)
			.param("now", java.sql.Timestamp.from(java.time.Instant.now()))
			.update();
	}

	/** The documents dismissed as suggested versions of {@code id}, and those already in its group. */
	public Set<String> notToSuggest(String id) {
		Set<String> ids = new java.util.HashSet<>(jdbc.sql("select other_id from translation_dismissal where document_id = :id")
			.param("id", id)
			.query(String.class)
			.list());
		group(id).ifPresent(group -> ids.addAll(jdbc.sql("select id from document where language_group = :group")
			.param("group", group)
			.query(String.class)
			.list()));
		ids.add(id);
		return ids;
	}
}
