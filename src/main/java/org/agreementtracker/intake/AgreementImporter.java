package org.agreementtracker.intake;

import java.util.ArrayList;
import java.util.List;

import org.agreementtracker.agreement.Agreement;
import org.agreementtracker.agreement.AgreementLifecycles;
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

    private final FileDifferences differences;

    private final FileChanges changes;

    AgreementImporter(AgreementService agreements, ImplementationService implementation,
            DeliverableService deliverables, IndicatorService indicators, AgreementLifecycles lifecycle,
            FileDifferences differences, FileChanges changes) {
        this.differences = differences;
        this.changes = changes;
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
        return importFile(content, false);
    }

    /**
     * Imports a file; for a known agreement with {@code apply}, applies its differences
     * in this one transaction, or none of them when one cannot be applied.
     */
    @Transactional
    public ImportResult importFile(byte[] content, boolean apply) {
        AgreementFile file = check(content);
        NewAgreement stated = file.agreement();
        var existing = this.agreements.find(stated.id());
        if (existing.isPresent()) {
            List<Difference> differences = this.differences.of(existing.get(), file);
            List<String> texts = differences.stream().map(Difference::text).toList();
            if (differences.isEmpty()) {
                return new ImportResult(stated.id(), ImportResult.Outcome.UNCHANGED, stage(file), texts);
            }
            if (!apply) {
                return new ImportResult(stated.id(), ImportResult.Outcome.CHANGED, stage(file),
                        differences.stream().map(Difference::explained).toList());
            }
            this.changes.apply(existing.get(), file, differences);
            return new ImportResult(stated.id(), ImportResult.Outcome.APPLIED, stage(file), texts);
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

}
