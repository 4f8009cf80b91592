package org.agreementtracker.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingCadenceTest {

    private static final LocalDate SIGNED = LocalDate.of(2027, 1, 15);

    @ParameterizedTest(name = "\"{0}\" means {1}")
    @CsvSource({ "every 6 months, P6M", "cada 6 meses, P6M", "Every 2 Months, P2M", "monthly, P1M", "mensual, P1M",
            "quarterly, P3M", "trimestral, P3M", "yearly, P1Y", "anual, P1Y", "cada 2 semanas, P14D", "R/P3M, P3M" })
    void understandsACadenceInWordsOrIso8601(String text, Period period) {
        MeetingCadence cadence = MeetingCadence.parse(text, SIGNED).orElseThrow();

        assertThat(cadence.period()).isEqualTo(period);
        assertThat(cadence.start()).isEqualTo(SIGNED.plus(period).atTime(14, 0).toInstant(java.time.ZoneOffset.UTC));
    }

    @Test
    void readsSpecificDates() {
        MeetingCadence cadence = MeetingCadence.parse("2027-04-15, 2027-02-15", SIGNED).orElseThrow();

        assertThat(cadence.dates()).containsExactly(Instant.parse("2027-02-15T14:00:00Z"),
                Instant.parse("2027-04-15T14:00:00Z"));
    }

    @Test
    void refusesWordsItCannotReadWithAnExample() {
        assertThatThrownBy(() -> MeetingCadence.parse("now and then", SIGNED))
            .isInstanceOf(MeetingCadence.InvalidCadenceException.class)
            .hasMessageContaining("'now and then' is not a cadence we understand")
            .hasMessageContaining("every 6 months");
        assertThat(MeetingCadence.parse("", SIGNED)).isEmpty();
    }

}
