package org.agreementtracker.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.agreementtracker.agreement.Agreement;
import org.agreementtracker.agreement.AgreementParty;
import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.Area;
import org.agreementtracker.agreement.Assessment;
import org.agreementtracker.agreement.Commitment;
import org.agreementtracker.agreement.ImplementationService;
import org.agreementtracker.agreement.MemorandumSignature;
import org.agreementtracker.agreement.NewAgreement;
import org.agreementtracker.reporting.IndicatorService;
import org.agreementtracker.reporting.IndicatorTarget;
import org.agreementtracker.reporting.IndicatorValue;
import org.agreementtracker.training.Deliverable;
import org.agreementtracker.training.DeliverableService;

import org.springframework.stereotype.Component;

/**
 * What a re-imported file says otherwise than what is stored, field by field and nested
 * ones included, each as {@code path: stored X, file Y} with the path the file uses
 * ({@code commitments[1].deliverables[0].dueDate}). A field the file leaves out is not a
 * difference: the format lets a file omit what it does not know.
 */
@Component
class FileDifferences {

    private final AgreementService agreements;

    private final ImplementationService implementation;

    private final DeliverableService deliverables;

    private final IndicatorService indicators;

    FileDifferences(AgreementService agreements, ImplementationService implementation, DeliverableService deliverables,
            IndicatorService indicators) {
        this.agreements = agreements;
        this.implementation = implementation;
        this.deliverables = deliverables;
        this.indicators = indicators;
    }

    List<String> of(Agreement stored, AgreementFile file) {
        NewAgreement stated = file.agreement();
        List<String> differences = new ArrayList<>();
        compare(differences, "title", stored.title(), stated.title());
        compare(differences, "instrumentType", stored.instrumentType(), stated.instrumentType());
        compare(differences, "dateSigned", stored.dateSigned(), stated.dateSigned());
        compare(differences, "leadParty", stored.leadParty(), stated.leadParty());
        if (stated.maxReviewRounds() != null) {
            compare(differences, "maxReviewRounds", stored.maxReviewRounds(), stated.maxReviewRounds());
        }
        parties(differences, stored.parties(), stated.parties());
        compare(differences, "areas", sorted(stored.areas()), sorted(allAreas(stated)));
        if (stated.finalTextDueStated() != null) {
            compare(differences, "finalTextDue.stated", stored.finalTextDue().stated(), stated.finalTextDueStated());
        }
        if (stated.finalTextDue() != null) {
            compare(differences, "finalTextDue.date", stored.finalTextDue().date(), stated.finalTextDue());
        }
        if (stated.hardDeadline() != null) {
            compare(differences, "hardDeadline", stored.hardDeadline(), stated.hardDeadline());
        }
        commitments(differences, stored, file);
        signature(differences, stored, file);
        indicators(differences, stored, file);
        compare(differences, "assumptions", this.agreements.assumptions(stored.id()), file.assumptions());
        return differences;
    }

    private static void parties(List<String> differences, List<AgreementParty> stored, List<AgreementParty> stated) {
        compareCount(differences, "parties", stored.size(), stated.size());
        for (int i = 0; i < Math.min(stored.size(), stated.size()); i++) {
            String path = "parties[" + i + "]";
            compare(differences, path + ".name", stored.get(i).name(), stated.get(i).name());
            compare(differences, path + ".country", stored.get(i).country(), stated.get(i).country());
            compare(differences, path + ".role", stored.get(i).role(), stated.get(i).role());
        }
    }

    private void commitments(List<String> differences, Agreement stored, AgreementFile file) {
        List<Commitment> commitments = stored.commitments();
        List<NewAgreement.StatedCommitment> stated = file.agreement().commitments();
        compareCount(differences, "commitments", commitments.size(), stated.size());
        Map<Long, List<Deliverable>> deliverablesOf = this.deliverables.ofAgreement(stored.id())
            .stream()
            .sorted(Comparator.comparingLong(Deliverable::id))
            .collect(Collectors.groupingBy(Deliverable::commitmentId));
        Map<Long, Assessment> evidence = this.implementation.currentEvidence(stored.id());
        for (int i = 0; i < Math.min(commitments.size(), stated.size()); i++) {
            String path = "commitments[" + i + "]";
            Commitment commitment = commitments.get(i);
            compare(differences, path + ".text", commitment.text(), stated.get(i).text());
            compare(differences, path + ".areas", sorted(commitment.areas()), sorted(areasOf(stated.get(i))));
            if (i < file.commitmentDetails().size()) {
                AgreementFile.CommitmentDetails details = file.commitmentDetails().get(i);
                deliverables(differences, path, deliverablesOf.getOrDefault(commitment.id(), List.of()),
                        details.deliverables());
                if (details.status() != null) {
                    status(differences, path + ".status", evidence.get(commitment.id()), details.status());
                }
            }
        }
    }

    private static void deliverables(List<String> differences, String commitmentPath, List<Deliverable> stored,
            List<DeliverableService.NewDeliverable> stated) {
        compareCount(differences, commitmentPath + ".deliverables", stored.size(), stated.size());
        for (int j = 0; j < Math.min(stored.size(), stated.size()); j++) {
            String path = commitmentPath + ".deliverables[" + j + "]";
            Deliverable deliverable = stored.get(j);
            DeliverableService.NewDeliverable wanted = stated.get(j);
            compare(differences, path + ".kind", deliverable.kind(), wanted.kind());
            compare(differences, path + ".title", deliverable.title(),
                    wanted.title() == null ? null : wanted.title().trim());
            compare(differences, path + ".ownerParty", deliverable.ownerParty(), wanted.ownerParty());
            compare(differences, path + ".dueDate", deliverable.dueDate(), wanted.dueDate());
            compareNumber(differences, path + ".target", deliverable.target(), wanted.target());
        }
    }

    private static void status(List<String> differences, String path, Assessment stored,
            AgreementFile.StatedStatus stated) {
        if (stored == null) {
            differences.add(path + ": stored none, file " + stated.level());
            return;
        }
        compare(differences, path + ".level", stored.status(), stated.level());
        compare(differences, path + ".evidence", stored.evidenceRef(), stated.evidence());
        compare(differences, path + ".source", stored.evidenceSource(), stated.source());
        compare(differences, path + ".reliability", stored.reliability(), stated.reliability());
    }

    private void signature(List<String> differences, Agreement stored, AgreementFile file) {
        var signature = this.agreements.signature(stored.id());
        if (file.signature() == null) {
            signature.ifPresent(signed -> differences
                .add("signature: stored signed on " + signed.signedOn() + ", file: not signed"));
            return;
        }
        if (signature.isEmpty()) {
            differences.add("signature: stored not signed, file signed on " + file.signature().signedOn());
            return;
        }
        MemorandumSignature signed = signature.get();
        compare(differences, "signature.signedOn", signed.signedOn(), file.signature().signedOn());
        compare(differences, "signature.place", signed.place(), file.signature().place());
        compare(differences, "signature.signatories", signed.signatories(), file.signature().signatories());
        compare(differences, "signature.documentRef", signed.documentRef(), file.signature().documentRef());
        // Left out, the cadences and the end date take the defaults: only stated ones
        // count.
        ImplementationService.Cadences cadences = this.implementation.cadences(stored.id());
        if (blankToNull(file.seniorMeetingCadence()) != null) {
            compare(differences, "meetings.senior", cadences.senior(), blankToNull(file.seniorMeetingCadence()));
        }
        if (blankToNull(file.workingMeetingCadence()) != null) {
            compare(differences, "meetings.working", cadences.working(), blankToNull(file.workingMeetingCadence()));
        }
        if (file.endDate() != null) {
            compare(differences, "endDate", this.implementation.endDate(stored.id()).orElse(null), file.endDate());
        }
    }

    private void indicators(List<String> differences, Agreement stored, AgreementFile file) {
        // Matched by indicator and period, not by position: a file lists targets among
        // its indicators, and the stored values come back in their own order.
        Map<String, IndicatorValue> values = byKey(this.indicators.values(stored.id()));
        Map<String, IndicatorValue> inFile = byKey(file.indicators());
        Set<String> keys = new TreeSet<>(values.keySet());
        keys.addAll(inFile.keySet());
        for (String key : keys) {
            String path = "indicators." + key;
            IndicatorValue value = values.get(key);
            IndicatorValue stated = inFile.get(key);
            if (value == null || stated == null) {
                differences.add(path + ": stored " + (value == null ? "none" : plain(value.value())) + ", file "
                        + (stated == null ? "none" : plain(stated.value())));
                continue;
            }
            compareNumber(differences, path + ".value", value.value(), stated.value());
            compare(differences, path + ".unit", value.unit(), stated.unit());
            compare(differences, path + ".qualifier", value.qualifier(), stated.qualifier());
            compare(differences, path + ".source", value.source(), stated.source());
        }
        List<IndicatorTarget> targets = this.indicators.targets(stored.id());
        Function<String, IndicatorTarget> storedTarget = indicator -> targets.stream()
            .filter(target -> target.indicator().equals(indicator))
            .findFirst()
            .orElse(null);
        for (AgreementFile.Target wanted : file.targets()) {
            String path = "targets." + wanted.indicator();
            IndicatorTarget target = storedTarget.apply(wanted.indicator());
            if (target == null) {
                differences.add(path + ": stored none, file " + wanted.target());
                continue;
            }
            compareNumber(differences, path + ".target", target.target(), wanted.target());
            compare(differences, path + ".unit", target.unit(), wanted.unit());
            compare(differences, path + ".qualifier", target.qualifier(), wanted.qualifier());
        }
    }

    /**
     * The areas the agreement registers: its own and every commitment's, as registering
     * does.
     */
    private static Set<Area> allAreas(NewAgreement agreement) {
        Set<Area> areas = EnumSet.noneOf(Area.class);
        if (agreement.areas() != null) {
            areas.addAll(agreement.areas());
        }
        agreement.commitments().forEach(commitment -> areas.addAll(areasOf(commitment)));
        return areas;
    }

    private static Set<Area> areasOf(NewAgreement.StatedCommitment commitment) {
        Set<Area> areas = EnumSet.noneOf(Area.class);
        if (commitment.areas() != null) {
            areas.addAll(commitment.areas());
        }
        return areas;
    }

    private static Set<String> sorted(Set<Area> areas) {
        return areas.stream().map(Area::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, IndicatorValue> byKey(List<IndicatorValue> values) {
        Map<String, IndicatorValue> byKey = new java.util.LinkedHashMap<>();
        for (IndicatorValue value : values) {
            byKey.put(value.indicator() + (value.period() == null ? "" : "(" + value.period() + ")"), value);
        }
        return byKey;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static void compareCount(List<String> differences, String path, int stored, int file) {
        if (stored != file) {
            differences.add(path + ": stored " + stored + " entries, file " + file);
        }
    }

    private static void compareNumber(List<String> differences, String path, BigDecimal stored, BigDecimal file) {
        boolean same = stored == null ? file == null : file != null && stored.compareTo(file) == 0;
        if (!same) {
            differences.add(path + ": stored " + plain(stored) + ", file " + plain(file));
        }
    }

    private static String plain(BigDecimal number) {
        return number == null ? "none" : number.stripTrailingZeros().toPlainString();
    }

    private static void compare(List<String> differences, String path, Object stored, Object file) {
        if (!Objects.equals(stored, file)) {
            differences.add(path + ": stored " + (stored == null ? "none" : stored) + ", file "
                    + (file == null ? "none" : file));
        }
    }

}
