package org.agreementtracker.agreement;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatedDeadlinesTest {

    private static final LocalDate FEBRUARY_20 = LocalDate.of(2019, 2, 20);

    @ParameterizedTest(name = "\"{0}\" said on 2019-02-20 means {1}")
    @CsvSource({ "complete the final agreement next month, 2019-03-31", "next week, 2019-02-27",
            "meet again in the coming weeks, 2019-03-13", "in 3 weeks, 2019-03-13", "within two months, 2019-04-20",
            "in 10 days, 2019-03-02", "this month, 2019-02-28", "next year, 2020-12-31", "el próximo mes, 2019-03-31",
            "en 3 semanas, 2019-03-13", "dentro de dos meses, 2019-04-20", "2019-05-01, 2019-05-01" })
    void resolvesWhatGovernmentsSay(String stated, LocalDate expected) {
        assertThat(StatedDeadlines.resolve(stated, FEBRUARY_20)).contains(expected);
    }

    @Test
    void leavesWhatItCannotUnderstandToTheCoordinator() {
        assertThat(StatedDeadlines.resolve("in the near future", FEBRUARY_20)).isEmpty();
        assertThat(StatedDeadlines.resolve("", FEBRUARY_20)).isEmpty();
        assertThat(StatedDeadlines.resolve("next month", null)).isEmpty();
    }

}
