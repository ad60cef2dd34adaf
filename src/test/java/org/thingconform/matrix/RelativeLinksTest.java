package org.thingconform.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Links from the matrix pages to results folders stay relative and survive odd folder names. */
class RelativeLinksTest {

    @Test
    void linksAreRelativeAndPercentEncoded() {
        RelativeLinks links = new RelativeLinks(Path.of("/data/reports/matrix"));

        assertThat(links.to(Path.of("/data/reports/vendor a/clause-matrix.html")))
                .isEqualTo("../vendor%20a/clause-matrix.html");
        assertThat(links.to(Path.of("/data/reports/matrix/run#2"))).isEqualTo("run%232");
        assertThat(links.to(Path.of("/data/reports/matrix/c:d"))).isEqualTo("./c:d");
        assertThat(links.to(Path.of("/data/reports/matrix"))).isEqualTo(".");
    }
}
