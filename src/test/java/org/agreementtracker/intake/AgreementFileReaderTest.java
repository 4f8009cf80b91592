package org.agreementtracker.intake;

import java.nio.charset.StandardCharsets;

import org.agreementtracker.agreement.InstrumentType;
import org.agreementtracker.shared.InvalidFormDataException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgreementFileReaderTest {

    private static AgreementFile read(String text) {
        return AgreementFileReader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsYamlAndJsonAlike() {
        String yaml = """
                id: AGR-T-1
                title: Test
                instrumentType: bilateral-moc
                dateSigned: 2019-05-28
                leadParty: us
                parties:
                  - {name: DHS, country: us, role: SIGNATORY}
                commitments:
                  - text: Train investigators
                    areas: [HUMAN_TRAFFICKING_AND_SMUGGLING]
                    deliverables: [{kind: TRAINING, title: Course, ownerParty: us, dueDate: 2019-09-01, target: 40}]
                finalTextDue: {stated: next month}
                indicators:
                  - {indicator: ARRESTS, value: 5000, unit: arrests, qualifier: EXACT, period: cumulative, source: DHS, target: 6000}
                """;
        String json = """
                {"id": "AGR-T-1", "title": "Test", "instrumentType": "BILATERAL_MOC", "dateSigned": "2019-05-28",
                 "leadParty": "us", "parties": [{"name": "DHS", "country": "us", "role": "SIGNATORY"}],
                 "commitments": [{"text": "Train investigators", "areas": ["HUMAN_TRAFFICKING_AND_SMUGGLING"],
                   "deliverables": [{"kind": "TRAINING", "title": "Course", "ownerParty": "us", "dueDate": "2019-09-01", "target": 40}]}],
                 "finalTextDue": {"stated": "next month"},
                 "indicators": [{"indicator": "ARRESTS", "value": 5000, "unit": "arrests", "qualifier": "EXACT",
                   "period": "cumulative", "source": "DHS", "target": 6000}]}
                """;

        AgreementFile fromYaml = read(yaml);
        AgreementFile fromJson = read(json);

        assertThat(fromYaml).isEqualTo(fromJson);
        assertThat(fromYaml.agreement().instrumentType()).isEqualTo(InstrumentType.BILATERAL_MOC);
        assertThat(fromYaml.commitmentDetails().get(0).deliverables()).hasSize(1);
        assertThat(fromYaml.indicators()).hasSize(1);
        assertThat(fromYaml.targets()).singleElement().extracting("target").asString().isEqualTo("6000");
    }

    @Test
    void listsEveryProblemOfABadFileWithItsPath() {
        String bad = """
                id: AGR-T-2
                title: ""
                instrumentType: TREATY
                dateSigned: 20/02/2019
                leadParty: us
                colour: blue
                parties:
                  - {name: DHS, country: us, role: SIGNER}
                  - just a string
                commitments:
                  - {text: Something, areas: [SPACE]}
                indicators:
                  - {indicator: ARRESTS, value: "more than 5000", unit: arrests, qualifier: EXACT, period: x, source: y}
                """;

        assertThatThrownBy(() -> read(bad))
            .isInstanceOfSatisfying(InvalidFormDataException.class, ex -> assertThat(ex.errors())
                .contains("title is required")
                .anyMatch(error -> error.startsWith("instrumentType must be one of") && error.endsWith("not 'TREATY'"))
                .anyMatch(error -> error.startsWith("dateSigned must be a date like 2019-02-20"))
                .anyMatch(error -> error.startsWith("colour is not a field of the agreement file format"))
                .anyMatch(error -> error.startsWith("parties[0].role must be one of"))
                .contains("parties[1] must be a mapping of fields")
                .anyMatch(error -> error.startsWith("commitments[0].areas[0] must be one of"))
                .anyMatch(error -> error.startsWith("indicators[0].value must be a number")));
    }

    @Test
    void refusesWhatIsNotYamlAtAllWithTheLine() {
        assertThatThrownBy(() -> read("id: [unclosed\ntitle: x")).isInstanceOf(InvalidFormDataException.class)
            .hasMessageContaining("neither valid YAML nor JSON")
            .hasMessageContaining("line");
        assertThatThrownBy(() -> read("- a list\n- not an agreement")).hasMessageContaining("one agreement");
    }

}
