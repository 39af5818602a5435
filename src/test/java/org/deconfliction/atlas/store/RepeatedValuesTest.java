package org.deconfliction.atlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RepeatedValuesTest {

    @Test
    void anEqualValueReadLaterIsReplacedByTheFirstAndADifferentOneIsKept() {
        RepeatedValues values = new RepeatedValues();
        String first = new String("12 km from Raqqa");
        String again = new String("12 km from Raqqa");
        String other = new String("3 km from Raqqa");

        assertThat(values.shared(first)).isSameAs(first);
        assertThat(values.shared(again)).isSameAs(first);
        assertThat(values.shared(other)).isSameAs(other);
        assertThat(values.shared((String) null)).isNull();
        assertThat(values.size()).isEqualTo(2);
    }

    @Test
    void aTextIsDecodedOnceAndItsValueIsSharedWithEqualDecodedValues() {
        RepeatedValues values = new RepeatedValues();
        AtomicInteger decodings = new AtomicInteger();
        Function<String, List<String>> words = text -> {
            decodings.incrementAndGet();
            return List.of(text.split(","));
        };

        List<String> first = values.decoded(new String("US forces,SDF"), words);
        List<String> again = values.decoded(new String("US forces,SDF"), words);
        List<String> sameListOtherText = values.decoded("US forces,SDF,", words);

        assertThat(first).containsExactly("US forces", "SDF");
        assertThat(again).isSameAs(first);
        assertThat(sameListOtherText).isSameAs(first);
        assertThat(decodings).hasValue(2);
        assertThat(values.decoded(null, words)).isNull();
    }

    @Test
    void aRememberedReadingIsKnownOnlyForItsTextAndClass() {
        RepeatedValues values = new RepeatedValues();
        java.time.LocalDate day = java.time.LocalDate.of(2018, 2, 7);

        assertThat(values.known("2018-02-07", java.time.LocalDate.class)).isNull();
        assertThat(values.remember("2018-02-07", day)).isSameAs(day);

        assertThat(values.known("2018-02-07", java.time.LocalDate.class)).isSameAs(day);
        assertThat(values.known("2018-02-08", java.time.LocalDate.class)).isNull();
        assertThat(values.known("2018-02-07", String.class)).isNull();
    }
}
