package org.agreementtracker.agreement;

import java.time.LocalDate;

/**
 * The signing of a memorandum.
 *
 * @param signedOn the day it was signed
 * @param place where
 * @param signatories who signed, as stated ("Kevin McAleenan, Acting Secretary, DHS")
 * @param documentRef where the signed document is kept (reference or link)
 */
public record MemorandumSignature(LocalDate signedOn, String place, String signatories, String documentRef) {

}
