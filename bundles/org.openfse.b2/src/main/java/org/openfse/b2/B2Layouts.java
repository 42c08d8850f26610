package org.openfse.b2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The record layouts this package reads and writes field by field, copied from
 * {@code reference/formats/B2.md} section 5 (ordinary layouts, not CP): 000 (5.1), 1 (5.2), 2
 * (5.3), 4 (5.15), 5 (5.26), 6 (5.28, lot AMC total read 43-51 as section 7 explains) and 999
 * (5.29). Fillers are named {@code filler<start>}. Other record kinds (2S, 2M, 4F, CP variants...)
 * are recognised by {@link B2Reader} but kept as raw text.
 */
public final class B2Layouts {

    /** File header. */
    public static final B2Layout FILE_HEADER = fileHeader();
    /** Lot header. */
    public static final B2Layout LOT_HEADER = lotHeader();
    /** Invoice header (ordinary layout). */
    public static final B2Layout INVOICE_HEADER = invoiceHeader();
    /** Service line (ordinary layout). */
    public static final B2Layout SERVICE_LINE = serviceLine();
    /** Invoice totals (ordinary layout). */
    public static final B2Layout INVOICE_TOTALS = invoiceTotals();
    /** Lot trailer. */
    public static final B2Layout LOT_TRAILER = lotTrailer();
    /** File trailer. */
    public static final B2Layout FILE_TRAILER = fileTrailer();

    private static final Map<String, B2Layout> BY_KIND = Map.of("000", FILE_HEADER, "1", LOT_HEADER, "2", INVOICE_HEADER,
            "4", SERVICE_LINE, "5", INVOICE_TOTALS, "6", LOT_TRAILER, "999", FILE_TRAILER);

    private B2Layouts() {
    }

    /** The layout of a record kind, empty for the kinds kept as raw text. */
    public static Optional<B2Layout> of(String kind) {
        return Optional.ofNullable(BY_KIND.get(kind));
    }

    private static final class Builder {
        private final List<B2Field> fields = new ArrayList<>();

        Builder n(String name, int start, int end, boolean mandatory, String label) {
            fields.add(new B2Field(name, start, end, true, mandatory, label));
            return this;
        }

        Builder a(String name, int start, int end, boolean mandatory, String label) {
            fields.add(new B2Field(name, start, end, false, mandatory, label));
            return this;
        }

        Builder filler(int start, int end) {
            fields.add(new B2Field("filler" + start, start, end, false, false, "blanc"));
            return this;
        }

        /** PS number, blank, NIR, key, invoice number: positions 2-35 of types 2 to 5. */
        Builder invoiceKeys() {
            return n("psNumber", 2, 10, true, "N° du partenaire santé")
                    .filler(11, 11)
                    .a("nir", 12, 24, true, "N° immatriculation assuré")
                    .n("nirKey", 25, 26, true, "Clé du N° immatriculation")
                    .n("invoiceNumber", 27, 35, true, "N° facture");
        }

        B2Layout build(String kind, String title) {
            return new B2Layout(kind, title, fields);
        }
    }

    private static B2Layout fileHeader() {
        return new Builder()
                .n("recordType", 1, 3, true, "Type d'enregistrement")
                .a("senderType", 4, 5, true, "Type d'émetteur")
                .n("senderNumber", 6, 19, true, "Numéro d'émetteur")
                .filler(20, 25)
                .a("recipientType", 26, 27, true, "Type de destinataire")
                .a("recipientNumber", 28, 41, true, "N° de destinataire")
                .n("frontEndDate", 42, 47, true, "Date de réception du flux sur le frontal")
                .a("application", 48, 49, true, "Application")
                .a("fileId", 50, 55, true, "Identification du fichier")
                .n("creationDate", 56, 61, true, "Date de création du fichier")
                .a("norm", 62, 65, true, "Norme")
                .a("normVersion", 66, 67, true, "Version de la norme")
                .filler(68, 68)
                .filler(69, 69)
                .a("sesamReserved", 70, 72, true, "zone reservée SESAM")
                .filler(73, 82)
                .n("recordLength", 83, 85, true, "Longueur d'enregistrement")
                .filler(86, 91)
                .a("message", 92, 128, true, "Zone message")
                .build("000", "En-tête de fichier");
    }

    private static B2Layout lotHeader() {
        return new Builder()
                .n("recordType", 1, 1, true, "Type d'enregistrement")
                .n("psNumber", 2, 10, true, "N° partenaire de santé + clé")
                .a("fileOrigin", 11, 16, false, "Origine du fichier")
                .n("organisme", 17, 19, true, "N° d'organisme destinataire")
                .n("lotNumber", 20, 22, true, "N° de lot")
                .a("category", 23, 25, false, "Catégorie")
                .a("legalStatus", 26, 27, false, "Statut juridique")
                .a("tariffMode", 28, 29, false, "Mode de fixation des tarifs")
                .a("psName", 30, 69, true, "Nom ou raison sociale du partenaire de santé")
                .a("normVersionUsed", 70, 71, true, "Version de la norme utilisée")
                .n("creationDate", 72, 77, true, "Date de création du lot")
                .filler(78, 78)
                .a("normCode", 79, 80, true, "Code norme")
                .a("certification", 81, 81, false, "Top certification du lot")
                .n("normVersionNumber", 82, 87, true, "Numéro de version de norme")
                .a("currency", 88, 88, false, "Unité monétaire de facturation")
                .a("pivotRegime", 89, 90, false, "Grand régime de la caisse pivot")
                .a("pivotCaisse", 91, 93, false, "N° de la caisse pivot")
                .a("ccpFlag", 94, 94, false, "Indication de dispositif Caisse Centralisatrice des Paiements")
                .filler(95, 128)
                .build("1", "En-tête de lot");
    }

    private static B2Layout invoiceHeader() {
        return new Builder()
                .n("recordType", 1, 1, true, "Type d'enregistrement")
                .invoiceKeys()
                .a("subType", 36, 36, false, "Complément du type")
                .a("marking", 37, 37, false, "Marquage de la facture")
                .a("amoForcing", 38, 38, false, "Indicateur de forçage de la tarification de la part AMO")
                .n("operationKind", 39, 39, true, "Nature d'opération")
                .n("invoiceDate", 40, 45, true, "Date de facturation")
                .a("psFlowSplit", 46, 46, false, "Top éclatement des flux par le PS")
                .a("invoiceType", 47, 47, false, "Type de facture")
                .a("portableDevice", 48, 48, false, "Facture établie sur un dispositif portable")
                .n("regime", 49, 50, true, "Code Grand Régime")
                .n("caisse", 51, 53, true, "N° Caisse gestionnaire")
                .n("centre", 54, 57, true, "N° Centre gestionnaire")
                .n("proofKind", 58, 58, true, "Nature de la pièce justificative des droits")
                .n("prescriber", 59, 67, true, "N° prescripteur + clé")
                .n("prescriptionDate", 68, 73, true, "Date de prescription")
                .a("benefitScheme", 74, 76, false, "Régime de prestation de l'assuré")
                .n("insuranceNature", 77, 78, true, "Nature d'assurance")
                .a("exemption", 79, 79, true, "Justification d'exonération ou de modulation du ticket modérateur")
                .n("maternityDate", 80, 85, false, "Date Maternité")
                .n("accident", 86, 94, false, "Numéro accident du travail ou date d'accident de droit commun")
                .n("substituteCps", 95, 95, true, "Présence d'une CPS de remplaçant pour sécurisation de la facture")
                .a("birthDate", 96, 101, true, "Date de naissance du bénéficiaire")
                .n("birthRank", 102, 102, false, "Rang de naissance")
                .a("beneficiaryRank", 103, 104, false, "Rang de bénéficiaire")
                .a("memberNumber", 105, 112, false, "N° d'adhérent")
                .n("prescriberSpecialty", 113, 114, false, "Spécialité de prescripteur")
                .n("payee", 115, 116, true, "Destinataire du règlement")
                .n("amcContractType", 117, 118, false, "Type de contrat souscrit auprès d'un organisme complémentaire")
                .a("amcNumber", 119, 128, false, "N° d'organisme complémentaire")
                .build("2", "En-tête de facture");
    }

    private static B2Layout serviceLine() {
        return new Builder()
                .n("recordType", 1, 1, true, "Type d'enregistrement")
                .invoiceKeys()
                .a("subType", 36, 36, false, "Complément de type")
                .n("sequence", 37, 38, false, "Séquence")
                .n("treatmentMode", 39, 40, false, "Mode de traitement")
                .n("discipline", 41, 43, false, "Discipline de prestations")
                .n("approvalDate", 44, 49, false, "Date de la demande d'accord préalable")
                .n("approvalCode", 50, 50, true, "Code accord préalable")
                .a("renewalSequence", 51, 52, false, "Séquence de renouvellement")
                .filler(53, 53)
                .a("lineExemption", 54, 54, false, "Justification d'exonération au niveau de l'acte")
                .n("performer", 55, 63, true, "N° exécutant + clé")
                .n("performerZone", 64, 65, false, "Zone tarif de l'exécutant")
                .n("performerSpecialty", 66, 67, false, "Spécialité de l'exécutant")
                .n("actDate", 68, 73, true, "Date de l'acte, de la délivrance du produit")
                .a("actCode", 74, 78, true, "Code acte")
                .n("quantity", 79, 80, true, "Quantités d'actes")
                .n("coefficient", 81, 86, true, "Coefficient")
                .n("count", 87, 88, true, "Dénombrement")
                .n("unitPrice", 89, 95, true, "Prix unitaire")
                .n("base", 96, 102, true, "Base de remboursement")
                .n("rate", 103, 105, true, "Taux applicable à la prestation")
                .n("amo", 106, 112, true, "Montant remboursable par l'organisme d'Assurance Maladie")
                .n("fees", 113, 119, true, "Montant des honoraires ou de la dépense")
                .a("qualifier", 120, 120, true, "Qualificatif de la dépense")
                .n("placeCode", 121, 121, true, "Code lieu")
                .n("amc", 122, 128, false, "Montant remboursable par l'organisme complémentaire")
                .build("4", "Ligne de prestation");
    }

    private static B2Layout invoiceTotals() {
        return new Builder()
                .n("recordType", 1, 1, true, "Type d'enregistrement")
                .invoiceKeys()
                .filler(36, 38)
                .n("lineCount", 39, 41, true, "Nombre d'enregistrement de Type 4")
                .a("sesamReserved", 42, 57, true, "Zone réservée SESAM")
                .n("totalFees", 58, 65, true, "Total des montants facturés")
                .n("totalAmo", 66, 73, true, "Total remboursable par la Caisse")
                .n("totalPatient", 74, 81, true, "Total participation assuré avant participation de l'organisme complémentaire")
                .n("totalAmc", 82, 89, false, "Total remboursable par l'organisme complémentaire")
                .a("octSplit", 90, 90, true, "Top éclatement des flux par l'OCT")
                .a("sesamReserved2", 91, 93, true, "Zone réservée SESAM")
                .a("oppositionList", 94, 94, true, "Liste d'opposition")
                .filler(95, 96)
                .a("certification", 97, 128, true, "Zone de certification")
                .build("5", "Totaux de facture");
    }

    private static B2Layout lotTrailer() {
        return new Builder()
                .n("recordType", 1, 1, true, "Type d'enregistrement")
                .n("psNumber", 2, 10, true, "N° partenaire de santé + clé")
                .n("invoiceCount", 11, 13, true, "Nombre de factures")
                .n("lineCount", 14, 17, true, "Nombre de lignes actes")
                .n("type2Count", 18, 21, true, "Compatibilisation des enregistrements des types 2")
                .n("type5Count", 22, 24, true, "Total de tous les enregistrements de type 5")
                .n("totalFees", 25, 33, true, "Montant total général du lot prestations facturées")
                .n("totalAmo", 34, 42, true, "Montant total général du lot prestations remboursables par l'AMO")
                .n("totalAmc", 43, 51, true, "Montant total général du lot prestations remboursables par les AMC")
                .n("lotNumber", 52, 54, true, "N° de lot")
                .a("marking", 55, 55, false, "Indicateur de marquage des factures du lot")
                .a("invoiceType", 56, 56, false, "Type de facture")
                .filler(57, 60)
                .a("softwareApproval", 61, 72, false, "N° agrément progiciel de santé")
                .a("portableApproval", 73, 84, false, "N° agrément du dispositif portable")
                .filler(85, 87)
                .n("substitutePs", 88, 96, false, "N° d'identification du PS remplaçant")
                .a("certification", 97, 128, false, "Zone de certification")
                .build("6", "Fin de lot");
    }

    private static B2Layout fileTrailer() {
        return new Builder()
                .n("recordType", 1, 3, true, "Type d'enregistrement")
                .a("senderType", 4, 5, true, "Type d'émetteur")
                .n("senderNumber", 6, 19, true, "Numéro émetteur")
                .filler(20, 25)
                .a("recipientType", 26, 27, true, "Type de destinataire")
                .n("recipientNumber", 28, 41, true, "Numéro de destinataire")
                .filler(42, 47)
                .a("application", 48, 49, true, "Application")
                .a("fileId", 50, 55, true, "Identification du fichier")
                .n("volume", 56, 63, true, "Volume du fichier")
                .filler(64, 82)
                .n("lotCount", 83, 85, true, "Nombre de lots")
                .filler(86, 128)
                .build("999", "Fin de fichier");
    }
}
