package org.agreementtracker.intake;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.agreementtracker.agreement.AgreementParty;
import org.agreementtracker.agreement.Area;
import org.agreementtracker.agreement.ImplementationStatus;
import org.agreementtracker.agreement.InstrumentType;
import org.agreementtracker.agreement.NewAgreement;
import org.agreementtracker.agreement.PartyRole;
import org.agreementtracker.agreement.Reliability;
import org.agreementtracker.reporting.IndicatorValue;
import org.agreementtracker.reporting.Qualifier;
import org.agreementtracker.shared.InvalidFormDataException;
import org.agreementtracker.training.DeliverableKind;
import org.agreementtracker.training.DeliverableService;

/**
 * Reads an agreement file (YAML, or JSON, which is YAML too) and reports every problem at
 * once, each with the path of the field and what was expected. Unknown fields are
 * refused, so a typo does not silently drop data.
 */
final class AgreementFileReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Set<String> TOP_LEVEL = Set.of("formatVersion", "id", "title", "instrumentType", "dateSigned",
            "leadParty", "parties", "areas", "commitments", "finalTextDue", "hardDeadline", "maxReviewRounds",
            "signature", "meetings", "endDate", "indicators", "assumptions");

    private final List<String> errors = new ArrayList<>();

    private AgreementFileReader() {
    }

    /**
     * @throws InvalidFormDataException listing every problem, when the file is not a
     * valid agreement file
     */
    static AgreementFile read(byte[] content) {
        Read read = readLeniently(content);
        if (!read.errors().isEmpty()) {
            throw new InvalidFormDataException(read.errors());
        }
        return read.file();
    }

    /** The file as far as it could be read, and every problem of its form. */
    record Read(AgreementFile file, List<String> errors) {

    }

    /**
     * Reads a file, collecting the problems of its form.
     * @throws InvalidFormDataException when the content is not a mapping in YAML or JSON
     * at all
     */
    static Read readLeniently(byte[] content) {
        JsonNode root;
        try {
            root = YAML.readTree(content);
        }
        catch (JsonProcessingException ex) {
            throw new InvalidFormDataException(List.of("the file is neither valid YAML nor JSON: "
                    + ex.getOriginalMessage() + (ex.getLocation() == null ? "" : " (line "
                            + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")")));
        }
        catch (IOException ex) {
            throw new InvalidFormDataException(List.of("the file cannot be read: " + ex.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidFormDataException(List.of("the file must hold one agreement: a mapping of fields"));
        }
        AgreementFileReader reader = new AgreementFileReader();
        AgreementFile file = reader.agreement(root);
        return new Read(file, List.copyOf(reader.errors));
    }

    private AgreementFile agreement(JsonNode root) {
        unknownFields(root, "", TOP_LEVEL);
        Integer version = integer(root, "formatVersion", false);
        if (version != null && version != 1) {
            error("formatVersion", "must be 1");
        }
        String id = text(root, "id", true, 64);
        List<AgreementParty> parties = new ArrayList<>();
        JsonNode partyList = list(root, "parties", true);
        for (int i = 0; i < partyList.size(); i++) {
            JsonNode party = object(partyList.get(i), "parties[" + i + "]");
            if (party == null) {
                continue;
            }
            String path = "parties[" + i + "]";
            unknownFields(party, path + ".", Set.of("name", "country", "role"));
            parties.add(new AgreementParty(text(party, path, "name", true, 200), text(party, path, "country", false, 2),
                    choice(party, path, "role", PartyRole.class, true)));
        }
        Set<Area> areas = areas(root, "", "areas");
        List<NewAgreement.StatedCommitment> commitments = new ArrayList<>();
        List<AgreementFile.CommitmentDetails> details = new ArrayList<>();
        JsonNode commitmentList = list(root, "commitments", false);
        for (int i = 0; i < commitmentList.size(); i++) {
            String path = "commitments[" + i + "]";
            JsonNode commitment = object(commitmentList.get(i), path);
            if (commitment == null) {
                continue;
            }
            unknownFields(commitment, path + ".", Set.of("text", "areas", "deliverables", "status"));
            commitments.add(new NewAgreement.StatedCommitment(text(commitment, path, "text", true, 2000),
                    areas(commitment, path + ".", "areas")));
            details.add(new AgreementFile.CommitmentDetails(deliverables(commitment, path),
                    statedStatus(commitment, path)));
        }
        JsonNode due = root.get("finalTextDue");
        String dueStated = null;
        LocalDate dueDate = null;
        if (due != null && due.isObject()) {
            unknownFields(due, "finalTextDue.", Set.of("stated", "date"));
            dueStated = text(due, "finalTextDue", "stated", false, 200);
            dueDate = date(due, "finalTextDue", "date", false);
        }
        else if (due != null && !due.isNull()) {
            error("finalTextDue", "must be a mapping with 'stated' (the words) and/or 'date' (YYYY-MM-DD)");
        }
        NewAgreement agreement = new NewAgreement(id, text(root, "title", true, 300),
                choice(root, "", "instrumentType", InstrumentType.class, true), date(root, "", "dateSigned", true),
                text(root, "leadParty", true, 2), parties, areas, commitments, dueStated, dueDate,
                date(root, "", "hardDeadline", false), integer(root, "maxReviewRounds", false));

        AgreementFile.Signature signature = null;
        JsonNode signed = root.get("signature");
        if (signed != null && !signed.isNull()) {
            if (signed.isObject()) {
                unknownFields(signed, "signature.", Set.of("signedOn", "place", "signatories", "documentRef"));
                signature = new AgreementFile.Signature(date(signed, "signature", "signedOn", true),
                        text(signed, "signature", "place", true, 200),
                        text(signed, "signature", "signatories", true, 2000),
                        text(signed, "signature", "documentRef", true, 500));
            }
            else {
                error("signature", "must be a mapping of signedOn, place, signatories, documentRef");
            }
        }
        String senior = null;
        String working = null;
        JsonNode meetings = root.get("meetings");
        if (meetings != null && meetings.isObject()) {
            unknownFields(meetings, "meetings.", Set.of("senior", "working"));
            senior = text(meetings, "meetings", "senior", false, 500);
            working = text(meetings, "meetings", "working", false, 500);
        }
        else if (meetings != null && !meetings.isNull()) {
            error("meetings", "must be a mapping of 'senior' and 'working' cadences (R/P3M, or dates)");
        }
        List<IndicatorValue> indicators = new ArrayList<>();
        List<AgreementFile.Target> targets = new ArrayList<>();
        JsonNode indicatorList = list(root, "indicators", false);
        for (int i = 0; i < indicatorList.size(); i++) {
            String path = "indicators[" + i + "]";
            JsonNode indicator = object(indicatorList.get(i), path);
            if (indicator == null) {
                continue;
            }
            unknownFields(indicator, path + ".",
                    Set.of("indicator", "value", "unit", "qualifier", "period", "source", "target"));
            String name = text(indicator, path, "indicator", true, 64);
            String unit = text(indicator, path, "unit", true, 32);
            Qualifier qualifier = choice(indicator, path, "qualifier", Qualifier.class, true);
            BigDecimal value = decimal(indicator, path, "value");
            BigDecimal target = decimal(indicator, path, "target");
            if (value == null && target == null) {
                error(path, "needs a value, a target, or both");
            }
            if (value != null) {
                indicators.add(new IndicatorValue(name, value, unit, qualifier,
                        text(indicator, path, "period", true, 100), text(indicator, path, "source", true, 300)));
            }
            if (target != null) {
                targets.add(new AgreementFile.Target(name, target, unit, qualifier));
            }
        }
        List<String> assumptions = new ArrayList<>();
        list(root, "assumptions", false).forEach(assumption -> assumptions.add(assumption.asText()));
        return new AgreementFile(agreement, details, signature, senior, working, date(root, "", "endDate", false),
                indicators, targets, assumptions);
    }

    private List<DeliverableService.NewDeliverable> deliverables(JsonNode commitment, String path) {
        List<DeliverableService.NewDeliverable> deliverables = new ArrayList<>();
        JsonNode list = list(commitment, path + ".deliverables", "deliverables", false);
        for (int i = 0; i < list.size(); i++) {
            String itemPath = path + ".deliverables[" + i + "]";
            JsonNode item = object(list.get(i), itemPath);
            if (item == null) {
                continue;
            }
            unknownFields(item, itemPath + ".", Set.of("kind", "title", "ownerParty", "dueDate", "target"));
            deliverables
                .add(new DeliverableService.NewDeliverable(choice(item, itemPath, "kind", DeliverableKind.class, true),
                        text(item, itemPath, "title", true, 300), text(item, itemPath, "ownerParty", true, 2),
                        date(item, itemPath, "dueDate", true), decimal(item, itemPath, "target")));
        }
        return deliverables;
    }

    private AgreementFile.StatedStatus statedStatus(JsonNode commitment, String path) {
        JsonNode status = commitment.get("status");
        if (status == null || status.isNull()) {
            return null;
        }
        String statusPath = path + ".status";
        if (!status.isObject()) {
            error(statusPath, "must be a mapping of level, evidence, source, reliability");
            return null;
        }
        unknownFields(status, statusPath + ".", Set.of("level", "evidence", "source", "reliability"));
        return new AgreementFile.StatedStatus(choice(status, statusPath, "level", ImplementationStatus.class, true),
                text(status, statusPath, "evidence", true, 500), text(status, statusPath, "source", true, 300),
                choice(status, statusPath, "reliability", Reliability.class, true));
    }

    private Set<Area> areas(JsonNode node, String prefix, String field) {
        Set<Area> areas = EnumSet.noneOf(Area.class);
        JsonNode list = list(node, prefix + field, field, false);
        for (int i = 0; i < list.size(); i++) {
            Area area = constant(list.get(i).asText(), prefix + field + "[" + i + "]", Area.class);
            if (area != null) {
                areas.add(area);
            }
        }
        return areas;
    }

    private void unknownFields(JsonNode node, String prefix, Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                error(prefix + name, "is not a field of the agreement file format (expected one of "
                        + known.stream().sorted().toList() + ")");
            }
        }
    }

    private JsonNode list(JsonNode node, String field, boolean required) {
        return list(node, field, field, required);
    }

    private JsonNode list(JsonNode node, String path, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                error(path, "is required: a list");
            }
            return YAML.createArrayNode();
        }
        if (!value.isArray()) {
            error(path, "must be a list");
            return YAML.createArrayNode();
        }
        if (required && value.isEmpty()) {
            error(path, "needs at least one entry");
        }
        return value;
    }

    private JsonNode object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            error(path, "must be a mapping of fields");
            return null;
        }
        return node;
    }

    private String text(JsonNode node, String field, boolean required, int maxLength) {
        return text(node, "", field, required, maxLength);
    }

    private String text(JsonNode node, String parent, String field, boolean required, int maxLength) {
        String path = parent.isEmpty() ? field : parent + "." + field;
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            if (required) {
                error(path, "is required");
            }
            return null;
        }
        if (!value.isValueNode()) {
            error(path, "must be text");
            return null;
        }
        String text = value.asText().trim();
        if (text.length() > maxLength) {
            error(path, "must be at most " + maxLength + " characters long");
            return null;
        }
        return text;
    }

    private LocalDate date(JsonNode node, String parent, String field, boolean required) {
        String text = text(node, parent, field, required, 10);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        }
        catch (DateTimeParseException ex) {
            error(parent.isEmpty() ? field : parent + "." + field,
                    "must be a date like 2019-02-20, not '" + text + "'");
            return null;
        }
    }

    private Integer integer(JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                error(field, "is required");
            }
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            error(field, "must be a whole number");
            return null;
        }
        return value.intValue();
    }

    private BigDecimal decimal(JsonNode node, String parent, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            error(parent + "." + field, "must be a number, written without hedges (put 'more than' in qualifier)");
            return null;
        }
        if (value.decimalValue().signum() < 0) {
            error(parent + "." + field, "must not be negative");
            return null;
        }
        return value.decimalValue();
    }

    private <E extends Enum<E>> E choice(JsonNode node, String parent, String field, Class<E> type, boolean required) {
        String text = text(node, parent, field, required, 64);
        return text == null ? null : constant(text, parent.isEmpty() ? field : parent + "." + field, type);
    }

    private <E extends Enum<E>> E constant(String text, String path, Class<E> type) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        }
        catch (IllegalArgumentException ex) {
            List<String> names = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                names.add(constant.name());
            }
            error(path, "must be one of " + names + ", not '" + text + "'");
            return null;
        }
    }

    private void error(String path, String problem) {
        this.errors.add(path + " " + problem);
    }

}
