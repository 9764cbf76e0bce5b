package org.schooljournal.batch.handover;

import java.util.Map;
import org.schooljournal.archive.boundary.ArchivedDocument;
import org.schooljournal.archive.boundary.BookKind;

/**
 * Where each file lies in a hand-over package's {@code data/}: plain ASCII names (a class «5 «А»»
 * becomes {@code 05-A}), so the manifest reads the same in any archive program and on any file
 * system, and the files of a class sort together.
 */
public final class PackagePaths {
    public static final String INVENTORY = "inventory.pdf";
    public static final String README = "README.txt";

    private static final Map<Character, String> LATIN =
            Map.ofEntries(
                    Map.entry('А', "A"),
                    Map.entry('Б', "B"),
                    Map.entry('В', "V"),
                    Map.entry('Г', "G"),
                    Map.entry('Д', "D"),
                    Map.entry('Е', "E"),
                    Map.entry('Ё', "E"),
                    Map.entry('Ж', "ZH"),
                    Map.entry('З', "Z"),
                    Map.entry('И', "I"),
                    Map.entry('Й', "Y"),
                    Map.entry('К', "K"),
                    Map.entry('Л', "L"),
                    Map.entry('М', "M"),
                    Map.entry('Н', "N"),
                    Map.entry('О', "O"),
                    Map.entry('П', "P"),
                    Map.entry('Р', "R"),
                    Map.entry('С', "S"),
                    Map.entry('Т', "T"),
                    Map.entry('У', "U"),
                    Map.entry('Ф', "F"),
                    Map.entry('Х', "KH"),
                    Map.entry('Ц', "TS"),
                    Map.entry('Ч', "CH"),
                    Map.entry('Ш', "SH"),
                    Map.entry('Щ', "SCH"),
                    Map.entry('Ы', "Y"),
                    Map.entry('Э', "E"),
                    Map.entry('Ю', "YU"),
                    Map.entry('Я', "YA"));

    private PackagePaths() {}

    /** {@code documents/05-A/class-journal-v1.pdf}. */
    public static String document(ArchivedDocument d) {
        String kind = d.kind() == BookKind.CLASS_JOURNAL ? "class-journal" : "summary-sheet";
        return "documents/" + slug(d.className()) + "/" + kind + "-v" + d.version() + ".pdf";
    }

    /** The document's inclusion proof beside it: {@code …/class-journal-v1.proof.txt}. */
    public static String proof(ArchivedDocument d) {
        String pdf = document(d);
        return pdf.substring(0, pdf.length() - ".pdf".length()) + ".proof.txt";
    }

    /** {@code summary-sheets/05-A}, to which {@code .csv} and {@code .xlsx} are added. */
    public static String summarySheet(String classTitle) {
        return "summary-sheets/" + slug(classTitle);
    }

    /**
     * The package's {@code position}-th checkpoint (1 the oldest): numbered by position, not by
     * tree size, since two checkpoints of one size (new audit heads) may follow each other.
     */
    public static String checkpoint(int position) {
        return "checkpoints/checkpoint-" + position + ".txt";
    }

    /** The consistency proof from checkpoint {@code position - 1} to {@code position}. */
    public static String consistency(int position) {
        return "checkpoints/consistency-" + (position - 1) + "-" + position + ".txt";
    }

    public static String key(String keyId) {
        return "keys/" + keyId.replaceAll("[^0-9A-Za-z_-]", "_") + ".pem";
    }

    /**
     * «11 «Б»» → {@code 11-B}, «5 «А»» → {@code 05-A}: the grade two digits wide, the letter in
     * Latin; anything else becomes a hyphen.
     */
    public static String slug(String classTitle) {
        StringBuilder out = new StringBuilder();
        for (char c : classTitle.strip().toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
                out.append(c);
            } else if (LATIN.containsKey(c)) {
                out.append(LATIN.get(c));
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        String slug = out.toString().replaceAll("-+$", "");
        if (slug.isEmpty()) {
            return "class";
        }
        return slug.matches("\\d(\\D.*)?") ? "0" + slug : slug;
    }

    /** What the package holds and how to check it without the school journal's server. */
    public static String readme(String year) {
        return String.join(
                "\n",
                "Пакет передачи архива электронного журнала за " + year + " учебный год.",
                "Формат: BagIt 1.0 (RFC 8493). Целостность пакета: контрольные суммы",
                "manifest-sha256.txt и tagmanifest-sha256.txt (sha256sum -c).",
                "",
                "inventory.pdf            опись документов (PDF/A-2b)",
                "documents/<класс>/       архивные PDF/A и доказательства включения (.proof.txt)",
                "summary-sheets/          сводные ведомости также в CSV (UTF-8, ;) и XLSX",
                "checkpoints/             подписанные контрольные точки журнала архива от первой,",
                "                         включающей документы пакета, до последней, и доказательства",
                "                         согласованности между соседними (consistency-I-J.txt)",
                "keys/                    открытые ключи архива (PEM)",
                "",
                "Проверка документа и его доказательства без сервера:",
                "  java -cp journal-ejb.jar org.schooljournal.archive.control.ArchiveVerifier \\",
                "       documents/05-A/summary-sheet-v1.pdf documents/05-A/summary-sheet-v1.proof.txt"
                        + " keys/*.pem",
                "Проверка цепочки контрольных точек (подписи и согласованность):",
                "  java -cp journal-ejb.jar org.schooljournal.archive.control.ArchiveVerifier \\",
                "       --chain checkpoints keys/*.pem",
                "");
    }
}
