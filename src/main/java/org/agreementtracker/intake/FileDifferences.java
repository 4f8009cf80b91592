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

    private static final String IDENTITY = "an agreement's instrument and date of signature are what it is: "
            + "register the changed one as a new agreement";

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

    List<Difference> of(Agreement stored, AgreementFile file) {
        NewAgreement stated = file.agreement();
        List<Difference> differences = new ArrayList<>();
        compare(differences, "title", stored.title(), stated.title(), new Difference.Retitle(stated.title()));
        compare(differences, "instrumentType", stored.instrumentType(), stated.instrumentType(), IDENTITY);
        compare(differences, "dateSigned", stored.dateSigned(), stated.dateSigned(), IDENTITY);
        compare(differences, "leadParty", stored.leadParty(), stated.leadParty(),
                "the lead party's coordinators hold the agreement's steps");
        if (stated.maxReviewRounds() != null) {
            compare(differences, "maxReviewRounds", stored.maxReviewRounds(), stated.maxReviewRounds(),
                    "more review rounds are a manager's decision, in 'Decide on further review rounds'");
        }
        parties(differences, stored.parties(), stated.parties());
        Set<Area> areas = allAreas(stated);
        compare(differences, "areas", sorted(stored.areas()), sorted(areas), new Difference.ReplaceAreas(areas));
        boolean signed = this.agreements.signature(stored.id()).isPresent();
        Object deadlines = signed ? "the memorandum is signed: its negotiation deadlines are history"
                : new Difference.MoveNegotiationDeadlines();
        if (stated.finalTextDueStated() != null) {
            compare(differences, "finalTextDue.stated", stored.finalTextDue().stated(), stated.finalTextDueStated(),
                    deadlines);
        }
        if (stated.finalTextDue() != null) {
            compare(differences, "finalTextDue.date", stored.finalTextDue().date(), stated.finalTextDue(), deadlines);
        }
        if (stated.hardDeadline() != null) {
            compare(differences, "hardDeadline", stored.hardDeadline(), stated.hardDeadline(), deadlines);
        }
        commitments(differences, stored, file);
        signature(differences, stored, file);
        indicators(differences, stored, file);
        compare(differences, "assumptions", this.agreements.assumptions(stored.id()), file.assumptions(),
                new Difference.Assumptions(file.assumptions()));
        return differences;
    }

    private static void parties(List<Difference> differences, List<AgreementParty> stored,
            List<AgreementParty> stated) {
        String why = "who takes part decides who reviews and signs: it is settled when the agreement is registered";
        compareCount(differences, "parties", stored.size(), stated.size(), why);
        for (int i = 0; i < Math.min(stored.size(), stated.size()); i++) {
            String path = "parties[" + i + "]";
            compare(differences, path + ".name", stored.get(i).name(), stated.get(i).name(), why);
            compare(differences, path + ".country", stored.get(i).country(), stated.get(i).country(), why);
            compare(differences, path + ".role", stored.get(i).role(), stated.get(i).role(), why);
        }
    }

    /**
     * Commitments are recognised by their text: a commitment only in the file is added,
     * one only stored is removed; where both sides have one the other lacks, the first
     * such pair counts as reworded, which a file may not do.
     */
    private void commitments(List<Difference> differences, Agreement stored, AgreementFile file) {
        List<Commitment> commitments = stored.commitments();
        List<NewAgreement.StatedCommitment> stated = file.agreement().commitments();
        Map<Long, List<Deliverable>> deliverablesOf = this.deliverables.ofAgreement(stored.id())
            .stream()
            .sorted(Comparator.comparingLong(Deliverable::id))
            .collect(Collectors.groupingBy(Deliverable::commitmentId));
        Map<Long, Assessment> evidence = this.implementation.currentEvidence(stored.id());
        Pairs pairs = Pairs.of(commitments.stream().map(Commitment::text).toList(),
                stated.stream().map(commitment -> commitment.text() == null ? "" : commitment.text().trim()).toList());
        for (int j = 0; j < stated.size(); j++) {
            String path = "commitments[" + j + "]";
            Integer i = pairs.storedOf(j);
            if (i == null) {
                differences.add(Difference.applicable(path + ": stored none, file " + quoted(stated.get(j).text()),
                        new Difference.AddCommitment(j, stated.get(j))));
                continue;
            }
            Commitment commitment = commitments.get(i);
            compare(differences, path + ".text", commitment.text(), stated.get(j).text().trim(),
                    "a commitment's wording is what was agreed: leave the old one out and add the new wording "
                            + "in a file of its own");
            Set<Area> areas = areasOf(stated.get(j));
            compare(differences, path + ".areas", sorted(commitment.areas()), sorted(areas),
                    new Difference.ReplaceCommitmentAreas(commitment.id(), areas));
            if (j < file.commitmentDetails().size()) {
                AgreementFile.CommitmentDetails details = file.commitmentDetails().get(j);
                deliverables(differences, path, commitment.id(),
                        deliverablesOf.getOrDefault(commitment.id(), List.of()), details.deliverables());
                if (details.status() != null) {
                    status(differences, path + ".status", evidence.get(commitment.id()), details.status(),
                            new Difference.Reassess(commitment.id(), j));
                }
            }
        }
        // With its last commitment gone, an implementation would count as complete and go
        // to its final review.
        boolean lastOfSigned = stated.isEmpty() && this.agreements.signature(stored.id()).isPresent();
        for (int i : pairs.storedOnly()) {
            Commitment commitment = commitments.get(i);
            String text = "commitments: stored " + quoted(commitment.text()) + " (commitment " + commitment.position()
                    + "), file none";
            differences.add(lastOfSigned
                    ? Difference.refused(text,
                            "a signed agreement keeps at least one commitment: to end it, withdraw it or close it in "
                                    + "its final review")
                    : Difference.applicable(text, new Difference.RemoveCommitment(commitment.id())));
        }
    }

    private static void deliverables(List<Difference> differences, String commitmentPath, long commitmentId,
            List<Deliverable> stored, List<DeliverableService.NewDeliverable> stated) {
        Pairs pairs = Pairs.of(stored.stream().map(Deliverable::title).toList(),
                stated.stream().map(wanted -> wanted.title() == null ? "" : wanted.title().trim()).toList());
        for (int j = 0; j < stated.size(); j++) {
            String path = commitmentPath + ".deliverables[" + j + "]";
            DeliverableService.NewDeliverable wanted = stated.get(j);
            Integer i = pairs.storedOf(j);
            if (i == null) {
                differences.add(Difference.applicable(path + ": stored none, file " + quoted(wanted.title()),
                        new Difference.AddDeliverable(commitmentId, wanted)));
                continue;
            }
            Deliverable deliverable = stored.get(i);
            compare(differences, path + ".kind", deliverable.kind(), wanted.kind(),
                    "a deliverable's kind chooses its forms: leave it out and add one of the other kind");
            compare(differences, path + ".title", deliverable.title(),
                    wanted.title() == null ? null : wanted.title().trim(),
                    "a deliverable is recognised by its title: leave the old one out and add the new title "
                            + "in a file of its own");
            compare(differences, path + ".ownerParty", deliverable.ownerParty(), wanted.ownerParty(),
                    "the owner's coordinators hold its steps");
            compare(differences, path + ".dueDate", deliverable.dueDate(), wanted.dueDate(),
                    wanted.dueDate() == null ? "a deliverable needs a due date"
                            : new Difference.MoveDueDate(deliverable.id(), wanted.dueDate()));
            compareNumber(differences, path + ".target", deliverable.target(), wanted.target(),
                    new Difference.ChangeTarget(deliverable.id(), wanted.target()));
        }
        for (int i : pairs.storedOnly()) {
            Deliverable deliverable = stored.get(i);
            differences.add(Difference.applicable(
                    commitmentPath + ".deliverables: stored " + quoted(deliverable.title()) + ", file none",
                    new Difference.RemoveDeliverable(deliverable.id())));
        }
    }

    private static void status(List<Difference> differences, String path, Assessment stored,
            AgreementFile.StatedStatus stated, Difference.Reassess reassess) {
        if (stored == null) {
            differences.add(Difference.applicable(path + ": stored none, file " + stated.level(), reassess));
            return;
        }
        compare(differences, path + ".level", stored.status(), stated.level(), reassess);
        compare(differences, path + ".evidence", stored.evidenceRef(), stated.evidence(), reassess);
        compare(differences, path + ".source", stored.evidenceSource(), stated.source(), reassess);
        compare(differences, path + ".reliability", stored.reliability(), stated.reliability(), reassess);
    }

    private void signature(List<Difference> differences, Agreement stored, AgreementFile file) {
        String why = "the signature is recorded in its step, 'Sign memorandum'";
        var signature = this.agreements.signature(stored.id());
        if (file.signature() == null) {
            signature.ifPresent(signed -> differences.add(Difference
                .refused("signature: stored signed on " + signed.signedOn() + ", file: not signed", why)));
            return;
        }
        if (signature.isEmpty()) {
            differences
                .add(Difference.refused("signature: stored not signed, file signed on " + file.signature().signedOn(),
                        "signing goes through 'Sign memorandum' in Tasklist, or the MemorandumSigned message"));
            return;
        }
        MemorandumSignature signed = signature.get();
        compare(differences, "signature.signedOn", signed.signedOn(), file.signature().signedOn(), why);
        compare(differences, "signature.place", signed.place(), file.signature().place(), why);
        compare(differences, "signature.signatories", signed.signatories(), file.signature().signatories(), why);
        compare(differences, "signature.documentRef", signed.documentRef(), file.signature().documentRef(), why);
        // Left out, the cadences and the end date take the defaults: only stated ones
        // count.
        String atSignature = "meeting cadences and the end date are set when the memorandum is signed";
        ImplementationService.Cadences cadences = this.implementation.cadences(stored.id());
        if (blankToNull(file.seniorMeetingCadence()) != null) {
            compare(differences, "meetings.senior", cadences.senior(), blankToNull(file.seniorMeetingCadence()),
                    atSignature);
        }
        if (blankToNull(file.workingMeetingCadence()) != null) {
            compare(differences, "meetings.working", cadences.working(), blankToNull(file.workingMeetingCadence()),
                    atSignature);
        }
        if (file.endDate() != null) {
            compare(differences, "endDate", this.implementation.endDate(stored.id()).orElse(null), file.endDate(),
                    atSignature);
        }
    }

    private void indicators(List<Difference> differences, Agreement stored, AgreementFile file) {
        Difference.Indicators change = new Difference.Indicators();
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
                differences
                    .add(Difference.applicable(path + ": stored " + (value == null ? "none" : plain(value.value()))
                            + ", file " + (stated == null ? "none" : plain(stated.value())), change));
                continue;
            }
            compareNumber(differences, path + ".value", value.value(), stated.value(), change);
            compare(differences, path + ".unit", value.unit(), stated.unit(), change);
            compare(differences, path + ".qualifier", value.qualifier(), stated.qualifier(), change);
            compare(differences, path + ".source", value.source(), stated.source(), change);
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
                differences.add(Difference.applicable(path + ": stored none, file " + wanted.target(), change));
                continue;
            }
            compareNumber(differences, path + ".target", target.target(), wanted.target(), change);
            compare(differences, path + ".unit", target.unit(), wanted.unit(), change);
            compare(differences, path + ".qualifier", target.qualifier(), wanted.qualifier(), change);
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

    private static void compareCount(List<Difference> differences, String path, int stored, int file, String why) {
        if (stored != file) {
            differences.add(Difference.refused(path + ": stored " + stored + " entries, file " + file, why));
        }
    }

    private static void compareNumber(List<Difference> differences, String path, BigDecimal stored, BigDecimal file,
            Object change) {
        boolean same = stored == null ? file == null : file != null && stored.compareTo(file) == 0;
        if (!same) {
            differences.add(difference(path + ": stored " + plain(stored) + ", file " + plain(file), change));
        }
    }

    private static String plain(BigDecimal number) {
        return number == null ? "none" : number.stripTrailingZeros().toPlainString();
    }

    /**
     * @param change the {@link Difference.Change} applying makes, or the text saying why
     * a file may not
     */
    private static void compare(List<Difference> differences, String path, Object stored, Object file, Object change) {
        if (!Objects.equals(stored, file)) {
            differences.add(difference(path + ": stored " + (stored == null ? "none" : stored) + ", file "
                    + (file == null ? "none" : file), change));
        }
    }

    private static Difference difference(String text, Object change) {
        return change instanceof Difference.Change applicable ? Difference.applicable(text, applicable)
                : Difference.refused(text, (String) change);
    }

    private static String quoted(String text) {
        String trimmed = text == null ? "" : text.trim();
        return "\"" + (trimmed.length() > 80 ? trimmed.substring(0, 79) + "…" : trimmed) + "\"";
    }

    /**
     * Stored and stated entries paired by their text: equal texts first, in order; then,
     * where both sides have entries left, the first of each in order (a reworded entry).
     */
    private record Pairs(Map<Integer, Integer> storedByStated, List<Integer> storedOnly) {

        static Pairs of(List<String> stored, List<String> stated) {
            Map<Integer, Integer> storedByStated = new java.util.HashMap<>();
            Set<Integer> used = new java.util.HashSet<>();
            for (int j = 0; j < stated.size(); j++) {
                for (int i = 0; i < stored.size(); i++) {
                    if (!used.contains(i) && stored.get(i).equals(stated.get(j))) {
                        storedByStated.put(j, i);
                        used.add(i);
                        break;
                    }
                }
            }
            List<Integer> storedLeft = new ArrayList<>();
            for (int i = 0; i < stored.size(); i++) {
                if (!used.contains(i)) {
                    storedLeft.add(i);
                }
            }
            java.util.Iterator<Integer> reworded = storedLeft.iterator();
            for (int j = 0; j < stated.size() && reworded.hasNext(); j++) {
                if (!storedByStated.containsKey(j)) {
                    storedByStated.put(j, reworded.next());
                    reworded.remove();
                }
            }
            return new Pairs(storedByStated, storedLeft);
        }

        Integer storedOf(int stated) {
            return this.storedByStated.get(stated);
        }

    }

}
