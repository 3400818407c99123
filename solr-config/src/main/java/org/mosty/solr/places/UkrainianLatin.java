package org.mosty.solr.places;

import java.util.Locale;
import java.util.Map;

/**
 * Ukrainian in Latin letters by the national system (Cabinet of Ministers resolution 55 of
 * 27 January 2010): the spelling of passports, road signs and most English texts ({@code Київ}
 * {@code Kyiv}, {@code Львів} {@code Lviv}, {@code Запоріжжя} {@code Zaporizhzhia}). {@code є ї й ю
 * я} are {@code Ye Yi Y Yu Ya} at the start of a word and {@code ie i i iu ia} elsewhere;
 * {@code зг} is {@code zgh}; the soft sign and the apostrophe are left out.
 */
public final class UkrainianLatin {

	private static final Map<Character, String> LETTERS = Map.ofEntries(Map.entry('а', "a"), Map.entry('б', "b"),
			Map.entry('в', "v"), Map.entry('г', "h"), Map.entry('ґ', "g"), Map.entry('д', "d"), Map.entry('е', "e"),
			Map.entry('є', "ie"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "y"), Map.entry('і', "i"),
			Map.entry('ї', "i"), Map.entry('й', "i"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"),
			Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"),
			Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
			Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ь', ""), Map.entry('ю', "iu"),
			Map.entry('я', "ia"), Map.entry('\'', ""), Map.entry('’', ""), Map.entry('ʼ', ""));

	private static final Map<Character, String> WORD_INITIAL = Map.of('є', "ye", 'ї', "yi", 'й', "y", 'ю', "yu", 'я',
			"ya");

	private UkrainianLatin() {
	}

	public static String of(String ukrainian) {
		StringBuilder out = new StringBuilder(ukrainian.length() + 8);
		boolean wordStart = true;
		for (int i = 0; i < ukrainian.length(); i++) {
			char original = ukrainian.charAt(i);
			char c = Character.toLowerCase(original);
			String latin;
			if (c == 'г' && i > 0 && Character.toLowerCase(ukrainian.charAt(i - 1)) == 'з') {
				latin = "gh";
			}
			else if (wordStart && WORD_INITIAL.containsKey(c)) {
				latin = WORD_INITIAL.get(c);
			}
			else {
				latin = LETTERS.get(c);
			}
			if (latin == null) {
				out.append(original);
			}
			else if (Character.isUpperCase(original) && !latin.isEmpty()) {
				boolean allCaps = i + 1 < ukrainian.length() && Character.isUpperCase(ukrainian.charAt(i + 1));
				out.append(allCaps ? latin.toUpperCase(Locale.ROOT)
						: Character.toUpperCase(latin.charAt(0)) + latin.substring(1));
			}
			else {
				out.append(latin);
			}
			boolean letter = Character.isLetter(original) || original == '\'' || original == '’' || original == 'ʼ';
			wordStart = !letter;
		}
		return out.toString();
	}
}
