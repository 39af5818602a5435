package org.deconfliction.atlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefusalLogTest {

    @Test
    void beyondTwentyLinesInTenSecondsRefusalsAreOnlyCounted() {
        RefusalLog log = new RefusalLog();
        for (int i = 0; i < 1000; i++) {
            log.refused(400, "GET", "/api/collections/incidents/items", "bank has a malformed percent-encoding");
        }
        assertThat(log.suppressed()).isEqualTo(1000 - RefusalLog.LINES_PER_WINDOW);
    }
}
