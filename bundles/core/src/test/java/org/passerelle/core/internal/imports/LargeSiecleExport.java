package org.passerelle.core.internal.imports;

import java.nio.charset.Charset;

/**
 * A SIECLE export of {@code n} pupils in the BEE_ELEVES 1.8 record layout, as the field case siecle-large-school.py
 * writes it (issue 10): every element SIECLE gives a pupil, last year's school, options, structures; about 2.06 KB a
 * pupil, ISO-8859-15, CRLF. 6,000 pupils are about 12.3 MB.
 */
public final class LargeSiecleExport {

    private static final String[] DIVISIONS = {"2PMIA", "1MSPC", "1MELEC", "CAP1ELEC"};

    private LargeSiecleExport() {
    }

    /** The bytes of the export; INEs {@code 4000000000A}, {@code 4000000001B}... from {@code firstIne}. */
    public static byte[] of(int n, long firstIne) {
        StringBuilder out = new StringBuilder(n * 2200);
        out.append("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>\r\n<BEE_ELEVES VERSION=\"1.8\">\r\n  <PARAMETRES>\r\n    <UAJ>0690001A</UAJ>\r\n")
                .append("    <ANNEE_SCOLAIRE>2026</ANNEE_SCOLAIRE>\r\n    <DATE_EXPORT>29/11/2026</DATE_EXPORT>\r\n")
                .append("    <HORODATAGE>29/11/2026 08:21:42</HORODATAGE>\r\n  </PARAMETRES>\r\n  <DONNEES>\r\n    <ELEVES>\r\n");
        for (int k = 0; k < n; k++) {
            int id = 10000 + k;
            String ine = String.format("%010d", firstIne + k) + "ABCDEFGHJKLMNPRSTUVWXYZ".charAt(k % 23);
            out.append("      <ELEVE ELEVE_ID=\"").append(id).append("\" ELENOET=\"").append(id).append("\">\r\n");
            field(out, "ID_NATIONAL", ine);
            field(out, "ELENOET", id);
            field(out, "ID_ELEVE_ETAB", id);
            field(out, "NOM", "DURAND");
            field(out, "PRENOM", "Léo");
            field(out, "DATE_NAISS", "14/09/2010");
            field(out, "DOUBLEMENT", 0);
            field(out, "TEL_PROFESSIONNEL", "");
            field(out, "CODE_PAYS", 100);
            field(out, "ACCEPTE_SMS", 0);
            field(out, "DATE_MODIFICATION", "01/09/2026");
            field(out, "DATE_SORTIE", "");
            field(out, "MEL", "");
            field(out, "CODE_REGIME", 2);
            field(out, "DATE_ENTREE", "01/09/2026");
            field(out, "VILLE_NAISS", "");
            field(out, "CODE_MOTIF_SORTIE", "");
            field(out, "TEL_PERSONNEL", "00 00 00 00 00");
            field(out, "CODE_SEXE", 1);
            field(out, "TEL_PORTABLE", "");
            field(out, "CODE_PAYS_NAT", 100);
            field(out, "CODE_DEPARTEMENT_NAISS", "069");
            field(out, "CODE_COMMUNE_INSEE_NAISS", 69123);
            field(out, "ADHESION_TRANSPORT", 0);
            field(out, "CODE_PROVENANCE", 1);
            out.append("        <SCOLARITE_AN_DERNIER>\r\n          <CODE_MEF>10010012110</CODE_MEF>\r\n          <CODE_STRUCTURE>3E2</CODE_STRUCTURE>\r\n")
                    .append("          <CODE_RNE>0690002B</CODE_RNE>\r\n          <SIGLE>CLG</SIGLE>\r\n          <DENOM_PRINC>COLLEGE</DENOM_PRINC>\r\n")
                    .append("          <DENOM_COMPL>EXEMPLE</DENOM_COMPL>\r\n          <CODE_COMMUNE_INSEE>69123</CODE_COMMUNE_INSEE>\r\n")
                    .append("          <LL_COMMUNE_INSEE>LYON</LL_COMMUNE_INSEE>\r\n        </SCOLARITE_AN_DERNIER>\r\n      </ELEVE>\r\n");
        }
        out.append("    </ELEVES>\r\n    <OPTIONS>\r\n");
        for (int k = 0; k < n; k++) {
            int id = 10000 + k;
            out.append("      <OPTION ELEVE_ID=\"").append(id).append("\" ELENOET=\"").append(id).append("\">\r\n        <OPTIONS_ELEVE>\r\n")
                    .append("          <NUM_OPTION>1</NUM_OPTION>\r\n          <CODE_MODALITE_ELECT>O</CODE_MODALITE_ELECT>\r\n")
                    .append("          <CODE_MATIERE>030201</CODE_MATIERE>\r\n        </OPTIONS_ELEVE>\r\n      </OPTION>\r\n");
        }
        out.append("    </OPTIONS>\r\n    <STRUCTURES>\r\n");
        for (int k = 0; k < n; k++) {
            int id = 10000 + k;
            out.append("      <STRUCTURES_ELEVE ELEVE_ID=\"").append(id).append("\" ELENOET=\"").append(id).append("\">\r\n        <STRUCTURE>\r\n")
                    .append("          <CODE_STRUCTURE>").append(DIVISIONS[k % 4]).append("</CODE_STRUCTURE>\r\n")
                    .append("          <TYPE_STRUCTURE>D</TYPE_STRUCTURE>\r\n        </STRUCTURE>\r\n      </STRUCTURES_ELEVE>\r\n");
        }
        out.append("    </STRUCTURES>\r\n  </DONNEES>\r\n</BEE_ELEVES>\r\n");
        return out.toString().getBytes(Charset.forName("ISO-8859-15"));
    }

    private static void field(StringBuilder out, String tag, Object value) {
        out.append("        <").append(tag).append('>').append(value).append("</").append(tag).append(">\r\n");
    }
}
