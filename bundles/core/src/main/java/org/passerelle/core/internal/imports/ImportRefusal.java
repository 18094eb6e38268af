package org.passerelle.core.internal.imports;

/**
 * One reason why a row of an import file is not imported. A row may have several.
 *
 * @param line   1-based line of the CSV row, or of the {@code ELEVE} start tag in a SIECLE file
 * @param field  the column or element at fault: {@code ine}, {@code nom}, {@code prenom}, {@code date_naissance},
 *               {@code classe}, {@code statut} (CSV), {@code date_sortie} (SIECLE) or {@code ligne} (a CSV row with
 *               more values than the header has columns)
 * @param reason a French sentence for the school secretary
 */
public record ImportRefusal(int line, String field, String reason) {
}
