package org.agreementtracker.reporting;

import java.util.List;

import org.agreementtracker.agreement.ImplementationStatus;
import org.junit.jupiter.api.Test;

import static org.agreementtracker.agreement.ImplementationStatus.FULL;
import static org.agreementtracker.agreement.ImplementationStatus.INTERMEDIATE;
import static org.agreementtracker.agreement.ImplementationStatus.MINIMAL;
import static org.agreementtracker.agreement.ImplementationStatus.NOT_STARTED;
import static org.agreementtracker.agreement.ImplementationStatus.NO_EVIDENCE;
import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {

    @Test
    void sharesCountEveryCommitmentAndTheScoreOnlyThoseWithEvidence() {
        Progress progress = Progress.of("AGR-1", "Test",
                List.of(FULL, INTERMEDIATE, NOT_STARTED, NO_EVIDENCE, FULL, MINIMAL, NO_EVIDENCE, INTERMEDIATE));

        assertThat(progress.commitments()).isEqualTo(8);
        assertThat(progress.byStatus()).containsEntry(FULL, 2).containsEntry(NO_EVIDENCE, 2).containsEntry(MINIMAL, 1);
        assertThat(progress.shareByStatus()).containsEntry(FULL, 0.25).containsEntry(NOT_STARTED, 0.125);
        // (3 + 2 + 0 + 3 + 1 + 2) / 6 commitments with evidence = 1.8333 of 3 = 61.111 %
        assertThat(progress.score()).isEqualTo(61.111);
    }

    @Test
    void noCommitmentWithEvidenceHasNoScoreRatherThanZero() {
        assertThat(Progress.of("AGR-2", "Test", List.of(NO_EVIDENCE)).score()).isNull();
        assertThat(Progress.of("AGR-3", "Test", List.<ImplementationStatus>of()).score()).isNull();
        assertThat(Progress.of("AGR-4", "Test", List.of(NOT_STARTED)).score()).isEqualTo(0.0);
        assertThat(Progress.of("AGR-5", "Test", List.of(FULL, FULL)).score()).isEqualTo(100.0);
    }

}
