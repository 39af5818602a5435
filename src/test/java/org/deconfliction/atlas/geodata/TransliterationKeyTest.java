package org.deconfliction.atlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransliterationKeyTest {

    @ParameterizedTest(name = "\"{0}\" and \"{1}\" have the same key")
    @CsvSource(delimiter = '|', textBlock = """
            Deir ez-Zor      | Deir al-Zor
            Deir ez-Zor      | Dayr az Zawr
            Deir ez-Zor      | Deir Ezzor
            Deir ez-Zor      | Deir es-Zor
            Deir ez-Zor      | DEIR EZ-ZOR
            al-Omar          | Al Omar
            al-Omar          | Omar
            Raqqa            | ar-Raqqah
            Raqqa            | Rakka
            Manbij           | Menbij
            Qamishli         | al-Qamishli
            Tell Tamer       | Til Temir
            Tal Baydar       | Tell Beydar
            Rmelan           | Rmeilan
            Sarrin           | Sareen
            Baghuz           | Baghouz
            Idlib            | Idleb
            Harim            | Ḥārim
            Erbil            | Irbil
            Ayn Issa         | Ain Issa
            al-Qaim          | al-Qa'im
            Shayrat          | Sha'irat
            ash-Shaddadi     | Shadadi
            al-Malikiyah     | al-Malikiyyah
            Kobani           | Kobanê
            Abu Kamal        | Abu Kemal
            Tishrin Dam      | Tishreen Dam
            Deir ez-Zor      | Deir ez‐Zor
            Abu Kamal 2019   | Abu Kamāl (2019)
            al-Tanf          | at-Tanf
            """)
    void spellingsOfOneNameHaveTheSameKey(String one, String other) {
        assertThat(TransliterationKey.of(one)).isEqualTo(TransliterationKey.of(other));
    }

    @ParameterizedTest(name = "\"{0}\" and \"{1}\" differ")
    @CsvSource(delimiter = '|', textBlock = """
            Raqqa            | Manbij
            Deir ez-Zor      | Raqqa
            al-Omar          | al-Tanf
            Conoco           | Khasham
            """)
    void differentNamesHaveDifferentKeys(String one, String other) {
        assertThat(TransliterationKey.of(one)).isNotEqualTo(TransliterationKey.of(other));
        assertThat(TransliterationKey.of(one).contains(TransliterationKey.of(other))).isFalse();
        assertThat(TransliterationKey.of(other).contains(TransliterationKey.of(one))).isFalse();
    }

    @Test
    void theKeyIsWrittenAsItsWords() {
        assertThat(TransliterationKey.of("Dayr az-Zawr").toString()).isEqualTo("dar zor");
        assertThat(TransliterationKey.of("al-Omar oil field").words()).containsExactly("omar", "ol", "fald");
    }

    @Test
    void aTextContainsAQueryWhenEveryQueryWordBeginsOneOfItsWordsInAnyOrder() {
        TransliterationKey text = TransliterationKey.of("Rocket attack on the al-Omar base, Deir ez-Zor Governorate");

        assertThat(text.contains(TransliterationKey.of("Omar rocket"))).isTrue();
        assertThat(text.contains(TransliterationKey.of("Dayr az Zawr"))).isTrue();
        assertThat(text.contains(TransliterationKey.of("Governor"))).isTrue();
        assertThat(text.contains(TransliterationKey.of("Omar Raqqa"))).isFalse();
        assertThat(text.contains(TransliterationKey.of("mar"))).as("a query word must begin a word").isFalse();
    }

    @Test
    void severalTextsAreSearchedTogether() {
        TransliterationKey site = TransliterationKey.of(List.of("Conoco gas field", "Koniko", "Conoco outpost"));

        assertThat(site.contains(TransliterationKey.of("koniko"))).isTrue();
        assertThat(site.contains(TransliterationKey.of("Conoco outpost"))).isTrue();
    }

    @Test
    void anEmptyQueryIsContainedEverywhere() {
        assertThat(TransliterationKey.of((String) null).isEmpty()).isTrue();
        assertThat(TransliterationKey.of("  - ' ").isEmpty()).isTrue();
        assertThat(TransliterationKey.of("Raqqa").contains(TransliterationKey.of(""))).isTrue();
    }

    @Test
    void aNameBeginsWithAQueryWhoseWordsComeFirstInOrderTheLastPerhapsUnfinished() {
        TransliterationKey name = TransliterationKey.of("Deir ez-Zor airbase");

        assertThat(name.startsWith(TransliterationKey.of("Dayr az Zawr"))).isTrue();
        assertThat(name.startsWith(TransliterationKey.of("Deir ez-Zor air"))).isTrue();
        assertThat(name.startsWith(TransliterationKey.of("Zor Deir"))).as("out of order").isFalse();
        assertThat(name.startsWith(TransliterationKey.of("Deir ez-Zor airbase east"))).as("longer than the name").isFalse();
    }

    @Test
    void wholeWordsMatchOnlyWhereEveryQueryWordIsAWordOfTheText() {
        TransliterationKey text = TransliterationKey.of("Rocket attack on the al-Omar base");

        assertThat(text.containsWholeWords(TransliterationKey.of("Al Omar rocket"))).isTrue();
        assertThat(text.containsWholeWords(TransliterationKey.of("Om"))).isFalse();
    }
}
