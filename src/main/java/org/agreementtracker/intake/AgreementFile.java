package org.agreementtracker.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.agreementtracker.agreement.ImplementationStatus;
import org.agreementtracker.agreement.NewAgreement;
import org.agreementtracker.agreement.Reliability;
import org.agreementtracker.reporting.IndicatorValue;
import org.agreementtracker.reporting.Qualifier;
import org.agreementtracker.training.DeliverableService;

/**
 * An agreement file, read and checked: see {@code docs/agreement-files.md} for the
 * format.
 *
 * @param agreement the agreement as registered
 * @param commitmentDetails per commitment (same order), its deliverables and stated
 * status
 * @param signature the signed memorandum, if the agreement is signed
 * @param seniorMeetingCadence senior-level meetings after signature
 * @param workingMeetingCadence working-level meetings after signature
 * @param endDate when the signed agreement ends
 * @param indicators figures as the sources state them
 * @param targets indicator targets
 * @param assumptions what the file's author assumed where the sources are silent
 */
public record AgreementFile(NewAgreement agreement, List<CommitmentDetails> commitmentDetails, Signature signature,
        String seniorMeetingCadence, String workingMeetingCadence, LocalDate endDate, List<IndicatorValue> indicators,
        List<Target> targets, List<String> assumptions) {

    /**
     * @param deliverables what concretely delivers the commitment
     * @param status the implementation status the sources support, if any
     */
    public record CommitmentDetails(List<DeliverableService.NewDeliverable> deliverables, StatedStatus status) {

    }

    /**
     * @param level the level
     * @param evidence document reference or link
     * @param source who says so
     * @param reliability how far the source can be trusted
     */
    public record StatedStatus(ImplementationStatus level, String evidence, String source, Reliability reliability) {

    }

    /**
     * @param signedOn day of signature
     * @param place where
     * @param signatories who signed
     * @param documentRef where the signed document is
     */
    public record Signature(LocalDate signedOn, String place, String signatories, String documentRef) {

    }

    /**
     * @param indicator what is counted
     * @param target the figure aimed at
     * @param unit its unit
     * @param qualifier how exact ("as many as 80": UP_TO)
     */
    public record Target(String indicator, BigDecimal target, String unit, Qualifier qualifier) {

    }

}
