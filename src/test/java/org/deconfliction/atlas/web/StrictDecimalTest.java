package org.deconfliction.atlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StrictDecimalTest {

    @Test
    void plainDecimalsAreRead() {
        assertThat(StrictDecimal.decimal("35").getAsDouble()).isEqualTo(35.0);
        assertThat(StrictDecimal.decimal("-0.5").getAsDouble()).isEqualTo(-0.5);
        assertThat(StrictDecimal.decimal(".5").getAsDouble()).isEqualTo(0.5);
        assertThat(StrictDecimal.decimal("+1e3").getAsDouble()).isEqualTo(1000.0);
        assertThat(StrictDecimal.decimal("40.").getAsDouble()).isEqualTo(40.0);
    }

    @Test
    void everythingJavaReadsMoreLooselyIsRefused() {
        for (String text : List.of("0x1p3", "1d", "2f", "3D", "4F", "NaN", "Infinity", "-Infinity", "٥", "５", " 5", "5 ",
                "1e999", "1,5", "", "e5", "1e", "--1", "1_000")) {
            assertThat(StrictDecimal.decimal(text)).as("'" + text + "'").isEmpty();
        }
        assertThat(StrictDecimal.decimal(null)).isEmpty();
    }

    @Test
    void wholeNumbersHaveAsciiDigitsOnly() {
        assertThat(StrictDecimal.whole("100").getAsLong()).isEqualTo(100);
        assertThat(StrictDecimal.whole("-3").getAsLong()).isEqualTo(-3);
        for (String text : List.of("٥", "５", "1.0", "1e2", "0x10", "99999999999999999999", "")) {
            assertThat(StrictDecimal.whole(text)).as("'" + text + "'").isEmpty();
        }
    }
}
