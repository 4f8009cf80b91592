package org.agreementtracker.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.agreementtracker.agreement.Agreement;
import org.agreementtracker.agreement.AgreementLifecycles;
import org.agreementtracker.agreement.AgreementParty;
import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.Commitment;
import org.agreementtracker.agreement.ImplementationService;
import org.agreementtracker.agreement.MemorandumSignature;
import org.agreementtracker.agreement.NewAgreement;
import org.agreementtracker.reporting.IndicatorService;
import org.agreementtracker.shared.FormError;
import org.agreementtracker.shared.InvalidFormDataException;
import org.agreementtracker.training.DeliverableService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports agreement files: checks the whole file first, then writes everything and starts
 * the agreement's lifecycle where it stands, in one transaction, so a file is applied
 * whole or not at all. Importing is idempotent by agreement id: the same file again
 * changes nothing, a changed file is reported with its differences and not applied.
 */
@Service
public class AgreementImporter {

    private final AgreementService agreements;

    private final ImplementationService implementation;

    private final DeliverableService deliverables;

    private final IndicatorService indicators;

    private final AgreementLifecycles lifecycle;

    AgreementImporter(AgreementService agreements, ImplementationService implementation,
            DeliverableService deliverables, IndicatorService indicators, AgreementLifecycles lifecycle) {
        this.agreements = agreements;
        this.implementation = implementation;
        this.deliverables = deliverables;
        this.indicators = indicators;
        this.lifecycle = lifecycle;
    }

    /**
     * Reads and checks a file without writing anything: its form and, for a new
     * agreement, its rules (known parties, dates in order, ...), every problem at once.
     */
    @Transactional(readOnly = true)
    public AgreementFile check(byte[] content) {
        AgreementFileReader.Read read = AgreementFileReader.readLeniently(content);
        List<String> errors = new ArrayList<>(read.errors());
        NewAgreement stated = read.file().agreement();
        if (stated.id() != null && this.agreements.find(stated.id()).isEmpty()) {
            this.agreements.check(stated)
                .stream()
                .map(FormError::english)
                .filter(error -> !errors.contains(error))
                .forEach(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new InvalidFormDataException(errors);
        }
        return read.file();
    }

    @Transactional
    public ImportResult importFile(byte[] content) {
        AgreementFile file = check(content);
        NewAgreement stated = file.agreement();
        var existing = this.agreements.find(stated.id());
        if (existing.isPresent()) {
            List<String> differences = differences(existing.get(), file);
            return new ImportResult(stated.id(),
                    differences.isEmpty() ? ImportResult.Outcome.UNCHANGED : ImportResult.Outcome.CHANGED, stage(file),
                    differences);
        }
        // A file is checked in English, the language of our API.
        List<String> errors = new ArrayList<>(this.agreements.check(stated).stream().map(FormError::english).toList());
        ImplementationService.ImplementationPlan plan = null;
        if (file.signature() != null) {
            if (stated.dateSigned() != null && file.signature().signedOn() != null
                    && file.signature().signedOn().isBefore(stated.dateSigned())) {
                errors.add("signature.signedOn must not be before dateSigned");
            }
            plan = new ImplementationService.ImplementationPlan(file.signature().signedOn(),
                    file.seniorMeetingCadence(), file.workingMeetingCadence(), file.endDate());
        }
        if (!errors.isEmpty()) {
            throw new InvalidFormDataException(errors);
        }
        Agreement agreement = this.agreements.register(stated);
        this.agreements.recordAssumptions(agreement.id(), file.assumptions());
        for (int i = 0; i < agreement.commitments().size(); i++) {
            Commitment commitment = agreement.commitments().get(i);
            AgreementFile.CommitmentDetails details = file.commitmentDetails().get(i);
            if (!details.deliverables().isEmpty()) {
                this.deliverables.importPlanned(commitment.id(), details.deliverables());
            }
            if (details.status() != null) {
                this.implementation.recordImportedAssessment(commitment.id(), details.status().level(),
                        details.status().evidence(), details.status().source(), details.status().reliability(),
                        "As stated in the agreement file");
            }
        }
        if (!file.indicators().isEmpty()) {
            this.indicators.report(agreement.id(), file.indicators());
        }
        file.targets()
            .forEach(target -> this.indicators.setTarget(agreement.id(), target.indicator(), target.target(),
                    target.unit(), target.qualifier()));
        ProcessInstance instance;
        if (plan != null) {
            List<FormError> planErrors = this.implementation.checkPlan(agreement.id(), plan);
            if (!planErrors.isEmpty()) {
                throw InvalidFormDataException.of(planErrors);
            }
            this.agreements.registerSignature(agreement.id(), new MemorandumSignature(file.signature().signedOn(),
                    file.signature().place(), file.signature().signatories(), file.signature().documentRef()));
            instance = this.lifecycle.startImplementation(this.agreements.get(agreement.id()), plan);
        }
        else {
            instance = this.lifecycle.startNegotiation(agreement);
        }
        this.agreements.linkProcessInstance(agreement.id(), instance.getId());
        return new ImportResult(agreement.id(), ImportResult.Outcome.CREATED, stage(file), List.of());
    }

    private static String stage(AgreementFile file) {
        return file.signature() != null ? "IMPLEMENTATION" : "NEGOTIATION";
    }

    private List<String> differences(Agreement stored, AgreementFile file) {
        NewAgreement stated = file.agreement();
        List<String> differences = new ArrayList<>();
        compare(differences, "title", stored.title(), stated.title());
        compare(differences, "instrumentType", stored.instrumentType(), stated.instrumentType());
        compare(differences, "dateSigned", stored.dateSigned(), stated.dateSigned());
        compare(differences, "leadParty", stored.leadParty(), stated.leadParty());
        compare(differences, "parties", describe(stored.parties()), describe(stated.parties()));
        compare(differences, "commitments", stored.commitments().stream().map(Commitment::text).toList(),
                stated.commitments().stream().map(NewAgreement.StatedCommitment::text).toList());
        if (stated.finalTextDueStated() != null) {
            compare(differences, "finalTextDue.stated", stored.finalTextDue().stated(), stated.finalTextDueStated());
        }
        if (stated.finalTextDue() != null) {
            compare(differences, "finalTextDue.date", stored.finalTextDue().date(), stated.finalTextDue());
        }
        if (stated.hardDeadline() != null) {
            compare(differences, "hardDeadline", stored.hardDeadline(), stated.hardDeadline());
        }
        var signature = this.agreements.signature(stored.id());
        if (file.signature() == null) {
            if (signature.isPresent()) {
                differences.add("signature: stored signed on " + signature.get().signedOn() + ", file: not signed");
            }
        }
        else {
            compare(differences, "signature.signedOn", signature.map(MemorandumSignature::signedOn).orElse(null),
                    file.signature().signedOn());
        }
        return differences;
    }

    private static List<String> describe(List<AgreementParty> parties) {
        return parties.stream()
            .map(party -> party.name() + " (" + party.country() + ", " + party.role() + ")")
            .toList();
    }

    private static void compare(List<String> differences, String field, Object stored, Object file) {
        if (!Objects.equals(stored, file)) {
            differences.add(field + ": stored " + stored + ", file " + file);
        }
    }

}
