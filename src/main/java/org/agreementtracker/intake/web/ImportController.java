package org.agreementtracker.intake.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.agreementtracker.intake.AgreementFile;
import org.agreementtracker.intake.AgreementImporter;
import org.agreementtracker.intake.ImportResult;
import org.agreementtracker.shared.ForbiddenException;
import org.agreementtracker.shared.InvalidFormDataException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Import", description = "Agreement files in, agreements and their processes out")
@RestController
@RequestMapping("/api/agreements/import")
class ImportController {

    static final long MAX_BYTES = 1024 * 1024;

    private final AgreementImporter importer;

    ImportController(AgreementImporter importer) {
        this.importer = importer;
    }

    @Operation(summary = "Import an agreement file sent as the body (YAML or JSON)",
            description = "201 when created, 200 when the same file was imported before, 409 with the differences "
                    + "when a different file exists for the id, 400 with every error otherwise. Managers, "
                    + "administrators, or coordinators of the lead party. With apply=true (managers) a changed "
                    + "file's differences are applied in one transaction (200, APPLIED): commitments and "
                    + "deliverables added or left out (their processes start or end; removed rows stay, with the "
                    + "reason), due dates and negotiation deadlines (their timers move), statuses, indicators, "
                    + "title, areas, assumptions; a difference a file may not make (parties, lead, signature, "
                    + "rewording) refuses the whole file with 409, every reason listed, nothing applied.")
    @PostMapping(consumes = { "application/yaml", "application/x-yaml", "text/yaml", MediaType.APPLICATION_JSON_VALUE,
            MediaType.TEXT_PLAIN_VALUE })
    ResponseEntity<ImportResult> importBody(@RequestBody byte[] content,
            @io.swagger.v3.oas.annotations.Parameter(
                    description = "apply a changed file's differences (managers)") @RequestParam(
                            defaultValue = "false") boolean apply,
            HttpServletRequest request) {
        return respond(content, apply, request);
    }

    @Operation(summary = "Import an agreement file uploaded as the form part 'file'")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportResult> importUpload(@RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean apply, HttpServletRequest request) throws IOException {
        if (file.getSize() > MAX_BYTES) {
            throw new InvalidFormDataException(
                    List.of("file is " + file.getSize() + " bytes; at most " + MAX_BYTES + " are accepted"));
        }
        return respond(file.getBytes(), apply, request);
    }

    private ResponseEntity<ImportResult> respond(byte[] content, boolean apply, HttpServletRequest request) {
        if (content.length == 0) {
            throw new InvalidFormDataException(List.of("the file is empty"));
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidFormDataException(
                    List.of("the file is " + content.length + " bytes; at most " + MAX_BYTES + " are accepted"));
        }
        AgreementFile file = this.importer.check(content);
        String lead = file.agreement().leadParty();
        boolean allowed = request.isUserInRole("admins") || request.isUserInRole("managers")
                || (lead != null && request.isUserInRole("coordinators-" + lead));
        if (!allowed) {
            throw new ForbiddenException(
                    "Only managers, administrators or the lead party's coordinators import agreements");
        }
        // Applying changes what others already work with: a manager's decision.
        if (apply && !(request.isUserInRole("admins") || request.isUserInRole("managers"))) {
            throw new ForbiddenException("Only managers and administrators apply a changed agreement file");
        }
        ImportResult result = this.importer.importFile(content, apply);
        return switch (result.outcome()) {
            case CREATED -> ResponseEntity.created(URI.create("/api/agreements/" + result.agreementId())).body(result);
            case UNCHANGED -> ResponseEntity.ok(result);
            case CHANGED -> ResponseEntity.status(409).body(result);
            case APPLIED -> ResponseEntity.ok(result);
        };
    }

}
