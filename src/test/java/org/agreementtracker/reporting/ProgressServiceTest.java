package org.agreementtracker.reporting;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.agreementtracker.agreement.ImplementationService;
import org.agreementtracker.agreement.ImplementationStatus;
import org.agreementtracker.agreement.Reliability;
import org.agreementtracker.agreement.process.JointStatements;
import org.agreementtracker.intake.AgreementImporter;
import org.agreementtracker.support.ProcessTestSupport;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Roll-up arithmetic on a crafted agreement, now and as of a past day. */
class ProgressServiceTest extends ProcessTestSupport {

    @Autowired
    ProgressService progress;

    @Autowired
    AgreementImporter importer;

    @Autowired
    ImplementationService implementation;

    @Test
    void rollsUpPerAgreementAreaAndPartyAndAnswersAsOfAPastDay() {
        String id = JointStatements.uniqueId("AGR-ROLLUP");
        LocalDate signed = LocalDate.now(ZoneOffset.UTC).minusDays(40);
        ClockUtil.setCurrentTime(Date.from(signed.plusDays(1).atTime(12, 0).toInstant(ZoneOffset.UTC)));
        this.importer.importFile("""
                id: %s
                title: Crafted
                instrumentType: BILATERAL_MOC
                dateSigned: %s
                leadParty: us
                parties:
                  - {name: DHS, country: us, role: SIGNATORY}
                  - {name: Ministry of Government, country: gt, role: SIGNATORY}
                commitments:
                  - text: One
                    areas: [BORDER_SECURITY]
                    status: {level: FULL, evidence: doc1, source: readout, reliability: OFFICIAL}
                  - text: Two
                    areas: [BORDER_SECURITY, INFORMATION_SHARING]
                    status: {level: MINIMAL, evidence: doc2, source: readout, reliability: OFFICIAL}
                  - text: Three
                    areas: [INFORMATION_SHARING]
                finalTextDue: {date: %s}
                signature: {signedOn: %s, place: Here, signatories: Both, documentRef: doc}
                """.formatted(id, signed, signed, signed).getBytes(StandardCharsets.UTF_8));

        // Twenty days later, commitment three is assessed intermediate and reviewed.
        ClockUtil.setCurrentTime(Date.from(signed.plusDays(20).atTime(12, 0).toInstant(ZoneOffset.UTC)));
        long three = this.agreements.get(id).commitments().get(2).id();
        actAs("coordinator-us");
        long assessment = this.implementation.assess(three, ImplementationStatus.INTERMEDIATE, "doc3", "report",
                Reliability.OFFICIAL, null);
        actAs("reviewer");
        this.implementation.reviewAssessment(assessment, true, null);
        this.engine.getIdentityService().clearAuthentication();
        ClockUtil.reset();

        Map<String, List<Progress>> now = this.progress.rollUps(agreement -> agreement.id().equals(id), null);
        Map<String, List<Progress>> before = this.progress.rollUps(agreement -> agreement.id().equals(id),
                signed.plusDays(10).atStartOfDay(ZoneOffset.UTC).toInstant());

        // now: FULL 3, MINIMAL 1, INTERMEDIATE 2 -> 6 / 9 = 66.667 %
        assertThat(now.get("agreements")).singleElement().extracting(Progress::score).isEqualTo(66.667);
        // then: three not yet assessed -> (3 + 1 + 0) / 9 = 44.444 %
        assertThat(before.get("agreements")).singleElement().extracting(Progress::score).isEqualTo(44.444);
        assertThat(now.get("areas")).extracting(Progress::key)
            .containsExactly("BORDER_SECURITY", "INFORMATION_SHARING");
        Progress informationSharing = now.get("areas").get(1);
        // MINIMAL 1 and INTERMEDIATE 2 -> 3 / 6 = 50 %
        assertThat(informationSharing.score()).isEqualTo(50.0);
        assertThat(informationSharing.shareByStatus()).containsEntry(ImplementationStatus.MINIMAL, 0.5);
        assertThat(now.get("parties")).extracting(Progress::key).containsExactly("gt", "us");
        assertThat(now.get("parties")).allSatisfy(party -> assertThat(party.commitments()).isEqualTo(3));
        assertThat(this.progress
            .rollUps(agreement -> agreement.id().equals(id),
                    signed.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
            .get("agreements")).as("before it was recorded, the agreement did not exist").isEmpty();
    }

}
