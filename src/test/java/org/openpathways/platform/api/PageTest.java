package org.openpathways.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PageTest {

    @Test
    void countsPagesRoundingUp() {
        assertThat(Page.of(List.of(), new PageQuery(0, 20), 0).totalPages()).isZero();
        assertThat(Page.of(List.of(), new PageQuery(0, 20), 20).totalPages()).isEqualTo(1);
        assertThat(Page.of(List.of(), new PageQuery(0, 20), 21).totalPages()).isEqualTo(2);
    }

    @Test
    void anEmptyListLinksOnlyToItsOnlyPage() {
        var request = new MockHttpServletRequest("GET", "/api/v1/things");
        assertThat(Page.of(List.of(), PageQuery.first(), 0).links(request))
                .isEqualTo(
                        "</api/v1/things?page=0&size=20>; rel=\"first\", </api/v1/things?page=0&size=20>; rel=\"last\"");
    }

    @Test
    void queriesOutsideTheLimitsCannotBeMade() {
        assertThatThrownBy(() -> new PageQuery(0, PageQuery.MAX_SIZE + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PageQuery(3, 25).offset()).isEqualTo(75);
    }
}
