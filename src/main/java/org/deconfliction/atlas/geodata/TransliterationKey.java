package org.deconfliction.atlas.geodata;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Text reduced to words in which the usual Latin spellings of one Arabic or Kurdish name coincide, so that free-text
 * search finds a place however a source spells it: "Deir ez-Zor", "Deir al-Zor", "Dayr az Zawr" and "Deir Ezzor" all
 * become {@code dar zor}; "al-Omar", "Al Omar" and "Omar" all become {@code omar}. The rules, applied in order:
 * <ol>
 * <li>lower-case, and drop accents and dots below (Ḥārim → harim, Qamişlo → qamislo);</li>
 * <li>drop apostrophes and the marks written for ʿayn and hamza (Qa'im → qaim);</li>
 * <li>split into words at anything that is not a letter or a digit (hyphens, spaces, punctuation);</li>
 * <li>drop words that are a form of the Arabic article: al, el, ul, an, ar, as, ash, at, ath, ad, adh, az and their
 * e- forms en, er, es, esh, et, ed, ez;</li>
 * <li>drop an article run into its word, an a or e before a doubled d, n, r, s, t or z (Ezzor → zor);</li>
 * <li>write q as k, collapse doubled letters and drop a final h after a vowel (Raqqah, Rakka → raka; Tell → tel);</li>
 * <li>turn y and w that follow a vowel but do not precede one into i and u (Dayr → dair, Zawr → zaur);</li>
 * <li>write every run of vowels as o if it holds an o or u, else as a (Deir, dair → dar; zaur → zor; Menbij → manbaj).</li>
 * </ol>
 * The key is lossy by design: spellings that differ only in short vowels merge, so a query can also find an
 * unrelated word with the same consonants. English words pass through the same rules, which is harmless because
 * queries and texts are always compared as keys.
 */
public final class TransliterationKey {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘ʿʾʼ`´]");
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> ARTICLES = Set.of("al", "el", "ul", "an", "ar", "as", "ash", "at", "ath",
            "ad", "adh", "az", "en", "er", "es", "esh", "et", "ed", "ez");
    private static final Pattern MERGED_ARTICLE = Pattern.compile("[ae]([dnrstz])\\1.+");
    private static final String VOWELS = "aeiou";
    private static final int REMEMBERED = 100_000;
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    private final List<String> words;
    private final String padded;

    private TransliterationKey(List<String> words) {
        this.words = List.copyOf(words);
        this.padded = " " + String.join(" ", words) + " ";
    }

    /** The key of a text; a null or blank text gives the empty key. */
    public static TransliterationKey of(String text) {
        return of(text == null ? List.of() : List.of(text));
    }

    /** The key of several texts together, such as the title, place and summary of an incident; nulls are skipped. */
    public static TransliterationKey of(Collection<String> texts) {
        List<String> words = new ArrayList<>();
        for (String text : texts) {
            if (text != null) {
                words.addAll(wordsOf(text));
            }
        }
        return new TransliterationKey(words);
    }

    /** The key's words, in the order of the text. */
    public List<String> words() {
        return words;
    }

    /** Whether the key has no words, as for an empty query, which {@link #contains} everywhere. */
    public boolean isEmpty() {
        return words.isEmpty();
    }

    /**
     * Whether every word of the query begins some word of this key, in any order: "Omar rocket" is found in "Rocket
     * attack on al-Omar", and "Qamish" in "Qamishli". The empty query is contained in every key.
     */
    public boolean contains(TransliterationKey query) {
        for (String word : query.words) {
            if (!padded.contains(" " + word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every word of the query is a whole word of this key, in any order: "Omar" in "Rocket attack on
     * al-Omar", but not "Om". The empty query is contained in every key.
     */
    public boolean containsWholeWords(TransliterationKey query) {
        return words.containsAll(query.words);
    }

    /**
     * Whether this key begins with the query's words in order, the last of them perhaps cut short as while typing:
     * "Dayr az Za" begins "Deir ez-Zor". The empty query begins every key.
     */
    public boolean startsWith(TransliterationKey query) {
        int n = query.words.size();
        if (n > words.size()) {
            return false;
        }
        if (n == 0) {
            return true;
        }
        return words.subList(0, n - 1).equals(query.words.subList(0, n - 1))
                && words.get(n - 1).startsWith(query.words.get(n - 1));
    }

    private static List<String> wordsOf(String text) {
        List<String> ascii = asciiWordsOf(text);
        return ascii != null ? ascii : unicodeWordsOf(text);
    }

    /**
     * The same words as {@link #unicodeWordsOf} for a text of ASCII characters only, found in one pass (no accents to
     * drop, letters and digits are A-Z, a-z and 0-9, the apostrophes ' and `); null for any other text.
     */
    private static List<String> asciiWordsOf(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c >= 128) {
                return null;
            }
            if (c >= 'A' && c <= 'Z') {
                word.append((char) (c + ('a' - 'A')));
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                word.append(c);
            } else if (c != '\'' && c != '`') {
                if (!word.isEmpty() && !ARTICLES.contains(word.toString())) {
                    words.add(word(word.toString()));
                }
                word.setLength(0);
            }
        }
        return words;
    }

    private static List<String> unicodeWordsOf(String text) {
        String plain = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        plain = APOSTROPHES.matcher(plain.toLowerCase(Locale.ROOT).replace('ı', 'i')).replaceAll("");
        return Arrays.stream(WORD_BREAK.split(plain))
                .filter(word -> !word.isEmpty() && !ARTICLES.contains(word))
                .map(TransliterationKey::word)
                .toList();
    }

    /**
     * The key of a word, remembered for the first {@value #REMEMBERED} distinct words met: the texts of a conflict's
     * incidents repeat the same place names, actors and terms, so most words are keyed once.
     */
    private static String word(String word) {
        String key = KEYS.get(word);
        if (key == null) {
            key = keyOf(word);
            if (KEYS.size() < REMEMBERED) {
                KEYS.put(word, key);
            }
        }
        return key;
    }

    private static String keyOf(String word) {
        String w = MERGED_ARTICLE.matcher(word).matches() ? word.substring(2) : word;
        w = collapseDoubles(w.replace('q', 'k'));
        if (w.length() > 1 && w.endsWith("h") && isVowel(w.charAt(w.length() - 2))) {
            w = w.substring(0, w.length() - 1);
        }
        return vowelRuns(semivowels(w));
    }

    private static String collapseDoubles(String w) {
        StringBuilder out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
                out.append(w.charAt(i));
            }
        }
        return out.toString();
    }

    private static String semivowels(String w) {
        StringBuilder out = new StringBuilder(w);
        for (int i = 1; i < out.length(); i++) {
            char c = out.charAt(i);
            boolean beforeVowel = i + 1 < out.length() && isVowel(out.charAt(i + 1));
            if ((c == 'y' || c == 'w') && isVowel(out.charAt(i - 1)) && !beforeVowel) {
                out.setCharAt(i, c == 'y' ? 'i' : 'u');
            }
        }
        return out.toString();
    }

    private static String vowelRuns(String w) {
        StringBuilder out = new StringBuilder(w.length());
        int i = 0;
        while (i < w.length()) {
            if (!isVowel(w.charAt(i))) {
                out.append(w.charAt(i++));
                continue;
            }
            boolean rounded = false;
            while (i < w.length() && isVowel(w.charAt(i))) {
                rounded |= w.charAt(i) == 'o' || w.charAt(i) == 'u';
                i++;
            }
            out.append(rounded ? 'o' : 'a');
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TransliterationKey key && words.equals(key.words);
    }

    @Override
    public int hashCode() {
        return Objects.hash(words);
    }

    /** The words joined by single spaces, e.g. {@code dar zor}. */
    @Override
    public String toString() {
        return String.join(" ", words);
    }
}
