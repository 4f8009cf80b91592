package org.agreementtracker.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.agreementtracker.shared.NotFoundException;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Evidence bytes in a folder ({@code agreement-tracker.evidence.folder}), one file per
 * upload under the agreement's own folder, named by the upload's id and checksum: never
 * by the name a user gave. A file is written before its transaction commits and removed
 * again if it does not, so a refused upload leaves nothing behind.
 */
final class EvidenceFolder {

    private final Path root;

    EvidenceFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * @return where the bytes are, relative to the folder
     */
    String write(String agreementId, long id, String sha256, byte[] content) {
        String relative = agreementId.replaceAll("[^A-Za-z0-9._-]", "_") + "/" + id + "-" + sha256;
        Path target = resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            Path part = Files.createTempFile(target.getParent(), ".upload-", ".part");
            Files.write(part, content);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot write evidence to " + target, ex);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        try {
                            Files.deleteIfExists(target);
                        }
                        catch (IOException ex) {
                            // left for an administrator: no row points to it
                        }
                    }
                }
            });
        }
        return relative;
    }

    byte[] read(long id, String relative) {
        Path source = resolve(relative);
        try {
            return Files.readAllBytes(source);
        }
        catch (java.nio.file.NoSuchFileException ex) {
            throw new NotFoundException("the content of evidence file " + id + " is missing from the evidence folder");
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read evidence from " + source, ex);
        }
    }

    private Path resolve(String relative) {
        Path path = this.root.resolve(relative).normalize();
        if (!path.startsWith(this.root)) {
            throw new IllegalArgumentException("evidence path outside the folder: " + relative);
        }
        return path;
    }

}
