package org.agreementtracker.language;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.agreementtracker.shared.Parties;
import org.agreementtracker.shared.Parties.Party;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTest {

    private final Languages languages = new Languages(
            new Parties(List.of(new Party("us", "United States", "en"), new Party("gt", "Guatemala", "es"))));

    @Test
    void aTaskForAPartysCoordinatorsIsInThatPartysLanguageAndEveryoneElseGetsEnglish() {
        assertThat(this.languages.ofGroups(List.of("coordinators-gt"))).isEqualTo("es");
        assertThat(this.languages.ofGroups(List.of("coordinators-us"))).isEqualTo("en");
        assertThat(this.languages.ofGroups(List.of("managers", "reviewers"))).isEqualTo("en");
        assertThat(this.languages.ofParty("zz")).isEqualTo("en");
        assertThat(this.languages.translated()).containsExactly("es");
    }

    @Test
    void aPersonIsAnsweredInHerPartysLanguageElseInTheFirstLanguageHerBrowserAsksForThatWeHave() {
        assertThat(this.languages.forCaller(List.of("coordinators-gt"), "en-US,en;q=0.9")).isEqualTo("es");
        assertThat(this.languages.forCaller(List.of("coordinators-gt"), null)).isEqualTo("es");
        assertThat(this.languages.forCaller(List.of("managers"), "fr-FR,es;q=0.8,en;q=0.5")).isEqualTo("es");
        assertThat(this.languages.forCaller(List.of("managers"), "fr-FR")).isEqualTo("en");
        assertThat(this.languages.forCaller(List.of("managers"), null)).isEqualTo("en");
        assertThat(this.languages.forCaller(List.of("managers"), ";;;")).isEqualTo("en");
    }

    @Test
    void datesAndNumbersAreWrittenTheWayTheLanguageWritesThem() {
        assertThat(Languages.date(LocalDate.of(2026, 1, 31), "es")).isEqualTo("31/01/2026");
        assertThat(Languages.date(LocalDate.of(2026, 1, 31), "en")).isEqualTo("31 Jan 2026");
        assertThat(Languages.number(new BigDecimal("1234.5"), "es")).isEqualTo("1.234,5");
        assertThat(Languages.number(1234.5, "en")).isEqualTo("1,234.5");
        assertThat(Languages.number(7600, "es")).isEqualTo("7.600");
    }

}
